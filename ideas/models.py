"""Business-idea evaluation (seed 001): BusinessIdea, Evaluation, AgentResult.

Every rule below is a PostgreSQL constraint, so services written without Django
(the seed's FastAPI agents) are held to it too. Status changes go through
``ideas.services`` (allowed transitions, row locks); see docs/apps/ideas.md.
"""

import pgtrigger
from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models.fields.json import KeyTransform
from django.db.models.functions import Coalesce, Length
from django.db.models.lookups import GreaterThanOrEqual, LessThanOrEqual

from core.db import constraints as rules
from core.db.indexes import trigram
from core.models import TimeStampedModel, UUIDModel, choice_field
from core.presentation import related_title
from ideas.choices import (
    AGENT_TYPE_REGEX,
    DESCRIPTION_MAX_LENGTH,
    DESCRIPTION_MIN_LENGTH,
    SCORE_MAX,
    SCORE_MIN,
    TITLE_MAX_LENGTH,
    AgentResultStatus,
    EvaluationPriority,
    EvaluationStatus,
    IdeaStatus,
)

NOT_BLANK = r"\S"


WHITESPACE = " \t\n\r\f\v"


def btrim_whitespace(field: str) -> models.Func:
    """btrim() of all ASCII whitespace, like Python's str.strip() on ASCII text."""
    return models.Func(
        models.F(field),
        models.Value(WHITESPACE),
        function="btrim",
        output_field=models.TextField(),
    )


def _finished_timestamps(done: list[str], pending: str) -> list[models.CheckConstraint]:
    """The timestamp rules shared by evaluations and agent results."""
    return [
        rules.implies(
            "pending_not_started",
            models.Q(status=pending),
            models.Q(started_at__isnull=True, completed_at__isnull=True),
            "A pending row has neither started_at nor completed_at.",
        ),
        rules.check(
            "started_at_set",
            models.Q(status=pending) | models.Q(started_at__isnull=False),
            "Only a pending row may lack started_at.",
        ),
        rules.check(
            "completed_at_iff_done",
            models.Q(status__in=done, completed_at__isnull=False)
            | (~models.Q(status__in=done) & models.Q(completed_at__isnull=True)),
            "completed_at is set exactly when the row is completed or failed.",
        ),
        rules.check(
            "completed_after_started",
            models.Q(completed_at__isnull=True)
            | models.Q(started_at__isnull=True)
            | models.Q(completed_at__gte=models.F("started_at")),
            "completed_at cannot be before started_at.",
        ),
    ]


