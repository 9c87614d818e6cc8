"""Each engagement_retention run leaves a RetentionRun row; the admin shows them read-only."""

import datetime

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from engagement.models import RetentionRun
from engagement.retention import ADVISORY_LOCK_ID
from tests.engagement import factories as f
from tests.utils import assert_sql_rejected

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 6, 1, 12, 0, tzinfo=datetime.UTC)
OLD = NOW - datetime.timedelta(days=91)


@pytest.fixture
def archive(settings, tmp_path):
    settings.RETENTION_ARCHIVE_DIR = tmp_path


def test_a_run_is_recorded_with_rows_per_kind_and_table(archive):
    posts = [f.PostFactory(detected_at=OLD) for _ in range(3)]
    for post in posts:
        f.DecisionFactory(post=post, created_at=OLD)
    call_command("engagement_retention", "--now", NOW.isoformat())
    run = RetentionRun.objects.get()
    assert run.outcome == "succeeded"
    assert run.finished_at >= run.started_at
    assert run.archived["posts"] == 3
    assert run.expired["posts"] == 3
    # Decisions go with their posts by PostgreSQL's own cascade (archived in the posts' file).
    assert run.deleted == {"engagement_post": 3}
    assert run.files >= 1
    assert run.policy["POSTS_DAYS"] == 90
    assert run.dry_run is False


def test_a_dry_run_is_recorded_as_such(archive):
    f.PostFactory(detected_at=OLD)
    call_command("engagement_retention", "--dry-run", "--now", NOW.isoformat())
    run = RetentionRun.objects.get()
    assert run.dry_run and run.outcome == "succeeded"
    assert run.expired["posts"] == 1 and run.deleted == {}


def test_a_busy_run_is_recorded(archive):
    import psycopg

    from core.db.connect import connection_params

    # Another run holds the lock the way a run does: in an open transaction (which
    # pins it to one server connection behind PgBouncer too).
    with psycopg.connect(**connection_params(application_name="other-retention")) as other:
        other.execute(f"SELECT pg_advisory_xact_lock({ADVISORY_LOCK_ID})")
        with pytest.raises(
            CommandError, match=r"Another retention run holds the lock \(backend pid"
        ):
            call_command("engagement_retention", "--now", NOW.isoformat())
    # Once the other run has finished, the next run gets the lock.
    call_command("engagement_retention", "--now", NOW.isoformat())
    assert RetentionRun.objects.filter(outcome="succeeded").count() == 1
    run = RetentionRun.objects.get(outcome="busy")
    assert "lock" in run.error and run.finished_at


def test_a_failed_run_is_recorded(archive, monkeypatch):
    from engagement import retention

    def boom(self, job, report):
        raise RuntimeError("disk full")

    f.PostFactory(detected_at=OLD)
    monkeypatch.setattr(retention.Retention, "archive_batch", boom)
    with pytest.raises(RuntimeError):
        call_command("engagement_retention", "--now", NOW.isoformat())
    run = RetentionRun.objects.get()
    assert run.outcome == "failed" and run.error == "RuntimeError: disk full"


def test_admin_lists_runs_read_only(admin_client_logged_in, archive):
    call_command("engagement_retention", "--now", NOW.isoformat())
    run = RetentionRun.objects.get()
    listing = admin_client_logged_in.get("/admin/engagement/retentionrun/")
    assert listing.status_code == 200 and b"Succeeded" in listing.content
    detail = admin_client_logged_in.get(f"/admin/engagement/retentionrun/{run.pk}/change/")
    assert detail.status_code == 200
    assert b'name="outcome"' not in detail.content  # no editable field
    assert admin_client_logged_in.get("/admin/engagement/retentionrun/add/").status_code == 403
    delete = admin_client_logged_in.post(f"/admin/engagement/retentionrun/{run.pk}/delete/")
    assert delete.status_code == 403


def test_db_rejects_unknown_outcome():
    assert_sql_rejected(
        "engagement_retentionrun_outcome_valid",
        "INSERT INTO engagement_retentionrun (outcome, started_at, finished_at) "
        "VALUES ('bogus', now(), now())",
    )


def test_db_rejects_finished_running_and_unfinished_done():
    assert_sql_rejected(
        "engagement_retentionrun_finished_iff_done",
        "INSERT INTO engagement_retentionrun (outcome, started_at, finished_at) "
        "VALUES ('running', now(), now())",
    )
    assert_sql_rejected(
        "engagement_retentionrun_finished_iff_done",
        "INSERT INTO engagement_retentionrun (outcome) VALUES ('succeeded')",
    )


def test_db_rejects_finish_before_start():
    assert_sql_rejected(
        "engagement_retentionrun_finished_after_start",
        "INSERT INTO engagement_retentionrun (outcome, started_at, finished_at) "
        "VALUES ('failed', now(), now() - interval '1 hour')",
    )


def test_raw_insert_gets_database_defaults():
    with connection.cursor() as cur:
        cur.execute("INSERT INTO engagement_retentionrun DEFAULT VALUES RETURNING outcome, files")
        assert cur.fetchone() == ("running", 0)


def test_db_rejects_negative_file_count():
    assert_sql_rejected(
        "engagement_retentionrun_files_check",
        "INSERT INTO engagement_retentionrun (files) VALUES (-1)",
    )
