"""Analytics, human oversight and audit tables of seed 002."""

import pgtrigger
from django.conf import settings
from django.db import models

from core.db import constraints as rules
from core.models import choice_field
from engagement.choices import (
    AuditAction,
    EscalationPriority,
    EscalationReason,
    EscalationStatus,
    KpiType,
    Platform,
)
from engagement.models.base import CreatedModel
from engagement.models.core import Decision, Post, Reply, platform_field, reviewer_field

Q = models.Q
CLOSED = [EscalationStatus.RESOLVED, EscalationStatus.DISMISSED]


class KpiMetric(CreatedModel):
    """One daily KPI value; platform NULL means platform-wide (unique with NULLS NOT DISTINCT)."""

    date = models.DateField()
    platform = platform_field(null=True, blank=True, help_text="Empty: all platforms.")
    metric_type = models.CharField(max_length=16, choices=KpiType)
    metric_name = models.CharField(max_length=100)
    value = models.FloatField()

    class Meta:
        verbose_name = "KPI metric"
        ordering = ["-date", "metric_type", "metric_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["date", "platform", "metric_type", "metric_name"],
                nulls_distinct=False,
                name="%(app_label)s_%(class)s_daily_unique",
            ),
            rules.valid_choice("platform", Platform),
            rules.valid_choice("metric_type", KpiType),
            rules.matches("metric_name", r"^[a-z0-9_.]{1,100}$"),
            rules.finite("value"),
        ]
        indexes = [
            models.Index(fields=["metric_type", "date"], name="eng_kpi_type_date_idx"),
            models.Index(fields=["platform", "date"], name="eng_kpi_platform_date_idx"),
            models.Index(fields=["metric_name", "date"], name="eng_kpi_name_date_idx"),
        ]

    def __str__(self):
        return f"{self.date} {self.platform or 'ALL'} {self.metric_name}={self.value}"


class Escalation(CreatedModel):
    """A case handed to a human. Its post/decision may expire; subject_snapshot keeps them."""

    #: Statuses of a case still waiting for staff (the escalation queue, the dashboard).
    WAITING_STATUSES = (EscalationStatus.OPEN, EscalationStatus.ASSIGNED)

    post = models.ForeignKey(
        Post, on_delete=models.DB_SET_NULL, null=True, blank=True, related_name="escalations"
    )
    decision = models.ForeignKey(
        Decision, on_delete=models.DB_SET_NULL, null=True, blank=True, related_name="escalations"
    )
    reply = models.ForeignKey(
        Reply,
        on_delete=models.DO_NOTHING,  # replies are never hard-deleted (NO ACTION)
        null=True,
        blank=True,
        related_name="escalations",
    )
    reason = models.CharField(max_length=24, choices=EscalationReason)
    priority = models.SmallIntegerField(
        choices=EscalationPriority,
        default=EscalationPriority.MEDIUM,
        db_default=EscalationPriority.MEDIUM,
    )
    status = choice_field(EscalationStatus, EscalationStatus.OPEN, max_length=10)
    assigned_to = reviewer_field("engagement_escalations_assigned")
    resolved_by = reviewer_field("engagement_escalations_resolved")
    resolution_notes = models.TextField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    subject_snapshot = models.JSONField(
        null=True,
        blank=True,
        editable=False,
        help_text="The escalated post/decision, kept when retention archives them.",
    )

    class Meta:
        ordering = ["-priority", "created_at", "id"]
        constraints = [
            rules.valid_choice("reason", EscalationReason),
            rules.valid_choice("priority", EscalationPriority),
            rules.valid_choice("status", EscalationStatus),
            rules.check(
                "closed_has_resolved_at",
                Q(status__in=CLOSED, resolved_at__isnull=False)
                | (~Q(status__in=CLOSED) & Q(resolved_at__isnull=True)),
                "resolved_at is set exactly when the escalation is closed.",
            ),
            rules.check(
                "assigned_has_assignee",
                ~Q(status=EscalationStatus.ASSIGNED) | Q(assigned_to__isnull=False),
                "An assigned escalation needs an assignee.",
            ),
            rules.check(
                "resolved_order",
                Q(resolved_at__isnull=True) | Q(resolved_at__gte=models.F("created_at")),
                "resolved_at cannot be before created_at.",
            ),
            rules.check(
                "has_subject",
                Q(post__isnull=False)
                | Q(decision__isnull=False)
                | Q(reply__isnull=False)
                | Q(subject_snapshot__isnull=False),
                message="An escalation needs a post, a decision or a reply.",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "priority"], name="eng_escalation_status_prio_idx"),
            models.Index(fields=["created_at"], name="eng_escalation_created_idx"),
            models.Index(fields=["reason"], name="eng_escalation_reason_idx"),
        ]

    def __str__(self):
        return (
            f"{self.get_priority_display()} {self.get_reason_display().lower()} "
            f"({self.get_status_display().lower()})"
        )

    @property
    def is_closed(self):
        return self.status in CLOSED


class AuditLog(CreatedModel):
    """Append-only trail of oversight actions. PostgreSQL refuses UPDATE and DELETE
    (pgtrigger), except the retention command's archive-then-delete of expired years."""

    entity_type = models.CharField(max_length=50)
    entity_id = models.CharField(max_length=64)
    action = models.CharField(max_length=16, choices=AuditAction)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,  # an audit row never vanishes with its actor
        null=True,
        blank=True,
        related_name="engagement_audit_logs",
        help_text="Empty for the bot / a system process (see actor_label).",
    )
    actor_label = models.CharField(
        max_length=254,
        blank=True,
        default="",
        db_default="",
        help_text="Who acted, as text: the user's email or the worker name.",
    )
    details_json = models.JSONField(default=dict, db_default={}, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            rules.valid_choice("action", AuditAction),
            rules.matches("entity_type", r"^[a-z_]{1,50}$"),
            rules.not_blank("entity_id"),
        ]
        indexes = [
            models.Index(
                fields=["entity_type", "entity_id", "created_at"], name="eng_audit_entity_idx"
            ),
            models.Index(fields=["created_at", "id"], name="eng_audit_created_idx"),
            models.Index(fields=["action", "created_at"], name="eng_audit_action_idx"),
        ]
        triggers = [
            pgtrigger.Protect(
                name="audit_append_only", operation=pgtrigger.Update | pgtrigger.Delete
            ),
        ]

    def __str__(self):
        return f"{self.action} {self.entity_type}:{self.entity_id}"
