"""posts_ingest writes the batch in one statement: every value arrives as sent (issue 14)."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from engagement import services
from engagement.models import Author, Post

pytestmark = pytest.mark.django_db


def item(n, **overrides):
    return {
        "platform": "REDDIT",
        "platform_post_id": f"batch_{n}",
        "content": f"Why are hangovers worse after thirty? ({n})",
        "keyword_matches": ["hangover", 'quote "and" comma, {brace}'],
        "keyword_categories": ["symptom"],
        "raw_metrics": {"likes": n, "nested": {"a": [1, 2]}},
        "author": {"platform_id": f"ba{n % 3}", "handle": f"ba_{n % 3}"},
        **overrides,
    }


def test_a_500_post_batch_lands_exactly_and_in_constant_statements():
    when = dt.datetime(2025, 6, 1, 12, 30, tzinfo=dt.UTC)
    items = [item(n) for n in range(500)]
    items[7] = item(7, detected_at=when)
    items[499] = item(3)  # the same post twice in one batch: one row
    with CaptureQueriesContext(connection) as ctx:
        results = services.posts_ingest(items=items)
    statements = [q["sql"] for q in ctx.captured_queries if "SAVEPOINT" not in q["sql"]]
    # one upsert of the authors, one INSERT ... RETURNING of the posts: nothing per row
    assert len(statements) == 2
    assert "engagement_author" in statements[0] and "engagement_post" in statements[1]
    assert len(results) == 499 and all(r["created"] for r in results)
    assert Post.objects.filter(platform_post_id__startswith="batch_").count() == 499
    post = Post.objects.get(platform_post_id="batch_7")
    assert post.detected_at == when
    assert post.keyword_matches == ["hangover", 'quote "and" comma, {brace}']
    assert post.keyword_categories == ["symptom"]
    assert post.raw_metrics == {"likes": 7, "nested": {"a": [1, 2]}}
    assert post.author == Author.objects.get(platform="REDDIT", platform_id="ba1")
    assert post.id == next(r["id"] for r in results if r["platform_post_id"] == "batch_7")
    other = Post.objects.get(platform_post_id="batch_8")
    assert other.detected_at is not None and other.raw_metrics["likes"] == 8
    # again: nothing new, the same ids (read by one more statement)
    with CaptureQueriesContext(connection) as ctx:
        again = services.posts_ingest(items=items[:10])
    assert len([q for q in ctx.captured_queries if "engagement_post" in q["sql"]]) == 2
    assert not any(r["created"] for r in again)
    assert [r["id"] for r in again] == [r["id"] for r in results[:10]]


def test_authors_are_upserted_in_the_batch_statement():
    first = services.posts_ingest(items=[item(1)])
    author = Author.objects.get(platform="REDDIT", platform_id="ba1")
    changed = {"platform_id": "ba1", "handle": "renamed", "follower_count": 7}
    services.posts_ingest(
        items=[
            item(2, author={**changed, "handle": "not_this_one"}),
            item(3, author=changed),  # the same author twice: the last one sent wins
        ]
    )
    again = Author.objects.get(pk=author.pk)
    assert (again.handle, again.follower_count) == ("renamed", 7)
    assert again.first_seen_at == author.first_seen_at  # kept on conflict
    assert again.last_seen_at >= author.last_seen_at >= again.first_seen_at
    assert Post.objects.get(pk=first[0]["id"]).author_id == author.pk
    assert Author.objects.filter(platform_id="ba1").count() == 1
