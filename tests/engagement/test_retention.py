import csv
import datetime
import gzip
import json
from collections import Counter
from pathlib import Path

import pytest
from django.core.management import call_command

from engagement import models
from engagement.retention import Retention
from tests.engagement import factories as f

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 6, 1, 12, 0, tzinfo=datetime.UTC)
OLD = NOW - datetime.timedelta(days=91)
RECENT = NOW - datetime.timedelta(days=10)


@pytest.fixture
def archive(settings, tmp_path):
    settings.RETENTION_ARCHIVE_DIR = tmp_path
    return tmp_path / "engagement"


@pytest.fixture
def data():
    """Expired and kept rows of every kind the policy touches."""
    old_posts = [f.PostFactory(detected_at=OLD - datetime.timedelta(hours=i)) for i in range(5)]
    old_decisions = [f.DecisionFactory(post=p, created_at=OLD) for p in old_posts]
    replies = [f.ReplyFactory(decision=d) for d in old_decisions[:3]]
    mention = f.CompetitiveMentionFactory(post=old_posts[0])
    randomized = f.RandomizedExperimentFactory(decision=old_decisions[1])
    escalation = f.EscalationFactory(post=old_posts[2], decision=old_decisions[2])

    recent_post = f.PostFactory(detected_at=RECENT)
    recent_decision = f.DecisionFactory(post=recent_post, created_at=RECENT)
    recent_reply = f.ReplyFactory(decision=recent_decision)
    # an old post re-scored recently: kept, but its old decision expires on its own
    rescored = f.PostFactory(detected_at=OLD)
    stale_decision = f.DecisionFactory(post=rescored, created_at=OLD)
    stale_reply = f.ReplyFactory(decision=stale_decision)
    f.DecisionFactory(post=rescored, created_at=RECENT)

    old_kpis = [
        f.KpiMetricFactory(date=datetime.date(2024, m, 3), platform=None) for m in (1, 2, 5)
    ]
    recent_kpi = f.KpiMetricFactory(date=datetime.date(2026, 1, 1))
    return {
        "old_posts": {p.pk for p in old_posts},
        "old_decisions": {d.pk for d in old_decisions} | {stale_decision.pk},
        "replies": [*replies, recent_reply, stale_reply],
        "mention": mention,
        "randomized": randomized,
        "escalation": escalation,
        "kept_posts": {recent_post.pk, rescored.pk},
        "old_kpis": {k.pk for k in old_kpis},
        "recent_kpi": recent_kpi,
        "stale_reply": stale_reply,
    }


def old_audit_rows(n, when):
    """Audit rows are append-only (no UPDATE): create them with their age."""
    return [
        models.AuditLog.objects.create(
            entity_type="reply", entity_id=f"r{i}", action="CREATED", created_at=when
        )
        for i in range(n)
    ]


def snapshot_counts():
    return {
        m.__name__: m.objects.count()
        for m in (
            models.Post,
            models.Decision,
            models.Reply,
            models.KpiMetric,
            models.AuditLog,
            models.CompetitiveMention,
            models.RandomizedExperiment,
            models.Escalation,
        )
    }


def archived_ids(root: Path) -> Counter:
    """(kind, id) -> how many final archive files hold that row."""
    seen = Counter()
    for path in root.rglob("*"):
        if path.is_dir():
            continue
        assert not path.name.endswith((".pending", ".tmp")), path
        if path.suffix == ".csv":
            seen.update(("kpi_metrics", r["id"]) for r in csv.DictReader(path.open()))
        elif path.name.endswith(".json.gz"):
            seen.update(
                ("audit_logs", r["id"])
                for r in json.loads(gzip.decompress(path.read_bytes()))["audit_logs"]
            )
        else:
            body = json.loads(path.read_text())
            for key in ("posts", "decisions"):
                seen.update((key, r["id"]) for r in body.get(key, []))
    return seen


def test_dry_run_changes_nothing(archive, data):
    old_audit_rows(2, NOW - datetime.timedelta(days=1200))
    before = snapshot_counts()
    report = Retention(now=NOW, dry_run=True).run()
    assert snapshot_counts() == before
    assert not archive.exists()
    assert report.expired == {"posts": 5, "decisions": 6, "kpi_metrics": 3, "audit_logs": 2}


def test_dry_run_command_reports(archive, data, capsys):
    call_command("engagement_retention", "--dry-run", "--now", NOW.isoformat())
    out = capsys.readouterr().out
    assert "posts: older than" in out and "would archive and delete 5 row(s)" in out
    assert not archive.exists()


