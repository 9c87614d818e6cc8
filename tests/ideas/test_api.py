"""API: scoping (another user's row is a 404), validation (400 with field messages),
transitions (409 with a clear message), JSON filters, cursor pagination, query counts."""

import json

import pytest
from django.urls import reverse

from ideas.choices import IdeaStatus
from ideas.models import AgentResult, BusinessIdea, Evaluation
from tests.ideas import factories as f

pytestmark = pytest.mark.django_db

IDEAS = "api:ideas-idea-list"
EVALUATIONS = "api:ideas-evaluation-list"
RESULTS = "api:ideas-agentresult-list"


def detail(name, pk):
    return reverse(name.replace("-list", "-detail"), args=[pk])


# --- ideas --------------------------------------------------------------------------


def test_create_idea(api_client, user):
    response = api_client.post(
        reverse(IDEAS), {"title": "Tool library", "description": f.DESCRIPTION}, format="json"
    )
    assert response.status_code == 201, response.data
    assert response.data["status"] == "draft" and response.data["evaluation_count"] == 0
    assert BusinessIdea.objects.get(pk=response.data["id"]).user == user


@pytest.mark.parametrize("length,status", [(49, 400), (50, 201), (5000, 201), (5001, 400)])
def test_description_length_bounds(api_client, length, status):
    response = api_client.post(
        reverse(IDEAS), {"title": "T", "description": "d" * length}, format="json"
    )
    assert response.status_code == status, response.data
    if status == 400:
        assert "description" in response.data
        assert ("at least 50" if length < 50 else "no more than 5000") in str(
            response.data["description"]
        )


def test_create_idea_validation_messages(api_client):
    response = api_client.post(reverse(IDEAS), {"title": "", "description": "  "}, format="json")
    assert response.status_code == 400
    assert set(response.data) >= {"title", "description"}
    assert not BusinessIdea.objects.exists()


def test_status_is_read_only(api_client, idea):
    response = api_client.patch(detail(IDEAS, idea.pk), {"status": "completed"}, format="json")
    assert response.status_code == 200
    idea.refresh_from_db()
    assert idea.status == IdeaStatus.DRAFT


def test_other_users_idea_is_404_everywhere(api_client, other_user):
    idea = f.BusinessIdeaFactory(user=other_user)
    url = detail(IDEAS, idea.pk)
    assert api_client.get(url).status_code == 404
    assert api_client.patch(url, {"title": "mine"}, format="json").status_code == 404
    assert api_client.delete(url).status_code == 404
    assert api_client.post(url + "submit/").status_code == 404
    idea.refresh_from_db()
    assert (idea.title, idea.status, idea.deleted_at) != ("mine", "submitted", not None)
    assert idea.deleted_at is None and idea.status == "draft"


def test_submit_and_illegal_transition(api_client, idea):
    url = detail(IDEAS, idea.pk) + "submit/"
    response = api_client.post(url)
    assert response.status_code == 200 and response.data["status"] == "submitted"
    response = api_client.post(url)
    assert response.status_code == 409
    assert response.data["code"] == "invalid_transition"
    assert "cannot go from 'submitted' to 'submitted'" in response.data["detail"]


def test_edit_only_drafts(api_client, submitted_idea):
    response = api_client.patch(
        detail(IDEAS, submitted_idea.pk), {"title": "Changed"}, format="json"
    )
    assert response.status_code == 409
    assert "only a draft can be edited" in response.data["detail"]


def test_delete_is_soft_and_hides_evaluations_and_results(api_client, user):
    result = f.AgentResultFactory(evaluation__business_idea__user=user)
    idea = result.evaluation.business_idea
    assert api_client.delete(detail(IDEAS, idea.pk)).status_code == 204
    idea.refresh_from_db()
    assert idea.deleted_at is not None  # still there for staff
    assert api_client.get(detail(IDEAS, idea.pk)).status_code == 404
    assert api_client.get(reverse(IDEAS)).data["count"] == 0
    assert api_client.get(detail(EVALUATIONS, result.evaluation_id)).status_code == 404
    assert api_client.get(detail(RESULTS, result.pk)).status_code == 404
    assert api_client.get(reverse(RESULTS)).data["results"] == []