class BusinessIdeaQuerySet(models.QuerySet):
    def alive(self):
        """Not soft-deleted: what clients may see."""
        return self.filter(deleted_at__isnull=True)

    def deleted(self):
        return self.filter(deleted_at__isnull=False)

    def with_evaluation_count(self):
        """``evaluation_count`` as a correlated subquery: no GROUP BY, so ``count()``
        drops it and stays a plain index-backed count."""
        counts = (
            Evaluation.objects.filter(business_idea=models.OuterRef("pk"))
            .order_by()
            .values("business_idea")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        return self.annotate(
            evaluation_count=Coalesce(
                models.Subquery(counts), 0, output_field=models.IntegerField()
            )
        )


class BusinessIdea(UUIDModel, TimeStampedModel):
    """A user's business idea (FR1: a 50 to 5000 character description)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DB_CASCADE,
        related_name="business_ideas",
        db_index=False,  # idea_user_created_idx leads with user_id
    )
    title = models.CharField(max_length=TITLE_MAX_LENGTH)
    description = models.TextField(
        help_text=f"{DESCRIPTION_MIN_LENGTH} to {DESCRIPTION_MAX_LENGTH} characters (FR1).",
    )
    status = choice_field(IdeaStatus, IdeaStatus.DRAFT, max_length=16, editable=False)
    deleted_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="Set when the owner deletes the idea; staff can restore it.",
    )

    objects = BusinessIdeaQuerySet.as_manager()

    class Meta:
        verbose_name = "business idea"
        ordering = ["-created_at", "-id"]
        triggers = [
            pgtrigger.Trigger(
                name="draft_has_no_evaluations",
                when=pgtrigger.Before,
                operation=pgtrigger.UpdateOf("status"),
                condition=pgtrigger.Q(new__status=IdeaStatus.DRAFT),
                func=(
                    "IF EXISTS (SELECT 1 FROM ideas_evaluation e WHERE e.business_idea_id = NEW.id) THEN "
                    "RAISE EXCEPTION USING ERRCODE = 'check_violation', "
                    "CONSTRAINT = 'ideas_businessidea_draft_has_no_evaluations', "
                    "MESSAGE = format('ideas_businessidea_draft_has_no_evaluations: "
                    "idea %s has evaluations and cannot be a draft', NEW.id); "
                    "END IF; RETURN NEW;"
                ),
            ),
        ]
        constraints = [
            rules.valid_choice("status", IdeaStatus),
            rules.not_blank("title", strip=True, message="A title is required."),
            rules.check(
                "description_length",
                models.Q(
                    GreaterThanOrEqual(
                        Length(btrim_whitespace("description")), DESCRIPTION_MIN_LENGTH
                    )
                )
                & models.Q(LessThanOrEqual(Length("description"), DESCRIPTION_MAX_LENGTH)),
                f"A description has {DESCRIPTION_MIN_LENGTH} to "
                f"{DESCRIPTION_MAX_LENGTH} characters.",
            ),
        ]
        indexes = [
            trigram("ideas", "idea", "title"),
            models.Index(fields=["user", "-created_at"], name="idea_user_created_idx"),
            models.Index(fields=["user", "status"], name="idea_user_status_idx"),
            models.Index(fields=["status", "-created_at"], name="idea_status_created_idx"),
            models.Index(fields=["-created_at"], name="idea_created_idx"),
            models.Index(
                fields=["deleted_at"],
                name="idea_deleted_idx",
                condition=models.Q(deleted_at__isnull=False),
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        length = len((self.description or "").strip(WHITESPACE))
        if length < DESCRIPTION_MIN_LENGTH or len(self.description or "") > DESCRIPTION_MAX_LENGTH:
            raise ValidationError(
                {
                    "description": (
                        f"A description has {DESCRIPTION_MIN_LENGTH} to {DESCRIPTION_MAX_LENGTH} "
                        f"characters (this one has {length})."
                    )
                }
            )

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class Evaluation(UUIDModel, TimeStampedModel):
    """One evaluation run of an idea: agents write AgentResults, ``results`` aggregates them."""

    business_idea = models.ForeignKey(
        BusinessIdea,
        on_delete=models.DB_CASCADE,
        related_name="evaluations",
        db_index=False,  # eval_idea_created_idx leads with business_idea_id
    )
    status = choice_field(EvaluationStatus, EvaluationStatus.PENDING, max_length=16, editable=False)
    priority = choice_field(EvaluationPriority, EvaluationPriority.NORMAL, max_length=8)
    started_at = models.DateTimeField(null=True, blank=True, editable=False)
    completed_at = models.DateTimeField(null=True, blank=True, editable=False)
    results = models.JSONField(
        null=True, blank=True, editable=False, help_text="Aggregated results (a JSON object)."
    )
    error_message = models.TextField(
        null=True, blank=True, editable=False, help_text="Why it failed; NULL otherwise (seed 001)."
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        triggers = [
            pgtrigger.Trigger(
                name="idea_not_draft",
                when=pgtrigger.Before,
                operation=pgtrigger.Insert | pgtrigger.UpdateOf("business_idea_id"),
                func=(
                    "IF EXISTS (SELECT 1 FROM ideas_businessidea i "
                    "WHERE i.id = NEW.business_idea_id AND i.status = 'draft') THEN "
                    "RAISE EXCEPTION USING ERRCODE = 'check_violation', "
                    "CONSTRAINT = 'ideas_evaluation_idea_not_draft', "
                    "MESSAGE = format('ideas_evaluation_idea_not_draft: idea %s is a draft: "
                    "submit it before it is evaluated', NEW.business_idea_id); "
                    "END IF; RETURN NEW;"
                ),
            ),
        ]
        constraints = [
            rules.valid_choice("status", EvaluationStatus),
            rules.valid_choice("priority", EvaluationPriority),
            *_finished_timestamps(
                [EvaluationStatus.COMPLETED, EvaluationStatus.FAILED], EvaluationStatus.PENDING
            ),
            rules.implies(
                "failed_has_error",
                models.Q(status=EvaluationStatus.FAILED),
                models.Q(error_message__isnull=False, error_message__regex=NOT_BLANK),
                "A failed evaluation needs an error message.",
            ),
            rules.implies(
                "completed_has_results",
                models.Q(status=EvaluationStatus.COMPLETED),
                models.Q(results__isnull=False),
                "A completed evaluation needs results.",
            ),
            rules.json_object("results", nullable=True),
            models.UniqueConstraint(
                fields=["business_idea"],
                condition=models.Q(
                    status__in=[EvaluationStatus.PENDING, EvaluationStatus.ANALYZING]
                ),
                name="ideas_evaluation_one_open_per_idea",
                violation_error_message="This idea already has an evaluation in progress.",
            ),
        ]
        indexes = [
            models.Index(fields=["business_idea", "-created_at"], name="eval_idea_created_idx"),
            trigram("ideas", "eval", "error_message"),
            # the work queue: pending rows by priority, oldest first
            models.Index(fields=["status", "priority", "created_at"], name="eval_status_prio_idx"),
            models.Index(fields=["priority", "-created_at"], name="eval_priority_idx"),
            models.Index(fields=["-created_at"], name="eval_created_idx"),
            models.Index(KeyTransform("overall_score", "results"), name="eval_overall_score_idx"),
            GinIndex(fields=["results"], name="eval_results_gin", opclasses=["jsonb_path_ops"]),
        ]

    def __str__(self):
        return f"Evaluation of {related_title(self, 'business_idea')} ({self.get_status_display()})"


class AgentResult(UUIDModel, TimeStampedModel):
    """The output of one agent (market research, ...) within an evaluation."""

    evaluation = models.ForeignKey(
        Evaluation,
        on_delete=models.DB_CASCADE,
        related_name="agent_results",
        db_index=False,  # the (evaluation, agent_type) unique index leads with evaluation_id
    )
    agent_type = models.CharField(
        max_length=32,
        validators=[
            RegexValidator(
                AGENT_TYPE_REGEX,
                message="An agent type is lower-case letters and digits in words joined by "
                "'-' or '_', e.g. market-research.",
            )
        ],
        help_text="Open-ended, as in seed 001 (market-research, competitive-analysis, ...); "
        "ideas.choices.AgentType lists the agents this project runs.",
    )
    status = choice_field(
        AgentResultStatus, AgentResultStatus.PENDING, max_length=16, editable=False
    )
    input_data = models.JSONField(null=True, blank=True, help_text="Agent input parameters.")
    output_data = models.JSONField(null=True, blank=True)
    insights = models.JSONField(null=True, blank=True)
    score = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(SCORE_MIN), MaxValueValidator(SCORE_MAX)],
        help_text="0 to 100.",
    )
    started_at = models.DateTimeField(null=True, blank=True, editable=False)
    completed_at = models.DateTimeField(null=True, blank=True, editable=False)
    error_message = models.TextField(
        null=True, blank=True, editable=False, help_text="Why it failed; NULL otherwise (seed 001)."
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            rules.matches(
                "agent_type",
                AGENT_TYPE_REGEX,
                rule="agent_type_format",
                message="An agent type is lower-case words joined by '-' or '_'.",
            ),
            rules.valid_choice("status", AgentResultStatus),
            models.UniqueConstraint(
                fields=["evaluation", "agent_type"],
                name="ideas_agentresult_one_per_agent",
                violation_error_message="This evaluation already has a result for this agent.",
            ),
            # NaN is above every number in PostgreSQL, so the range rejects it too
            rules.in_range(
                "score",
                SCORE_MIN,
                SCORE_MAX,
                nullable=True,
                message="A score is between 0 and 100.",
            ),
            *_finished_timestamps(
                [AgentResultStatus.COMPLETED, AgentResultStatus.FAILED], AgentResultStatus.PENDING
            ),
            rules.implies(
                "failed_has_error",
                models.Q(status=AgentResultStatus.FAILED),
                models.Q(error_message__isnull=False, error_message__regex=NOT_BLANK),
                "A failed agent result needs an error message.",
            ),
            rules.implies(
                "completed_has_output",
                models.Q(status=AgentResultStatus.COMPLETED),
                models.Q(output_data__isnull=False),
                "A completed agent result needs output data.",
            ),
            rules.json_object("input_data", nullable=True, rule="input_object"),
            rules.json_object("output_data", nullable=True, rule="output_object"),
            rules.json_object("insights", nullable=True),
        ]
        indexes = [
            # evaluation lookups use the unique (evaluation, agent_type) index
            models.Index(fields=["agent_type", "score"], name="agres_type_score_idx"),
            trigram("ideas", "agres", "error_message"),
            models.Index(fields=["status", "-created_at"], name="agres_status_created_idx"),
            models.Index(fields=["-created_at", "-id"], name="agres_created_idx"),
            models.Index(fields=["score"], name="agres_score_idx"),
            GinIndex(fields=["output_data"], name="agres_output_gin", opclasses=["jsonb_path_ops"]),
            GinIndex(fields=["insights"], name="agres_insights_gin"),
        ]

    def __str__(self):
        return f"{self.agent_type} ({self.status})"

    @property
    def duration_seconds(self) -> float | None:
        if self.started_at and self.completed_at:
            return (self.completed_at - self.started_at).total_seconds()
        return None
