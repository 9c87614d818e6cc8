"""The record of each ``engagement_retention`` run (issue 16: retention on a schedule)."""

from django.db import models
from django.db.models.functions import Now

from core.db import constraints as rules
from core.models import choice_field

Q = models.Q


class RetentionOutcome(models.TextChoices):
    RUNNING = "running", "Running"
    SUCCEEDED = "succeeded", "Succeeded"
    FAILED = "failed", "Failed"
    BUSY = "busy", "Skipped: another run held the lock"


class RetentionRun(models.Model):
    """One run of the retention command: when, what it archived and deleted, how it ended."""

    started_at = models.DateTimeField(db_default=Now(), editable=False)
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = choice_field(RetentionOutcome, RetentionOutcome.RUNNING, max_length=16)
    dry_run = models.BooleanField(default=False, db_default=False)
    policy = models.JSONField(default=dict, db_default={}, blank=True)
    expired = models.JSONField(
        default=dict, db_default={}, blank=True, help_text="Rows past their period, per kind."
    )
    archived = models.JSONField(
        default=dict, db_default={}, blank=True, help_text="Rows archived (and deleted), per kind."
    )
    deleted = models.JSONField(
        default=dict,
        db_default={},
        blank=True,
        help_text="Rows deleted per table by the run (PostgreSQL-level cascades, such as decisions with their posts, are in the archive files but not counted here).",
    )
    files = models.PositiveIntegerField(default=0, db_default=0)
    recovered = models.JSONField(default=list, db_default=[], blank=True)
    error = models.TextField(blank=True, default="", db_default="")

    class Meta:
        ordering = ["-started_at", "-id"]
        constraints = [
            rules.valid_choice("outcome", RetentionOutcome),
            rules.check(
                "finished_iff_done",
                Q(outcome=RetentionOutcome.RUNNING, finished_at__isnull=True)
                | (~Q(outcome=RetentionOutcome.RUNNING) & Q(finished_at__isnull=False)),
                "A running run has no end time; a finished one has one.",
            ),
            rules.check(
                "finished_after_start",
                Q(finished_at__isnull=True) | Q(finished_at__gte=models.F("started_at")),
                "A run cannot finish before it started.",
            ),
        ]
        indexes = [models.Index(fields=["-started_at"], name="eng_retrun_started_idx")]

    def __str__(self):
        return f"retention run {self.started_at:%Y-%m-%d %H:%M} ({self.outcome})"
