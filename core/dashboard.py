"""The staff dashboard on the admin index: what needs attention, each figure a link to the
filtered list that holds it.

Every figure is one indexed COUNT (or one grouped COUNT) over the rows that wait, so the
index costs the same at 10k and 10M rows: pending replies (the approval-status index),
open escalations by priority (status + priority), failed evaluations, submitted loan
applications (their status indexes), the last retention run (started_at index).
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Count
from django.urls import reverse

from ideas.choices import EvaluationStatus
from portfolio.choices import LoanApplicationStatus


@dataclass
class Card:
    label: str
    count: int | None
    url: str
    detail: str = ""
    rows: list[tuple[str, int, str]] = field(default_factory=list)  # (label, count, url)
    action: tuple[str, str] | None = None  # (label, url)

    @property
    def needs_attention(self) -> bool:
        return bool(self.count)


def _url(name: str, query: str = "") -> str:
    return reverse(f"admin:{name}") + (f"?{query}" if query else "")


def cards() -> list[Card]:
    Reply = apps.get_model("engagement", "Reply")
    Escalation = apps.get_model("engagement", "Escalation")
    RetentionRun = apps.get_model("engagement", "RetentionRun")
    Evaluation = apps.get_model("ideas", "Evaluation")
    LoanApplication = apps.get_model("portfolio", "LoanApplication")

    pending = Reply.objects.waiting_review().count()
    by_priority = dict(
        Escalation.objects.filter(status__in=Escalation.WAITING_STATUSES)
        .order_by()
        .values_list("priority")
        .annotate(n=Count("id"))
    )
    priority_field = Escalation._meta.get_field("priority")
    escalation_rows = [
        (
            label,
            by_priority.get(value, 0),
            _url("engagement_escalation_changelist", f"priority__exact={value}"),
        )
        for value, label in sorted(priority_field.choices, reverse=True)
    ]
    failed = Evaluation.objects.filter(status=EvaluationStatus.FAILED).count()
    submitted = LoanApplication.objects.filter(status=LoanApplicationStatus.SUBMITTED).count()
    last_run = RetentionRun.objects.order_by("-started_at", "-id").first()

    retention = Card(
        label="Retention: last run",
        count=None,
        url=_url("engagement_retentionrun_changelist"),
        detail="never run (manage.py engagement_retention)"
        if last_run is None
        else f"{last_run.started_at:%Y-%m-%d %H:%M} UTC · {last_run.get_outcome_display()}"
        + (" (dry run)" if last_run.dry_run else ""),
    )
    if last_run is not None:
        retention.url = reverse("admin:engagement_retentionrun_change", args=[last_run.pk])
    return [
        Card(
            label="Replies waiting for review",
            count=pending,
            url=_url("engagement_reply_changelist", "review=pending"),
            action=("Review the oldest", _url("engagement_reply_next")) if pending else None,
        ),
        Card(
            label="Open escalations",
            count=sum(by_priority.values()),
            url=_url("engagement_escalation_changelist", "queue=open"),
            rows=escalation_rows,
            action=("Take the most urgent", _url("engagement_escalation_next"))
            if by_priority
            else None,
        ),
        Card(
            label="Failed evaluations",
            count=failed,
            url=_url("ideas_evaluation_changelist", "status__exact=failed"),
        ),
        Card(
            label="Submitted loan applications",
            count=submitted,
            url=_url("portfolio_loanapplication_changelist", "status__exact=submitted"),
        ),
        retention,
    ]