def test_idea_status_filter(api_client, user):
    f.BusinessIdeaFactory(user=user)
    submitted = f.BusinessIdeaFactory(user=user, submitted=True)
    data = api_client.get(reverse(IDEAS), {"status": "submitted"}).data
    assert [row["id"] for row in data["results"]] == [str(submitted.pk)]
    assert api_client.get(reverse(IDEAS), {"status": "bogus"}).status_code == 400


def test_anonymous_is_refused(anon_client):
    assert anon_client.get(reverse(IDEAS)).status_code in (401, 403)


# --- evaluations ----------------------------------------------------------------------


def test_request_evaluation(api_client, submitted_idea):
    response = api_client.post(
        reverse(EVALUATIONS),
        {"business_idea": str(submitted_idea.pk), "priority": "high"},
        format="json",
    )
    assert response.status_code == 201, response.data
    assert response.data["status"] == "pending" and response.data["agent_results"] == []
    assert response.data["priority"] == "high"


def test_request_evaluation_validation(api_client, idea, other_user):
    foreign = f.BusinessIdeaFactory(user=other_user, submitted=True)
    response = api_client.post(
        reverse(EVALUATIONS), {"business_idea": str(foreign.pk)}, format="json"
    )
    assert response.status_code == 400 and "business_idea" in response.data
    response = api_client.post(
        reverse(EVALUATIONS), {"business_idea": str(idea.pk), "priority": "urgent"}, format="json"
    )
    assert response.status_code == 400 and "priority" in response.data
    response = api_client.post(reverse(EVALUATIONS), {"business_idea": str(idea.pk)}, format="json")
    assert response.status_code == 409 and "submit it before" in response.data["detail"]
    assert not Evaluation.objects.exists()


def test_second_open_evaluation_is_409(api_client, pending_evaluation):
    response = api_client.post(
        reverse(EVALUATIONS),
        {"business_idea": str(pending_evaluation.business_idea_id)},
        format="json",
    )
    assert response.status_code == 409, response.data
    assert response.data["code"] == "evaluation_in_progress"


def test_other_users_evaluation_is_404(api_client):
    evaluation = f.EvaluationFactory()
    assert api_client.get(detail(EVALUATIONS, evaluation.pk)).status_code == 404


def test_evaluation_json_filters(api_client, user):
    good = f.EvaluationFactory(
        completed=True,
        business_idea__user=user,
        results={"overall_score": 81.5, "recommendation": "pursue"},
    )
    fair = f.EvaluationFactory(
        completed=True,
        business_idea__user=user,
        results={"overall_score": 40, "recommendation": "refine"},
    )
    f.EvaluationFactory(
        completed=True,
        business_idea__user=user,
        results={"overall_score": None, "recommendation": "x"},
    )
    f.EvaluationFactory(business_idea__user=user)
    url = reverse(EVALUATIONS)

    def ids(params):
        response = api_client.get(url, params)
        assert response.status_code == 200, response.data
        return [row["id"] for row in response.data["results"]]

    assert ids({"overall_score_min": 80}) == [str(good.pk)]
    assert ids({"overall_score_min": 40, "overall_score_max": 41}) == [str(fair.pk)]
    assert ids({"overall_score_max": 50}) == [str(fair.pk)]  # a null score is not "below 50"
    assert ids({"recommendation": "pursue"}) == [str(good.pk)]
    assert ids({"results_contains": json.dumps({"recommendation": "pursue"})}) == [str(good.pk)]
    assert len(ids({"status": "completed"})) == 3
    response = api_client.get(url, {"results_contains": "[1,2]"})
    assert response.status_code == 400 and "results_contains" in response.data


# --- agent results ----------------------------------------------------------------------


def test_agent_results_score_above_for_one_agent_type(api_client, user):
    evaluations = [f.EvaluationFactory(analyzing=True, business_idea__user=user) for _ in range(3)]
    expected = []
    for evaluation, score in zip(evaluations, [91, 75, 40], strict=True):
        hit = f.AgentResultFactory(evaluation=evaluation, agent_type="market-research", score=score)
        f.AgentResultFactory(evaluation=evaluation, agent_type="risk-assessment", score=99)
        if score > 70:
            expected.append(str(hit.pk))
    response = api_client.get(
        reverse(RESULTS), {"agent_type": "market-research", "score_min": 70.01}
    )
    assert response.status_code == 200
    assert sorted(row["id"] for row in response.data["results"]) == sorted(expected)


