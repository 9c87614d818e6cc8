"""The one place that changes statuses in the ideas app.

Every function is keyword-only and runs in one transaction. Rows are locked
(``SELECT ... FOR UPDATE``) before their status is read, so two workers can
never both move the same row: the second one waits for the first to commit,
then sees the new status and is refused with ``InvalidTransition`` (409).

Lock order, everywhere: evaluation, then its idea, then agent results. One
order means two transactions cannot wait on each other (no deadlock).

Allowed transitions are in ``ideas.choices`` (IDEA_TRANSITIONS, ...):
    idea        draft -> submitted -> evaluating -> completed
                evaluating -> submitted (its evaluation failed), completed -> evaluating
    evaluation  pending -> analyzing -> completed | failed; failed -> pending (retry)
    agent       pending -> running -> completed | failed
"""

from __future__ import annotations

from statistics import fmean

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from core.errors import ConflictError, DomainValidationError, NotFoundError
from ideas.choices import (
    AGENT_RESULT_TRANSITIONS,
    EVALUATION_TRANSITIONS,
    IDEA_TRANSITIONS,
    AgentResultStatus,
    EvaluationPriority,
    EvaluationStatus,
    IdeaStatus,
)
from ideas.models import AgentResult, BusinessIdea, Evaluation

# the queue order of evaluation_claim_next
PRIORITY_ORDER = (EvaluationPriority.HIGH, EvaluationPriority.NORMAL, EvaluationPriority.LOW)


class InvalidTransition(ConflictError):
    code = "invalid_transition"


def _check_transition(kind: str, obj, target: str, table: dict[str, frozenset[str]]) -> None:
    current = obj.status
    if target not in table[current]:
        allowed = ", ".join(sorted(table[current])) or "nothing (final status)"
        raise InvalidTransition(
            f"{kind} {obj.pk} cannot go from '{current}' to '{target}'; "
            f"from '{current}' it may go to: {allowed}."
        )


def _lock(model, pk, *, no_key: bool = False):
    try:
        return model.objects.select_for_update(no_key=no_key).get(pk=pk)
    except (model.DoesNotExist, ValidationError):
        raise NotFoundError(f"No {model._meta.verbose_name} with id {pk}.")


def _owned(idea: BusinessIdea, user) -> None:
    if user is not None and idea.user_id != user.pk:
        raise NotFoundError(f"No business idea with id {idea.pk}.")


def _move_idea(idea: BusinessIdea, target: str) -> None:
    if idea.status == target:
        return
    _check_transition("Business idea", idea, target, IDEA_TRANSITIONS)
    idea.status = target
    idea.save(update_fields=["status", "updated_at"])


# --- ideas ----------------------------------------------------------------------


@transaction.atomic
def idea_create(*, user, title: str, description: str) -> BusinessIdea:
    idea = BusinessIdea(user=user, title=title, description=description)
    idea.full_clean(exclude=["user"])
    idea.save()
    return idea


@transaction.atomic
def idea_update(*, idea_id, user=None, **changes) -> BusinessIdea:
    """Edit title/description; only a draft can be edited."""
    idea = _lock(BusinessIdea, idea_id)
    _owned(idea, user)
    if idea.status != IdeaStatus.DRAFT:
        raise ConflictError(
            f"Business idea {idea.pk} is '{idea.status}': only a draft can be edited.",
            code="not_editable",
        )
    for field in ("title", "description"):
        if field in changes:
            setattr(idea, field, changes[field])
    idea.full_clean(exclude=["user"])
    idea.save(update_fields=["title", "description", "updated_at"])
    return idea


@transaction.atomic
def idea_submit(*, idea_id, user=None) -> BusinessIdea:
    idea = _lock(BusinessIdea, idea_id)
    _owned(idea, user)
    if idea.is_deleted:
        raise NotFoundError(f"No business idea with id {idea.pk}.")
    if idea.status != IdeaStatus.DRAFT:
        # evaluating -> submitted exists, but only for a failed evaluation (evaluation_fail)
        raise InvalidTransition(
            f"Business idea {idea.pk} cannot go from '{idea.status}' to 'submitted'; "
            "only a draft can be submitted."
        )
    idea.status = IdeaStatus.SUBMITTED
    idea.save(update_fields=["status", "updated_at"])
    return idea


