"""The seed's Data Retention Policy, applied by ``manage.py engagement_retention``.

| data        | kept        | archive                                  |
|-------------|-------------|------------------------------------------|
| posts       | 90 days     | JSON files, with their decisions, competitive mentions, randomized experiments |
| decisions   | 90 days     | JSON files (those whose post is still kept) |
| replies     | forever     | never deleted; answered_snapshot keeps what they answered |
| authors     | forever     | never deleted                            |
| KPI metrics | 2 years     | CSV, one folder per quarter              |
| audit logs  | 3 years     | gzip-compressed JSON, one folder per year |

Crash safety, per batch: (1) in a transaction, lock the batch (FOR UPDATE SKIP LOCKED);
(2) write ``<file>.tmp``, fsync, rename to ``<file>.pending`` (a complete archive); (3) snapshot
the links of kept rows (replies, escalations) and delete the batch; (4) commit; (5) rename
``<file>.pending`` to ``<file>``. At start, a run recovers what a killed run left:
``.tmp`` files are removed (their rows were never deleted); a ``.pending`` file whose rows
are all gone was committed, so it is renamed to its final name; one whose rows still exist
was rolled back, so it is removed and the rows are archived again. Every row is therefore
always in the database or in a complete archive file, and archived exactly once. One run
at a time (a transaction-level PostgreSQL advisory lock, core/migration_lock.py).
"""

import csv
import datetime
import gzip
import io
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pgtrigger
from django.apps import apps
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from core.migration_lock import advisory_xact_lock
from engagement.models import (
    AuditLog,
    CompetitiveMention,
    Decision,
    Escalation,
    KpiMetric,
    Post,
    RandomizedExperiment,
    Reply,
)

ADVISORY_LOCK_ID = 72_616_902
AUDIT_TRIGGER = "engagement.AuditLog:audit_append_only"


def policy() -> dict:
    """settings.ENGAGEMENT_RETENTION (its defaults are declared in config/settings.py)."""
    return dict(settings.ENGAGEMENT_RETENTION)


def archive_root() -> Path:
    return Path(settings.RETENTION_ARCHIVE_DIR) / "engagement"


class RetentionBusy(Exception):
    pass


def rows(model, ids) -> list[dict]:
    return list(model.objects.filter(pk__in=ids).order_by("pk").values())


def dumps(data) -> bytes:
    return json.dumps(data, cls=DjangoJSONEncoder, indent=1, sort_keys=True).encode()


def stamp() -> str:
    return timezone.now().strftime("%Y%m%dT%H%M%S%f")


# --- the four kinds of archive --------------------------------------------------------------


class Job:
    kind = ""
    model = None

    def __init__(self, now: datetime.datetime, days: int):
        self.now = now
        self.cutoff = now - datetime.timedelta(days=days)
        self.deleted: dict[str, int] = {}  # table -> rows deleted, cascades included

    def expired(self):
        raise NotImplementedError

    def lock_batch(self, size: int) -> list:
        qs = self.expired().order_by(*self.order).select_for_update(skip_locked=True, of=("self",))
        return list(qs.values_list("pk", flat=True)[:size])

    def render(self, ids) -> tuple[str, bytes]:
        """(relative path, file content) of the archive of these rows."""
        raise NotImplementedError

    def ids_in_file(self, path: Path) -> list:
        raise NotImplementedError

    def detach(self, ids, archive_name: str) -> None:
        """Keep what survives (replies, escalations) whole before the rows go."""

    def delete(self, ids) -> int:
        total, per_model = self.model.objects.filter(pk__in=ids).delete()
        for label, count in per_model.items():
            if count:
                table = apps.get_model(label)._meta.db_table
                self.deleted[table] = self.deleted.get(table, 0) + count
        return total

    def describe(self) -> str:
        return f"{self.kind}: older than {self.cutoff:%Y-%m-%d %H:%M}"


def post_summary(post: Post) -> dict:
    return {
        "post_id": str(post.pk),
        "platform": post.platform,
        "platform_post_id": post.platform_post_id,
        "author_id": str(post.author_id),
        "author_handle": post.author.handle,
        "content": post.content,
        "detected_at": post.detected_at.isoformat(),
    }


