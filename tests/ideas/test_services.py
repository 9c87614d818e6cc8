"""The service layer: allowed transitions, refusals that change nothing, the lifecycle."""

import pytest
from django.core.exceptions import ValidationError

from core.errors import ConflictError, DomainValidationError, NotFoundError
from ideas import services
from ideas.choices import AgentResultStatus, AgentType, EvaluationStatus, IdeaStatus
from ideas.models import AgentResult, BusinessIdea, Evaluation
from tests.ideas import factories as f

pytestmark = pytest.mark.django_db


def snapshot(obj):
    """Every column of the row as stored."""
    return type(obj).objects.filter(pk=obj.pk).values().get()


def run_agents(evaluation, agents=AgentType.values, score=80.0):
    for agent in agents:
        result = services.agent_result_start(
            evaluation_id=evaluation.pk, agent_type=agent, input_data={"depth": "quick"}
        )
        services.agent_result_complete(
            agent_result_id=result.pk, output_data={"summary": agent}, score=score
        )


def test_full_lifecycle():
    owner = f.IdeaOwnerFactory()
    idea = services.idea_create(user=owner, title="Idea", description="d" * 60)
    assert idea.status == IdeaStatus.DRAFT
    services.idea_submit(idea_id=idea.pk, user=owner)
    evaluation = services.evaluation_request(idea_id=idea.pk, user=owner, priority="high")
    assert evaluation.status == EvaluationStatus.PENDING

    claimed = services.evaluation_claim(evaluation_id=evaluation.pk)
    assert claimed.status == EvaluationStatus.ANALYZING and claimed.started_at
    idea.refresh_from_db()
    assert idea.status == IdeaStatus.EVALUATING

    run_agents(evaluation, score=70.0)
    done = services.evaluation_complete(evaluation_id=evaluation.pk)
    assert done.status == EvaluationStatus.COMPLETED
    assert done.completed_at >= done.started_at
    assert done.results["overall_score"] == 70.0
    assert done.results["agent_count"] == len(AgentType.values)
    assert done.results["recommendation"] == "pursue"
    idea.refresh_from_db()
    assert idea.status == IdeaStatus.COMPLETED
    assert AgentResult.objects.filter(evaluation=evaluation, status="completed").count() == 6

    # re-evaluation of a completed idea
    again = services.evaluation_request(idea_id=idea.pk, user=owner)
    services.evaluation_claim(evaluation_id=again.pk)
    idea.refresh_from_db()
    assert idea.status == IdeaStatus.EVALUATING


@pytest.mark.parametrize(
    "idea_status,target_call",
    [
        (IdeaStatus.SUBMITTED, "submit"),
        (IdeaStatus.EVALUATING, "submit"),
        (IdeaStatus.COMPLETED, "submit"),
    ],
)
def test_illegal_idea_transition_is_refused_and_changes_nothing(idea_status, target_call):
    idea = f.BusinessIdeaFactory(status=idea_status)
    before = snapshot(idea)
    with pytest.raises(services.InvalidTransition, match=f"from '{idea_status}' to 'submitted'"):
        services.idea_submit(idea_id=idea.pk)
    assert snapshot(idea) == before


@pytest.mark.parametrize(
    "trait,call",
    [
        ("analyzing", "claim"),
        ("completed", "claim"),
        ("failed", "claim"),
        ("completed", "fail"),
        ("completed", "complete"),
        ("failed", "complete"),
        (None, "complete"),
        (None, "fail"),
        (None, "retry"),
        ("analyzing", "retry"),
        ("completed", "retry"),
    ],
)
def test_illegal_evaluation_transition_is_refused_and_changes_nothing(trait, call):
    evaluation = f.EvaluationFactory(**({trait: True} if trait else {}))
    before, idea_before = snapshot(evaluation), snapshot(evaluation.business_idea)
    fn = {
        "claim": lambda: services.evaluation_claim(evaluation_id=evaluation.pk),
        "complete": lambda: services.evaluation_complete(evaluation_id=evaluation.pk),
        "fail": lambda: services.evaluation_fail(evaluation_id=evaluation.pk, error_message="x"),
        "retry": lambda: services.evaluation_retry(evaluation_id=evaluation.pk),
    }[call]
    with pytest.raises(services.InvalidTransition) as exc:
        fn()
    assert f"Evaluation {evaluation.pk} cannot go from '{evaluation.status}'" in exc.value.message
    assert "it may go to" in exc.value.message
    assert exc.value.status_code == 409
    assert snapshot(evaluation) == before
    assert snapshot(evaluation.business_idea) == idea_before


def test_complete_refused_while_an_agent_is_running():
    running = f.AgentResultFactory(running=True)
    before = snapshot(running.evaluation)
    with pytest.raises(ConflictError, match=f"unfinished agents: {running.agent_type}"):
        services.evaluation_complete(evaluation_id=running.evaluation_id)
    assert snapshot(running.evaluation) == before


def test_agents_cannot_write_to_an_evaluation_that_is_not_analyzing():
    for trait in ({}, {"completed": True}, {"failed": True}):
        evaluation = f.EvaluationFactory(**trait)
        with pytest.raises(services.InvalidTransition, match="only while it is 'analyzing'"):
            services.agent_result_start(evaluation_id=evaluation.pk, agent_type="market-research")
        assert not AgentResult.objects.filter(evaluation=evaluation).exists()