@transaction.atomic
def idea_soft_delete(*, idea_id, user=None) -> BusinessIdea:
    """Hide the idea (and its evaluations) from clients; staff can restore it."""
    idea = _lock(BusinessIdea, idea_id)
    _owned(idea, user)
    if idea.deleted_at is None:
        idea.deleted_at = timezone.now()
        idea.save(update_fields=["deleted_at", "updated_at"])
    return idea


@transaction.atomic
def idea_restore(*, idea_id) -> BusinessIdea:
    idea = _lock(BusinessIdea, idea_id)
    if idea.deleted_at is not None:
        idea.deleted_at = None
        idea.save(update_fields=["deleted_at", "updated_at"])
    return idea


# --- evaluations --------------------------------------------------------------


def _audit_evaluation(evaluation, before_status, *, action="UPDATED", actor=None) -> None:
    """The AuditLog row (engagement.AuditLog) of an evaluation's status change."""
    from engagement.services import record_change

    record_change(
        entity=evaluation,
        action=action,
        actor=actor,
        before={"status": before_status} if before_status else {},
        after={"status": str(evaluation.status)},
    )


@transaction.atomic
def evaluation_request(
    *, idea_id, user=None, priority: str = EvaluationPriority.NORMAL
) -> Evaluation:
    """Queue a pending evaluation of a submitted (or already evaluated) idea."""
    idea = _lock(BusinessIdea, idea_id)
    _owned(idea, user)
    if idea.is_deleted:
        raise NotFoundError(f"No business idea with id {idea.pk}.")
    if idea.status == IdeaStatus.DRAFT:
        raise ConflictError(
            f"Business idea {idea.pk} is a draft: submit it before requesting an evaluation.",
            code="idea_not_submitted",
        )
    if idea.evaluations.filter(
        status__in=[EvaluationStatus.PENDING, EvaluationStatus.ANALYZING]
    ).exists():
        raise ConflictError(
            f"Business idea {idea.pk} already has an evaluation in progress.",
            code="evaluation_in_progress",
        )
    evaluation = Evaluation(business_idea=idea, priority=priority)
    evaluation.full_clean(exclude=["business_idea"], validate_constraints=False)
    evaluation.save()
    _audit_evaluation(evaluation, None, action="CREATED", actor=user)
    return evaluation


def _start(evaluation: Evaluation) -> Evaluation:
    """pending -> analyzing on a locked evaluation; its idea becomes 'evaluating'."""
    _check_transition("Evaluation", evaluation, EvaluationStatus.ANALYZING, EVALUATION_TRANSITIONS)
    idea = _lock(BusinessIdea, evaluation.business_idea_id)
    if idea.is_deleted:
        raise ConflictError(
            f"Business idea {idea.pk} was deleted: its evaluation cannot start.",
            code="idea_deleted",
        )
    _move_idea(idea, IdeaStatus.EVALUATING)
    before = str(evaluation.status)
    evaluation.status = EvaluationStatus.ANALYZING
    evaluation.started_at = timezone.now()
    evaluation.save(update_fields=["status", "started_at", "updated_at"])
    _audit_evaluation(evaluation, before)
    return evaluation


@transaction.atomic
def evaluation_claim(*, evaluation_id) -> Evaluation:
    """Claim one evaluation for a worker. Of two concurrent claims, exactly one wins;
    the other waits for the row lock, then gets InvalidTransition."""
    return _start(_lock(Evaluation, evaluation_id))


@transaction.atomic
def evaluation_claim_next() -> Evaluation | None:
    """Claim the oldest pending evaluation, high priority first; None when the queue is empty.

    ``SKIP LOCKED``: concurrent workers each get a different row, nobody waits.
    """
    for priority in PRIORITY_ORDER:
        evaluation = (
            Evaluation.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(
                status=EvaluationStatus.PENDING,
                priority=priority,
                business_idea__deleted_at__isnull=True,
            )
            .order_by("created_at", "id")
            .first()
        )
        if evaluation is not None:
            return _start(evaluation)
    return None