def test_agent_results_json_filters(api_client, user):
    hit = f.AgentResultFactory(
        evaluation__business_idea__user=user,
        output_data={"market_size": "large", "tam_usd": 5_000_000},
        insights={"risks": ["regulation"]},
    )
    f.AgentResultFactory(
        evaluation__business_idea__user=user, output_data={"market_size": "small"}, insights={}
    )
    url = reverse(RESULTS)
    by_output = api_client.get(url, {"output_contains": '{"market_size": "large"}'}).data
    assert [row["id"] for row in by_output["results"]] == [str(hit.pk)]
    by_key = api_client.get(url, {"insights_has_key": "risks"}).data
    assert [row["id"] for row in by_key["results"]] == [str(hit.pk)]
    bad = api_client.get(url, {"output_contains": "not json"})
    assert bad.status_code == 400 and "output_contains" in bad.data


def test_agent_results_cursor_pagination(api_client, user):
    evaluations = [f.EvaluationFactory(analyzing=True, business_idea__user=user) for _ in range(3)]
    created = {str(f.AgentResultFactory(evaluation=ev).pk) for ev in evaluations for _ in range(4)}
    seen, url, pages = [], reverse(RESULTS) + "?page_size=5", 0
    while url:
        response = api_client.get(url)
        assert response.status_code == 200
        assert "count" not in response.data  # a cursor page, not a numbered one
        seen += [row["id"] for row in response.data["results"]]
        url, pages = response.data["next"], pages + 1
    assert pages == 3
    assert len(seen) == len(set(seen)) and set(seen) == created


def test_other_users_agent_result_is_404(api_client):
    result = f.AgentResultFactory()
    assert api_client.get(detail(RESULTS, result.pk)).status_code == 404
    assert api_client.get(reverse(RESULTS)).data["results"] == []


def test_agent_results_are_read_only(api_client, user):
    result = f.AgentResultFactory(evaluation__business_idea__user=user)
    assert api_client.patch(detail(RESULTS, result.pk), {"score": 1}).status_code == 405
    assert api_client.post(reverse(RESULTS), {}).status_code == 405
    assert AgentResult.objects.get(pk=result.pk).score == result.score


# --- query counts ------------------------------------------------------------------------


@pytest.mark.parametrize("rows", [5, 50])
def test_idea_list_queries_do_not_grow(api_client, user, rows, django_assert_num_queries):
    for _ in range(rows):
        f.EvaluationFactory(business_idea__user=user)
    with django_assert_num_queries(4):  # products, count, page, evaluation counts of the page
        response = api_client.get(reverse(IDEAS), {"page_size": 100})
    assert len(response.data["results"]) == rows
    assert all(row["evaluation_count"] == 1 for row in response.data["results"])


@pytest.mark.parametrize("rows", [5, 50])
def test_evaluation_list_queries_do_not_grow(
    api_client, user, rows, django_assert_num_queries, settings
):
    settings.API_LARGE_ROWS_MAX_PAGE_SIZE = 100  # the page budget (20) aside
    for _ in range(rows):
        f.AgentResultFactory(evaluation__business_idea__user=user)
    with django_assert_num_queries(4):  # products, count, page, agent results
        response = api_client.get(reverse(EVALUATIONS), {"page_size": 100})
    assert len(response.data["results"]) == rows
    assert all(len(row["agent_results"]) == 1 for row in response.data["results"])


@pytest.mark.parametrize("rows", [5, 50])
def test_agent_result_list_queries_do_not_grow(
    api_client, user, rows, django_assert_num_queries, settings
):
    settings.API_LARGE_ROWS_MAX_PAGE_SIZE = 100  # the page budget (20) aside
    evaluations = [
        f.EvaluationFactory(analyzing=True, business_idea__user=user) for _ in range(rows // 5)
    ]
    for ev in evaluations:
        for _ in range(5):
            f.AgentResultFactory(evaluation=ev)
    with django_assert_num_queries(2):  # products, one page (the cursor does not count)
        response = api_client.get(reverse(RESULTS), {"page_size": 100})
    assert len(response.data["results"]) == rows
    assert all(row["business_idea"] for row in response.data["results"])
