"""core.db.copy.CopySink: COPY keeps every database rule, memory stays bounded, demo data streams."""

import datetime as dt
import io
import uuid

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction

from accounts.models import User
from core.db import copy as copy_module
from core.db.copy import CopySink
from engagement.models import Author, Post
from tests.docs.test_demo_data import fingerprints

pytestmark = pytest.mark.django_db

WHEN = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def author(sink, n, **overrides):
    values = dict(
        id=uuid.uuid4(),
        platform="REDDIT",
        platform_id=f"copy{n}",
        handle=f"copy_{n}",
        first_seen_at=WHEN,
        last_seen_at=WHEN,
    )
    return sink.row(Author, **{**values, **overrides})


def test_rows_arrive_with_defaults_and_bounded_buffers():
    sink = CopySink(batch_size=10)
    for n in range(35):
        author(sink, n)
    sink.flush()
    assert Author.objects.filter(platform_id__startswith="copy").count() == 35
    assert sink.peak_buffered == 10  # never more than one batch held
    a = Author.objects.get(platform_id="copy3")
    assert a.follower_count == 0 and a.is_power_user is False  # defaults filled in
    assert a.created_at is not None  # db_default from PostgreSQL


def test_a_check_constraint_refuses_a_copied_row():
    with transaction.atomic(), CopySink() as sink:
        author(sink, 1)
    with pytest.raises(IntegrityError, match="seen_order"):
        with transaction.atomic(), CopySink() as sink:
            # CHECK engagement_author_seen_order: last seen before first seen
            author(sink, 2, last_seen_at=WHEN - dt.timedelta(days=1))
    with pytest.raises(IntegrityError):
        with transaction.atomic(), CopySink() as sink:
            author(sink, 1, id=uuid.uuid4())  # unique (platform, platform_id)
    assert Author.objects.filter(platform_id__startswith="copy").count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_foreign_key_is_checked_at_commit():
    with pytest.raises(IntegrityError):
        with transaction.atomic(), CopySink() as sink:
            sink.row(
                Post,
                id=uuid.uuid4(),
                platform="REDDIT",
                platform_post_id="orphan",
                author_id=uuid.uuid4(),  # no such author
                content="x",
                keyword_matches=["hangover"],
            )
    assert not Post.objects.filter(platform_post_id="orphan").exists()


def test_instances_and_auto_keys():
    from portfolio.models import Portfolio

    user = User.objects.create(email="copy@example.com")
    with CopySink() as sink:
        p = sink.add(Portfolio(user=user, name="Main", base_currency="USD"))
        assert p.pk is not None  # reserved from the sequence before the COPY
    assert Portfolio.objects.get(pk=p.pk).name == "Main"
    Portfolio.objects.create(user=user, name="Next", base_currency="USD")  # sequence moved on


@pytest.mark.django_db(transaction=True)
def test_demo_data_streams_in_bounded_batches_and_a_seed_changes_the_rows(monkeypatch):
    sinks = []
    real_init = CopySink.__init__

    def recording_init(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        sinks.append(self)

    monkeypatch.setattr(copy_module.CopySink, "__init__", recording_init)
    options = dict(scale=1, flush=True, interactive=False, no_progress=True, stdout=io.StringIO())
    call_command("generate_demo_data", seed=1, **options)
    first = fingerprints()
    # every app streams: no sink held more than one batch, and the big ones wrote several
    assert sinks
    assert all(s.peak_buffered <= s.batch_size for s in sinks)
    total = sum(sum(s.counts().values()) for s in sinks)
    assert total > 40_000
    assert max(sum(s.counts().values()) / s.batch_size for s in sinks) > 4

    call_command("generate_demo_data", seed=2, **options)
    second = fingerprints()
    for table in [
        "accounts_user",
        "ideas_agentresult",
        "engagement_post",
        "portfolio_transaction",
        "portfolio_notification",
    ]:
        assert first[table][0] > 0
        assert first[table] != second[table], table


def test_uuid_keys_not_given_are_distinct_random_version_4_ids():
    with CopySink(batch_size=2) as sink:
        rows = [
            sink.row(
                Author,
                platform="REDDIT",
                platform_id=f"copy{n}",
                handle=f"copy_{n}",
                first_seen_at=WHEN,
                last_seen_at=WHEN,
            )
            for n in range(5)
        ]
    ids = [r.pk for r in rows]
    assert len(set(ids)) == 5 and all(i.version == 4 for i in ids)
    stored = Author.objects.filter(platform_id__startswith="copy").values_list("pk", flat=True)
    assert set(stored) == set(ids)