def summarize_agent_results(rows) -> dict:
    """The evaluation's ``results``: overall score and one entry per agent."""
    agents = {
        row.agent_type: {"status": row.status, "score": row.score}
        for row in sorted(rows, key=lambda r: r.agent_type)
    }
    scores = [
        row.score
        for row in rows
        if row.status == AgentResultStatus.COMPLETED and row.score is not None
    ]
    overall = round(fmean(scores), 2) if scores else None
    if overall is None:
        recommendation = "insufficient-data"
    elif overall >= 70:
        recommendation = "pursue"
    elif overall >= 40:
        recommendation = "refine"
    else:
        recommendation = "reconsider"
    return {
        "overall_score": overall,
        "recommendation": recommendation,
        "agent_count": len(rows),
        "completed_agents": sum(r.status == AgentResultStatus.COMPLETED for r in rows),
        "agents": agents,
    }


@transaction.atomic
def evaluation_complete(*, evaluation_id, results: dict | None = None) -> Evaluation:
    """analyzing -> completed once no agent is still pending or running.
    ``results`` defaults to the summary of the agent results."""
    evaluation = _lock(Evaluation, evaluation_id)
    _check_transition("Evaluation", evaluation, EvaluationStatus.COMPLETED, EVALUATION_TRANSITIONS)
    rows = list(evaluation.agent_results.select_for_update())
    unfinished = sorted(
        r.agent_type
        for r in rows
        if r.status in (AgentResultStatus.PENDING, AgentResultStatus.RUNNING)
    )
    if unfinished:
        raise ConflictError(
            f"Evaluation {evaluation.pk} still has unfinished agents: {', '.join(unfinished)}.",
            code="agents_unfinished",
        )
    if results is not None and not isinstance(results, dict):
        raise DomainValidationError("Results must be a JSON object.", field="results")
    idea = _lock(BusinessIdea, evaluation.business_idea_id)
    before = str(evaluation.status)
    evaluation.status = EvaluationStatus.COMPLETED
    evaluation.completed_at = timezone.now()
    evaluation.results = results if results is not None else summarize_agent_results(rows)
    evaluation.save(update_fields=["status", "completed_at", "results", "updated_at"])
    _audit_evaluation(evaluation, before)
    _move_idea(idea, IdeaStatus.COMPLETED)
    return evaluation


@transaction.atomic
def evaluation_fail(*, evaluation_id, error_message: str) -> Evaluation:
    """analyzing -> failed; running agents fail with it; the idea goes back to 'submitted'."""
    if not (error_message or "").strip():
        raise DomainValidationError(
            "A failed evaluation needs an error message.", field="error_message"
        )
    evaluation = _lock(Evaluation, evaluation_id)
    _check_transition("Evaluation", evaluation, EvaluationStatus.FAILED, EVALUATION_TRANSITIONS)
    now = timezone.now()
    evaluation.agent_results.filter(status=AgentResultStatus.RUNNING).update(
        status=AgentResultStatus.FAILED,
        completed_at=now,
        error_message=f"Evaluation failed: {error_message}",
        updated_at=now,
    )
    idea = _lock(BusinessIdea, evaluation.business_idea_id)
    before = str(evaluation.status)
    evaluation.status = EvaluationStatus.FAILED
    evaluation.completed_at = now
    evaluation.error_message = error_message
    evaluation.save(update_fields=["status", "completed_at", "error_message", "updated_at"])
    _audit_evaluation(evaluation, before)
    _move_idea(idea, IdeaStatus.SUBMITTED)
    return evaluation


