"""Admin: changelists in constant queries, change pages with inlines, the staff actions."""

import pytest
from django.urls import reverse

from ideas.choices import EvaluationStatus
from ideas.models import BusinessIdea
from tests.ideas.factories import AgentResultFactory, BusinessIdeaFactory, EvaluationFactory

pytestmark = pytest.mark.django_db


def changelist(model):
    return reverse(f"admin:ideas_{model}_changelist")


@pytest.mark.parametrize("rows", [5, 50])
@pytest.mark.parametrize(
    "model, queries",
    # session, user, count capped at the threshold, page: 4 for any size (no full count);
    # ideas add their date hierarchy's range and days (the two large lists filter by
    # created date instead: no SELECT DISTINCT over the table)
    [("businessidea", 6), ("evaluation", 4), ("agentresult", 4)],
)
def test_changelist_queries_do_not_grow(
    admin_client_logged_in, rows, model, queries, django_assert_num_queries
):
    for _ in range(rows):
        AgentResultFactory()
    with django_assert_num_queries(queries):
        response = admin_client_logged_in.get(changelist(model))
    assert response.status_code == 200
    assert response.context["cl"].result_count == rows


def test_changelists_with_filters_and_search(admin_client_logged_in):
    result = AgentResultFactory(agent_type="market-research")
    idea = result.evaluation.business_idea
    for model, params in [
        ("businessidea", {"status": idea.status, "deleted": "no", "q": idea.title}),
        ("businessidea", {"deleted": "yes"}),
        ("evaluation", {"status": "analyzing", "priority": "normal", "q": idea.title}),
        ("agentresult", {"agent_type": "market-research", "status": "completed", "q": idea.title}),
    ]:
        response = admin_client_logged_in.get(changelist(model), params)
        assert response.status_code == 200, (model, params)


def test_change_pages_show_inlines(admin_client_logged_in):
    result = AgentResultFactory()
    evaluation, idea = result.evaluation, result.evaluation.business_idea
    response = admin_client_logged_in.get(
        reverse("admin:ideas_businessidea_change", args=[idea.pk])
    )
    assert response.status_code == 200
    assert str(evaluation.pk) in response.content.decode()  # the inline's change link
    response = admin_client_logged_in.get(
        reverse("admin:ideas_evaluation_change", args=[evaluation.pk])
    )
    assert response.status_code == 200
    assert result.agent_type in response.content.decode()
    response = admin_client_logged_in.get(
        reverse("admin:ideas_agentresult_change", args=[result.pk])
    )
    assert response.status_code == 200


def test_restore_action(admin_client_logged_in):
    deleted = BusinessIdeaFactory(deleted=True)
    alive = BusinessIdeaFactory()
    response = admin_client_logged_in.post(
        changelist("businessidea"),
        {"action": "restore_ideas", "_selected_action": [deleted.pk, alive.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert "Restored 1 idea(s)." in response.content.decode()
    assert BusinessIdea.objects.alive().filter(pk__in=[deleted.pk, alive.pk]).count() == 2


def test_soft_delete_action(admin_client_logged_in):
    idea = BusinessIdeaFactory()
    admin_client_logged_in.post(
        changelist("businessidea"),
        {"action": "soft_delete_ideas", "_selected_action": [idea.pk]},
    )
    idea.refresh_from_db()
    assert idea.deleted_at is not None


def test_retry_failed_action(admin_client_logged_in):
    failed = EvaluationFactory(failed=True)
    completed = EvaluationFactory(completed=True)
    response = admin_client_logged_in.post(
        changelist("evaluation"),
        {"action": "retry_failed", "_selected_action": [failed.pk, completed.pk]},
        follow=True,
    )
    content = response.content.decode()
    assert "Queued 1 evaluation(s) again." in content
    assert "cannot go from &#x27;completed&#x27; to &#x27;pending&#x27;" in content
    failed.refresh_from_db()
    completed.refresh_from_db()
    assert failed.status == EvaluationStatus.PENDING and failed.error_message is None
    assert completed.status == EvaluationStatus.COMPLETED


def test_admin_create_idea(admin_client_logged_in, user):
    response = admin_client_logged_in.post(
        reverse("admin:ideas_businessidea_add"),
        {"user": user.pk, "title": "Admin idea", "description": "short"},
    )
    assert response.status_code == 200  # redisplayed with the error
    assert "A description has 50 to 5000 characters" in response.content.decode()
    assert not BusinessIdea.objects.filter(title="Admin idea").exists()