def decision_summary(decision: Decision) -> dict:
    return {
        "decision_id": str(decision.pk),
        "mode": decision.mode,
        "archetype": decision.archetype,
        "composite_score": decision.composite_score,
        "created_at": decision.created_at.isoformat(),
    }


class DecisionLinksMixin:
    """Replies and escalations outlive decisions and posts: snapshot them before the delete."""

    def snapshot_links(self, decision_ids, post_ids, archive_name):
        archived = {"archived_at": self.now.isoformat(), "archive": archive_name}
        decisions = {
            d.pk: d
            for d in Decision.objects.filter(pk__in=decision_ids).select_related("post__author")
        }
        replies = list(
            Reply.objects.filter(decision_id__in=decision_ids, answered_snapshot__isnull=True)
        )
        for reply in replies:
            d = decisions[reply.decision_id]
            reply.answered_snapshot = {
                **decision_summary(d),
                "post": post_summary(d.post),
                **archived,
            }
        Reply.objects.bulk_update(replies, ["answered_snapshot"], batch_size=500)

        posts = {p.pk: p for p in Post.objects.filter(pk__in=post_ids).select_related("author")}
        escalations = list(
            Escalation.objects.filter(Q(post_id__in=post_ids) | Q(decision_id__in=decision_ids))
        )
        for e in escalations:
            snap = dict(e.subject_snapshot or {})
            if e.post_id in posts:
                snap["post"] = post_summary(posts[e.post_id])
            if e.decision_id in decisions:
                snap["decision"] = decision_summary(decisions[e.decision_id])
            e.subject_snapshot = {**snap, **archived}
        Escalation.objects.bulk_update(escalations, ["subject_snapshot"], batch_size=500)


class PostJob(DecisionLinksMixin, Job):
    """Posts past retention whose decisions are past it too, archived with their children."""

    kind = "posts"
    model = Post
    order = ("detected_at", "id")

    def expired(self):
        recent = Decision.objects.filter(post=OuterRef("pk"), created_at__gte=self.cutoff)
        return Post.objects.filter(detected_at__lt=self.cutoff).filter(~Exists(recent))

    def render(self, ids):
        decision_ids = list(Decision.objects.filter(post_id__in=ids).values_list("pk", flat=True))
        data = {
            "kind": self.kind,
            "cutoff": self.cutoff,
            "archived_at": self.now,
            "posts": rows(Post, ids),
            "decisions": rows(Decision, decision_ids),
            "competitive_mentions": list(
                CompetitiveMention.objects.filter(post_id__in=ids).order_by("pk").values()
            ),
            "randomized_experiments": list(
                RandomizedExperiment.objects.filter(decision_id__in=decision_ids)
                .order_by("pk")
                .values()
            ),
        }
        return f"{self.kind}/{stamp()}-{str(ids[0])[:8]}.json", dumps(data)

    def ids_in_file(self, path):
        return [r["id"] for r in json.loads(path.read_bytes())["posts"]]

    def detach(self, ids, archive_name):
        decision_ids = list(Decision.objects.filter(post_id__in=ids).values_list("pk", flat=True))
        self.snapshot_links(decision_ids, ids, archive_name)


class DecisionJob(DecisionLinksMixin, Job):
    """Decisions past retention whose post is still kept (a post re-scored later)."""

    kind = "decisions"
    model = Decision
    order = ("created_at", "id")

    def expired(self):
        return Decision.objects.filter(created_at__lt=self.cutoff)

    def render(self, ids):
        data = {
            "kind": self.kind,
            "cutoff": self.cutoff,
            "archived_at": self.now,
            "decisions": rows(Decision, ids),
            "randomized_experiments": list(
                RandomizedExperiment.objects.filter(decision_id__in=ids).order_by("pk").values()
            ),
        }
        return f"{self.kind}/{stamp()}-{str(ids[0])[:8]}.json", dumps(data)

    def ids_in_file(self, path):
        return [r["id"] for r in json.loads(path.read_bytes())["decisions"]]

    def detach(self, ids, archive_name):
        self.snapshot_links(ids, [], archive_name)