@transaction.atomic
def evaluation_retry(*, evaluation_id) -> Evaluation:
    """failed -> pending: back in the queue. Completed agent results are kept (the rerun
    can skip them); failed, pending and running ones are removed so they can run again."""
    evaluation = _lock(Evaluation, evaluation_id)
    _check_transition("Evaluation", evaluation, EvaluationStatus.PENDING, EVALUATION_TRANSITIONS)
    evaluation.agent_results.exclude(status=AgentResultStatus.COMPLETED).delete()
    before = str(evaluation.status)
    evaluation.status = EvaluationStatus.PENDING
    evaluation.started_at = None
    evaluation.completed_at = None
    evaluation.error_message = None
    evaluation.results = None
    try:
        with transaction.atomic():
            evaluation.save(
                update_fields=[
                    "status",
                    "started_at",
                    "completed_at",
                    "error_message",
                    "results",
                    "updated_at",
                ]
            )
    except IntegrityError as exc:
        if "ideas_evaluation_one_open_per_idea" not in str(exc):
            raise
        raise ConflictError(
            f"Business idea {evaluation.business_idea_id} already has an evaluation in progress.",
            code="evaluation_in_progress",
        )
    _audit_evaluation(evaluation, before)
    return evaluation


# --- agent results --------------------------------------------------------------


def _lock_analyzing(evaluation_id) -> Evaluation:
    # NO KEY UPDATE: agents of one evaluation queue behind each other and behind
    # evaluation_complete/fail (FOR UPDATE), so no result lands after completion.
    evaluation = _lock(Evaluation, evaluation_id, no_key=True)
    if evaluation.status != EvaluationStatus.ANALYZING:
        raise InvalidTransition(
            f"Evaluation {evaluation.pk} is '{evaluation.status}': "
            "agents write results only while it is 'analyzing'."
        )
    return evaluation


@transaction.atomic
def agent_result_start(*, evaluation_id, agent_type: str, input_data: dict | None = None):
    """Record that an agent started (status running) on a claimed evaluation."""
    evaluation = _lock_analyzing(evaluation_id)
    result = evaluation.agent_results.select_for_update().filter(agent_type=agent_type).first()
    if result is None:
        result = AgentResult(evaluation=evaluation, agent_type=agent_type)
    _check_transition("Agent result", result, AgentResultStatus.RUNNING, AGENT_RESULT_TRANSITIONS)
    if input_data is not None and not isinstance(input_data, dict):
        raise DomainValidationError("Input data must be a JSON object.", field="input_data")
    result.input_data = input_data
    result.status = AgentResultStatus.RUNNING
    result.started_at = timezone.now()
    result.full_clean(exclude=["evaluation"], validate_unique=False, validate_constraints=False)
    result.save()
    return result


def _finish(agent_result_id, target: str, **values) -> AgentResult:
    evaluation_id = (
        AgentResult.objects.filter(pk=agent_result_id)
        .values_list("evaluation_id", flat=True)
        .first()
    )
    if evaluation_id is None:
        raise NotFoundError(f"No agent result with id {agent_result_id}.")
    _lock_analyzing(evaluation_id)
    result = _lock(AgentResult, agent_result_id)
    _check_transition("Agent result", result, target, AGENT_RESULT_TRANSITIONS)
    for name, value in values.items():
        setattr(result, name, value)
    result.status = target
    result.completed_at = timezone.now()
    result.full_clean(exclude=["evaluation"], validate_unique=False, validate_constraints=False)
    result.save()
    return result


@transaction.atomic
def agent_result_complete(
    *, agent_result_id, output_data: dict, insights: dict | None = None, score: float | None = None
) -> AgentResult:
    if not isinstance(output_data, dict):
        raise DomainValidationError("Output data must be a JSON object.", field="output_data")
    return _finish(
        agent_result_id,
        AgentResultStatus.COMPLETED,
        output_data=output_data,
        insights=insights,
        score=score,
    )


@transaction.atomic
def agent_result_fail(*, agent_result_id, error_message: str) -> AgentResult:
    if not (error_message or "").strip():
        raise DomainValidationError("A failed agent needs an error message.", field="error_message")
    return _finish(agent_result_id, AgentResultStatus.FAILED, error_message=error_message)
