import threading

import pytest
from django.db import close_old_connections, connection

from engagement import services
from engagement.models import CommunityChampion, Post, Reply
from tests.engagement import factories as f

THREADS = 8
PER_THREAD = 25


def hammer(call):
    """Run ``call`` PER_THREAD times in each of THREADS threads (own DB connection each)."""
    errors = []
    start = threading.Barrier(THREADS)

    def worker():
        try:
            start.wait()
            for _ in range(PER_THREAD):
                call()
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    close_old_connections()
    assert errors == []


@pytest.mark.django_db(transaction=True)
def test_concurrent_counter_increments_are_all_counted():
    reply = f.ReplyFactory()
    champion = f.CommunityChampionFactory()
    post = f.PostFactory()
    hammer(lambda: services.reply_increment_help_count(reply_id=reply.pk))
    hammer(lambda: services.champion_increment_engagement(champion_id=champion.pk))
    hammer(lambda: services.post_record_error(post_id=post.pk, message="timeout"))
    total = THREADS * PER_THREAD
    assert Reply.objects.get(pk=reply.pk).help_count == total
    assert CommunityChampion.objects.get(pk=champion.pk).engagement_count == total
    assert Post.objects.get(pk=post.pk).error_count == total


@pytest.mark.django_db(transaction=True)
def test_concurrent_ingest_of_the_same_posts_makes_no_duplicates():
    items = [
        {
            "platform": "REDDIT",
            "platform_post_id": f"t3_{i}",
            "content": "hangover help?",
            "keyword_matches": ["hangover"],
            "author": {"platform_id": f"t2_{i % 3}", "handle": f"redditor_{i % 3}"},
        }
        for i in range(20)
    ]
    created = []
    lock = threading.Lock()

    def ingest():
        results = services.posts_ingest(items=items)
        with lock:
            created.extend(r["platform_post_id"] for r in results if r["created"])

    hammer(ingest)
    assert Post.objects.count() == 20
    assert sorted(created) == sorted(i["platform_post_id"] for i in items)  # each reported new once


@pytest.mark.django_db
def test_increment_of_a_missing_row_is_not_found():
    import uuid

    from core.errors import NotFoundError

    with pytest.raises(NotFoundError):
        services.reply_increment_help_count(reply_id=uuid.uuid4())


@pytest.mark.django_db
def test_demo_generator_writes_valid_rows_and_runs_twice():
    import random

    from engagement import demo
    from tests.accounts.factories import StaffUserFactory

    users = [StaffUserFactory()]
    first = demo.generate(scale=1, rng=random.Random(7), users=users, progress=lambda n: None)
    assert first["engagement.Post"] == demo.POSTS_PER_SCALE and first["engagement.Reply"] > 0
    second = demo.generate(scale=1, rng=random.Random(8), users=users, progress=lambda n: None)
    assert Post.objects.count() == 2 * demo.POSTS_PER_SCALE
    assert second["engagement.Author"] == demo.AUTHORS_PER_SCALE