class GroupedJob(Job):
    """A batch never spans two groups (quarters, years): one folder per group."""

    date_field = ""

    def group_bounds(self, value) -> tuple[str, object, object]:
        raise NotImplementedError

    def lock_batch(self, size):
        oldest = (
            self.expired().order_by(*self.order).values_list(self.date_field, flat=True).first()
        )
        if oldest is None:
            return []
        self.group, start, end = self.group_bounds(oldest)
        qs = self.expired().filter(
            **{f"{self.date_field}__gte": start, f"{self.date_field}__lt": end}
        )
        qs = qs.order_by(*self.order).select_for_update(skip_locked=True)
        return list(qs.values_list("pk", flat=True)[:size])


class KpiJob(GroupedJob):
    kind = "kpi_metrics"
    model = KpiMetric
    order = ("date", "id")
    date_field = "date"
    columns = [f.attname for f in KpiMetric._meta.concrete_fields]

    def expired(self):
        return KpiMetric.objects.filter(date__lt=self.cutoff.date())

    def group_bounds(self, value):
        q = (value.month - 1) // 3
        start = datetime.date(value.year, 3 * q + 1, 1)
        end = datetime.date(value.year + (q == 3), (3 * q + 3) % 12 + 1, 1)
        return f"{value.year}-Q{q + 1}", start, end

    def render(self, ids):
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=self.columns)
        writer.writeheader()
        for row in rows(KpiMetric, ids):
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
        return f"{self.kind}/{self.group}/{stamp()}-{str(ids[0])[:8]}.csv", out.getvalue().encode()

    def ids_in_file(self, path):
        return [r["id"] for r in csv.DictReader(io.StringIO(path.read_text()))]


class AuditJob(GroupedJob):
    kind = "audit_logs"
    model = AuditLog
    order = ("created_at", "id")
    date_field = "created_at"

    def expired(self):
        return AuditLog.objects.filter(created_at__lt=self.cutoff)

    def group_bounds(self, value):
        tz = datetime.UTC
        return (
            str(value.year),
            datetime.datetime(value.year, 1, 1, tzinfo=tz),
            datetime.datetime(value.year + 1, 1, 1, tzinfo=tz),
        )

    def render(self, ids):
        data = {
            "kind": self.kind,
            "year": self.group,
            "cutoff": self.cutoff,
            "audit_logs": rows(AuditLog, ids),
        }
        content = gzip.compress(dumps(data), mtime=0)
        return f"{self.kind}/{self.group}/{stamp()}-{str(ids[0])[:8]}.json.gz", content

    def ids_in_file(self, path):
        return [r["id"] for r in json.loads(gzip.decompress(path.read_bytes()))["audit_logs"]]

    def delete(self, ids):
        with pgtrigger.ignore(AUDIT_TRIGGER):  # the append-only trigger lets retention through
            return super().delete(ids)


# --- the run ---------------------------------------------------------------------------------


