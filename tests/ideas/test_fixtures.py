"""fixtures/ideas.json: the seed's counts, idempotent, consistent with the services' rules."""

import pytest
from django.core.management import call_command

from ideas.choices import AgentResultStatus, EvaluationStatus, IdeaStatus
from ideas.models import AgentResult, BusinessIdea, Evaluation
from ideas.services import summarize_agent_results

pytestmark = pytest.mark.django_db

SEED_USERS = {
    "00000000-0000-4000-8000-000000000001",
    "00000000-0000-4000-8000-000000000002",
    "00000000-0000-4000-8000-000000000003",
}


def load():
    call_command("loaddata", "fixtures/accounts.json", "fixtures/ideas.json", verbosity=0)


def counts():
    return (BusinessIdea.objects.count(), Evaluation.objects.count(), AgentResult.objects.count())


def test_seed_counts_and_idempotent():
    load()
    assert counts() == (6, 5, 25)
    load()
    assert counts() == (6, 5, 25)
    assert {str(u) for u in BusinessIdea.objects.values_list("user_id", flat=True)} == SEED_USERS


def test_fixture_rows_are_consistent():
    load()
    for evaluation in Evaluation.objects.select_related("business_idea").prefetch_related(
        "agent_results"
    ):
        rows = list(evaluation.agent_results.all())
        if evaluation.status == EvaluationStatus.COMPLETED:
            assert evaluation.business_idea.status == IdeaStatus.COMPLETED
            assert evaluation.results == summarize_agent_results(rows)
        if evaluation.status == EvaluationStatus.ANALYZING:
            assert evaluation.business_idea.status == IdeaStatus.EVALUATING
        if evaluation.status == EvaluationStatus.FAILED:
            assert evaluation.business_idea.status == IdeaStatus.SUBMITTED
            assert any(r.status == AgentResultStatus.FAILED for r in rows)
    assert (
        BusinessIdea.objects.filter(status=IdeaStatus.DRAFT, evaluations__isnull=False).count() == 0
    )