def test_agent_result_transitions():
    evaluation = f.EvaluationFactory(analyzing=True)
    result = services.agent_result_start(evaluation_id=evaluation.pk, agent_type="risk-assessment")
    assert result.status == AgentResultStatus.RUNNING and result.started_at
    with pytest.raises(services.InvalidTransition, match="from 'running' to 'running'"):
        services.agent_result_start(evaluation_id=evaluation.pk, agent_type="risk-assessment")
    services.agent_result_fail(agent_result_id=result.pk, error_message="timeout")
    before = snapshot(result)
    with pytest.raises(services.InvalidTransition, match="from 'failed' to 'completed'"):
        services.agent_result_complete(agent_result_id=result.pk, output_data={}, score=1)
    assert snapshot(result) == before


def test_agent_score_out_of_range_is_a_validation_error_and_nothing_is_written():
    result = f.AgentResultFactory(running=True)
    before = snapshot(result)
    with pytest.raises(ValidationError) as exc:
        services.agent_result_complete(agent_result_id=result.pk, output_data={}, score=101)
    assert "score" in exc.value.message_dict
    assert snapshot(result) == before


def test_fail_then_retry_requeues_and_keeps_completed_agent_results():
    evaluation = services.evaluation_claim(evaluation_id=f.EvaluationFactory().pk)
    run_agents(evaluation, agents=["market-research", "customer-research"])
    running = services.agent_result_start(evaluation_id=evaluation.pk, agent_type="risk-assessment")

    failed = services.evaluation_fail(evaluation_id=evaluation.pk, error_message="LLM quota hit")
    assert failed.status == EvaluationStatus.FAILED and failed.error_message == "LLM quota hit"
    running.refresh_from_db()
    assert running.status == AgentResultStatus.FAILED and running.completed_at
    assert BusinessIdea.objects.get(pk=evaluation.business_idea_id).status == IdeaStatus.SUBMITTED

    retried = services.evaluation_retry(evaluation_id=evaluation.pk)
    assert retried.status == EvaluationStatus.PENDING
    assert (retried.started_at, retried.completed_at, retried.error_message) == (None, None, None)
    assert set(evaluation.agent_results.values_list("agent_type", flat=True)) == {
        "market-research",
        "customer-research",
    }
    services.evaluation_claim(evaluation_id=evaluation.pk)  # back in the queue


def test_fail_needs_a_message():
    evaluation = f.EvaluationFactory(analyzing=True)
    with pytest.raises(DomainValidationError, match="needs an error message"):
        services.evaluation_fail(evaluation_id=evaluation.pk, error_message="  ")


def test_request_refuses_draft_deleted_and_second_open_evaluation():
    draft = f.BusinessIdeaFactory()
    with pytest.raises(ConflictError, match="submit it before"):
        services.evaluation_request(idea_id=draft.pk)
    deleted = f.BusinessIdeaFactory(submitted=True, deleted=True)
    with pytest.raises(NotFoundError):
        services.evaluation_request(idea_id=deleted.pk)
    open_one = f.EvaluationFactory()
    with pytest.raises(ConflictError, match="already has an evaluation in progress"):
        services.evaluation_request(idea_id=open_one.business_idea_id)
    assert Evaluation.objects.filter(business_idea=open_one.business_idea).count() == 1


def test_retry_refused_when_another_evaluation_is_open():
    failed = f.EvaluationFactory(failed=True)
    f.EvaluationFactory(business_idea=failed.business_idea)  # a new pending one
    before = snapshot(failed)
    with pytest.raises(ConflictError, match="already has an evaluation in progress"):
        services.evaluation_retry(evaluation_id=failed.pk)
    assert snapshot(failed) == before


def test_claim_next_takes_high_priority_first_then_oldest():
    low = f.EvaluationFactory(priority="low")
    normal_old = f.EvaluationFactory(priority="normal")
    normal_new = f.EvaluationFactory(priority="normal")
    high = f.EvaluationFactory(priority="high")
    f.EvaluationFactory(
        business_idea=f.BusinessIdeaFactory(submitted=True, deleted=True)
    )  # never claimed
    order = [services.evaluation_claim_next().pk for _ in range(4)]
    assert order == [high.pk, normal_old.pk, normal_new.pk, low.pk]
    assert services.evaluation_claim_next() is None


def test_claim_refused_for_a_deleted_idea():
    evaluation = f.EvaluationFactory()
    services.idea_soft_delete(idea_id=evaluation.business_idea_id)
    with pytest.raises(ConflictError, match="was deleted"):
        services.evaluation_claim(evaluation_id=evaluation.pk)
    evaluation.refresh_from_db()
    assert evaluation.status == EvaluationStatus.PENDING


def test_soft_delete_and_restore():
    idea = f.BusinessIdeaFactory()
    services.idea_soft_delete(idea_id=idea.pk)
    assert BusinessIdea.objects.alive().filter(pk=idea.pk).count() == 0
    assert BusinessIdea.objects.deleted().filter(pk=idea.pk).count() == 1
    services.idea_restore(idea_id=idea.pk)
    assert BusinessIdea.objects.alive().filter(pk=idea.pk).count() == 1


def test_only_drafts_can_be_edited_and_descriptions_are_validated():
    idea = f.BusinessIdeaFactory(submitted=True)
    with pytest.raises(ConflictError, match="only a draft can be edited"):
        services.idea_update(idea_id=idea.pk, title="New")
    draft = f.BusinessIdeaFactory()
    with pytest.raises(ValidationError) as exc:
        services.idea_update(idea_id=draft.pk, description="too short")
    assert "description" in exc.value.message_dict
    draft.refresh_from_db()
    assert draft.description != "too short"


def test_services_check_the_owner():
    idea = f.BusinessIdeaFactory()
    stranger = f.IdeaOwnerFactory()
    with pytest.raises(NotFoundError):
        services.idea_submit(idea_id=idea.pk, user=stranger)
    idea.refresh_from_db()
    assert idea.status == IdeaStatus.DRAFT