@dataclass
class Report:
    dry_run: bool
    expired: dict = field(default_factory=dict)
    archived: dict = field(default_factory=dict)
    files: list = field(default_factory=list)
    recovered: list = field(default_factory=list)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_durably(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(content)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


class Retention:
    """Apply the policy. ``on_step(step, path)`` is a test seam called at each crash point:
    "pending" (archive file complete, nothing deleted), "deleted" (rows deleted, not
    committed) and "committed" (committed, file not yet renamed)."""

    def __init__(
        self,
        *,
        now=None,
        dry_run=False,
        batch_size=None,
        on_step: Callable | None = None,
        root=None,
    ):
        self.policy = policy()
        self.now = now or timezone.now()
        self.dry_run = dry_run
        self.batch_size = batch_size or self.policy["BATCH_SIZE"]
        self.on_step = on_step or (lambda step, path: None)
        self.root = Path(root) if root else archive_root()
        self.jobs = [
            PostJob(self.now, self.policy["POSTS_DAYS"]),
            DecisionJob(self.now, self.policy["DECISIONS_DAYS"]),
            KpiJob(self.now, self.policy["KPI_METRICS_DAYS"]),
            AuditJob(self.now, self.policy["AUDIT_LOGS_DAYS"]),
        ]

    def run(self) -> Report:
        report = Report(dry_run=self.dry_run)
        # A transaction-level advisory lock on a connection of its own, held for the
        # run: safe behind a transaction-mode PgBouncer, where a session-level lock
        # would stay on a server connection that another client is handed next.
        with advisory_xact_lock(
            key=ADVISORY_LOCK_ID,
            wait_seconds=0,
            busy=lambda holder: RetentionBusy(
                f"Another retention run holds the lock ({holder}); try again later."
            ),
            name="the retention lock",
            application_name=f"engagement-retention pid {os.getpid()}",
        ):
            if self.dry_run:
                report.recovered = [str(p) for p in self.leftovers()]
                for job in self.jobs:
                    report.expired[job.kind] = job.expired().count()
                return report
            report.recovered = self.recover()
            for job in self.jobs:
                report.expired[job.kind] = job.expired().count()
                report.archived[job.kind] = 0
                while archived := self.archive_batch(job, report):
                    report.archived[job.kind] += archived
            return report

    def archive_batch(self, job: Job, report: Report) -> int:
        with transaction.atomic():
            ids = job.lock_batch(self.batch_size)
            if not ids:
                return 0
            relpath, content = job.render(ids)
            final = self.root / relpath
            pending = final.with_name(f"{final.name}.pending")
            write_durably(pending, content)
            self.on_step("pending", pending)
            job.detach(ids, relpath)
            job.delete(ids)
            self.on_step("deleted", pending)
        self.on_step("committed", pending)
        os.replace(pending, final)
        fsync_dir(final.parent)
        report.files.append(str(final))
        return len(ids)

    def leftovers(self) -> list[Path]:
        if not self.root.exists():
            return []
        return sorted([*self.root.rglob("*.tmp"), *self.root.rglob("*.pending")])

    def recover(self) -> list[str]:
        """Finish or undo what a killed run left behind (see the module docstring)."""
        jobs = {job.kind: job for job in self.jobs}
        done = []
        for path in self.leftovers():
            if path.suffix == ".tmp":
                path.unlink()
                done.append(f"removed incomplete {path}")
                continue
            job = jobs[path.relative_to(self.root).parts[0]]
            ids = [uuid.UUID(str(i)) for i in job.ids_in_file(path)]
            final = path.with_name(path.name.removesuffix(".pending"))
            if job.model.objects.filter(pk__in=ids).exists():
                path.unlink()  # the delete was rolled back: rows are still here
                done.append(f"discarded uncommitted {path}")
            else:
                os.replace(path, final)  # the delete was committed: the archive is final
                done.append(f"completed {final}")
        return done


def recorded_run(retention: Retention) -> tuple:
    """Run ``retention`` and keep a RetentionRun row of it (committed before it starts, so a
    run that dies leaves a "running" row behind; the admin shows them all read-only).
    Returns (report, RetentionRun)."""
    from engagement.models import RetentionOutcome, RetentionRun

    record = RetentionRun.objects.create(dry_run=retention.dry_run, policy=retention.policy)
    report = None
    try:
        report = retention.run()
    except RetentionBusy as exc:
        record.outcome, record.error = RetentionOutcome.BUSY, str(exc)
        raise
    except BaseException as exc:
        record.outcome, record.error = RetentionOutcome.FAILED, f"{exc.__class__.__name__}: {exc}"
        raise
    else:
        record.outcome = RetentionOutcome.SUCCEEDED
        record.expired = report.expired
        record.archived = report.archived
        record.files = len(report.files)
        record.recovered = report.recovered
    finally:
        deleted: dict[str, int] = {}
        for job in retention.jobs:
            for table, count in job.deleted.items():
                deleted[table] = deleted.get(table, 0) + count
        record.deleted = deleted
        record.finished_at = timezone.now()
        record.save()
    return report, record