def test_real_run_archives_then_deletes_exactly_the_expired_rows(archive, data):
    old_audits = old_audit_rows(2, datetime.datetime(2022, 3, 1, tzinfo=datetime.UTC))
    fresh_audit = old_audit_rows(1, NOW)[0]
    reply_ids = {r.pk for r in data["replies"]}

    report = Retention(now=NOW, batch_size=2).run()

    assert not models.Post.objects.filter(pk__in=data["old_posts"]).exists()
    assert set(models.Post.objects.values_list("pk", flat=True)) == data["kept_posts"]
    assert not models.Decision.objects.filter(pk__in=data["old_decisions"]).exists()
    assert models.Decision.objects.count() == 2
    assert (
        not models.CompetitiveMention.objects.exists()
        and not models.RandomizedExperiment.objects.exists()
    )
    assert set(models.KpiMetric.objects.values_list("pk", flat=True)) == {data["recent_kpi"].pk}
    assert set(models.AuditLog.objects.values_list("pk", flat=True)) == {fresh_audit.pk}
    # every reply is still there; the expired ones keep what they answered
    assert set(models.Reply.objects.values_list("pk", flat=True)) == reply_ids
    stale = models.Reply.objects.get(pk=data["stale_reply"].pk)
    assert stale.decision_id is None
    assert stale.answered_snapshot["decision_id"] == str(data["stale_reply"].decision_id)
    assert stale.answered_snapshot["post"]["post_id"] in {str(p) for p in data["kept_posts"]}
    assert stale.answered_snapshot["archive"].startswith("decisions/")
    orphans = models.Reply.objects.filter(decision__isnull=True)
    assert all(
        r.answered_snapshot["decision_id"] and r.answered_snapshot["post"]["content"]
        for r in orphans
    )
    escalation = models.Escalation.objects.get(pk=data["escalation"].pk)
    assert escalation.post_id is None and escalation.subject_snapshot["post"]["post_id"]

    # the archive holds each expired row once, in the policy's layout
    seen = archived_ids(archive)
    assert set(seen.values()) == {1}
    assert {i for k, i in seen if k == "posts"} == {str(p) for p in data["old_posts"]}
    assert {i for k, i in seen if k == "decisions"} == {str(d) for d in data["old_decisions"]}
    assert {i for k, i in seen if k == "kpi_metrics"} == {str(k) for k in data["old_kpis"]}
    assert {i for k, i in seen if k == "audit_logs"} == {str(a.pk) for a in old_audits}
    assert {p.name for p in (archive / "kpi_metrics").iterdir()} == {"2024-Q1", "2024-Q2"}
    assert {p.name for p in (archive / "audit_logs").iterdir()} == {"2022"}
    assert report.archived == {"posts": 5, "decisions": 1, "kpi_metrics": 3, "audit_logs": 2}
    # the posts file carries the children that went with the posts
    bodies = [json.loads(p.read_text()) for p in (archive / "posts").glob("*.json")]
    assert sum(len(b["competitive_mentions"]) for b in bodies) == 1
    assert sum(len(b["randomized_experiments"]) for b in bodies) == 1

    # a second run finds nothing left to do
    assert Retention(now=NOW).run().archived == {
        "posts": 0,
        "decisions": 0,
        "kpi_metrics": 0,
        "audit_logs": 0,
    }


class Crash(Exception):
    pass


def crash_at(step, after=1):
    """An on_step hook that fails at the ``after``-th time ``step`` is reached (a killed run)."""
    calls = Counter()

    def hook(name, path):
        calls[name] += 1
        if name == step and calls[name] == after:
            raise Crash(f"killed at {step} of {path.name}")

    return hook


@pytest.mark.parametrize("step", ["pending", "deleted", "committed"])
@pytest.mark.parametrize("after", [1, 3])
def test_interrupted_run_then_rerun_archives_every_expired_row_exactly_once(
    archive, data, step, after
):
    old_audit_rows(3, datetime.datetime(2021, 5, 1, tzinfo=datetime.UTC))
    expected_total = 5 + 6 + 3 + 3
    reply_ids = {r.pk for r in data["replies"]}

    with pytest.raises(Crash):
        Retention(now=NOW, batch_size=2, on_step=crash_at(step, after)).run()
    # after the kill: every expired row is in the database or in a complete archive file
    (pending,) = archive.rglob("*.pending")  # the complete archive of the interrupted batch
    batch = json.loads(pending.read_text())["posts"]
    still_in_db = models.Post.objects.filter(pk__in=[r["id"] for r in batch]).count()
    assert still_in_db == (0 if step == "committed" else len(batch))

    report = Retention(now=NOW, batch_size=2).run()
    assert report.recovered == [
        ("completed " if step == "committed" else "discarded uncommitted ")
        + str(pending if step != "committed" else pending.with_suffix(""))
    ]
    seen = archived_ids(archive)
    assert sum(seen.values()) == expected_total
    assert set(seen.values()) == {1}
    assert not models.Post.objects.filter(pk__in=data["old_posts"]).exists()
    assert not models.Decision.objects.filter(pk__in=data["old_decisions"]).exists()
    assert set(models.Reply.objects.values_list("pk", flat=True)) == reply_ids


def test_leftover_tmp_file_is_removed(archive, data):
    (archive / "posts").mkdir(parents=True)
    (archive / "posts" / "x.json.tmp").write_text("{incomplete")
    report = Retention(now=NOW).run()
    assert any("removed incomplete" in line for line in report.recovered)
    assert not list(archive.rglob("*.tmp"))


def test_periods_come_from_settings(archive, data, settings):
    settings.ENGAGEMENT_RETENTION = {
        **settings.ENGAGEMENT_RETENTION,
        "POSTS_DAYS": 365,
        "DECISIONS_DAYS": 365,
    }
    report = Retention(now=NOW, dry_run=True).run()
    assert report.expired["posts"] == 0 and report.expired["decisions"] == 0
