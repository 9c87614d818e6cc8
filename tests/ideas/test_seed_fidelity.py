"""Issue 12 item 8, seed 001: the schema follows the seed where other services write it.

- ``Evaluation.business_idea`` (column ``business_idea_id``), also in the API;
- ``error_message`` (evaluations, agent results) and ``input_data`` are nullable;
- ``agent_type`` is open-ended (a format CHECK, no closed list).
"""

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from ideas import services
from ideas.choices import AgentResultStatus
from ideas.models import AgentResult, Evaluation
from tests.ideas.factories import AgentResultFactory, BusinessIdeaFactory, EvaluationFactory
from tests.utils import assert_sql_rejected

EVALUATIONS = "api:ideas-evaluation-list"
RESULTS = "api:ideas-agentresult-list"


def run(sql, params=()):
    with connection.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall() if cur.description else None


def columns(table):
    return {
        c.name for c in connection.introspection.get_table_description(connection.cursor(), table)
    }


# --- business_idea ---------------------------------------------------------------------


@pytest.mark.django_db
def test_evaluation_column_is_business_idea_id():
    assert {"business_idea_id"} <= columns("ideas_evaluation")
    assert "idea_id" not in columns("ideas_evaluation")
    assert Evaluation._meta.get_field("business_idea").column == "business_idea_id"


@pytest.mark.django_db
def test_raw_insert_by_business_idea_id_and_draft_trigger():
    """Another service writes business_idea_id; the draft triggers read the new column."""
    submitted = BusinessIdeaFactory(submitted=True)
    run("INSERT INTO ideas_evaluation (business_idea_id) VALUES (%s)", [submitted.pk])
    assert Evaluation.objects.filter(business_idea=submitted).count() == 1
    draft = BusinessIdeaFactory()
    assert_sql_rejected(
        "ideas_evaluation_idea_not_draft",
        "INSERT INTO ideas_evaluation (business_idea_id) VALUES (%s)",
        [draft.pk],
    )
    assert_sql_rejected(
        "ideas_businessidea_draft_has_no_evaluations",
        "UPDATE ideas_businessidea SET status = 'draft' WHERE id = %s",
        [submitted.pk],
    )


@pytest.mark.django_db
def test_api_create_and_read_business_idea(api_client, user):
    idea = BusinessIdeaFactory(user=user, submitted=True)
    response = api_client.post(
        reverse(EVALUATIONS), {"business_idea": str(idea.pk), "priority": "high"}, format="json"
    )
    assert response.status_code == 201, response.data
    assert response.data["business_idea"] == idea.pk and "idea" not in response.data
    listed = api_client.get(reverse(EVALUATIONS), {"business_idea": str(idea.pk)})
    assert [row["id"] for row in listed.data["results"]] == [response.data["id"]]
    other = api_client.get(reverse(EVALUATIONS), {"business_idea": str(BusinessIdeaFactory().pk)})
    assert other.data["results"] == []


@pytest.mark.django_db
def test_api_old_idea_field_is_not_an_alias(api_client, user):
    idea = BusinessIdeaFactory(user=user, submitted=True)
    response = api_client.post(reverse(EVALUATIONS), {"idea": str(idea.pk)}, format="json")
    assert response.status_code == 400
    assert "business_idea" in response.data
    assert not Evaluation.objects.exists()


@pytest.mark.django_db
def test_api_agent_results_name_and_filter_business_idea(api_client, user):
    mine = AgentResultFactory(evaluation__business_idea__user=user)
    AgentResultFactory(evaluation__business_idea__user=user)
    idea_id = mine.evaluation.business_idea_id
    response = api_client.get(reverse(RESULTS), {"business_idea": str(idea_id)})
    assert response.status_code == 200
    assert [row["id"] for row in response.data["results"]] == [str(mine.pk)]
    assert response.data["results"][0]["business_idea"] == str(idea_id)


# --- nullable error_message and input_data --------------------------------------------


@pytest.mark.django_db
def test_raw_insert_leaves_error_message_and_input_data_null():
    ev = EvaluationFactory(analyzing=True)
    [(input_data, error)] = run(
        "INSERT INTO ideas_agentresult (evaluation_id, agent_type, input_data) "
        "VALUES (%s, 'market-research', NULL) RETURNING input_data, error_message",
        [ev.pk],
    )
    assert (input_data, error) == (None, None)
    [(error,)] = run("SELECT error_message FROM ideas_evaluation WHERE id = %s", [ev.pk])
    assert error is None


@pytest.mark.django_db
def test_failed_evaluation_with_null_error_message_rejected():
    ev = EvaluationFactory(failed=True)
    assert_sql_rejected(
        "ideas_evaluation_failed_has_error",
        "UPDATE ideas_evaluation SET error_message = NULL WHERE id = %s",
        [ev.pk],
    )


@pytest.mark.django_db
def test_failed_agent_result_with_null_error_message_rejected():
    result = AgentResultFactory()
    assert_sql_rejected(
        "ideas_agentresult_failed_has_error",
        "UPDATE ideas_agentresult SET status = 'failed', error_message = NULL WHERE id = %s",
        [result.pk],
    )
    run(
        "UPDATE ideas_agentresult SET status = 'failed', error_message = 'timeout' WHERE id = %s",
        [result.pk],
    )


@pytest.mark.django_db
def test_input_data_json_null_is_not_sql_null():
    """SQL NULL is "no input"; a JSON null (or array) is still refused."""
    result = AgentResultFactory()
    run("UPDATE ideas_agentresult SET input_data = NULL WHERE id = %s", [result.pk])
    assert_sql_rejected(
        "ideas_agentresult_input_object",
        "UPDATE ideas_agentresult SET input_data = 'null'::jsonb WHERE id = %s",
        [result.pk],
    )


@pytest.mark.django_db
def test_agent_result_start_without_input_stores_null():
    evaluation = services.evaluation_claim(evaluation_id=EvaluationFactory().pk)
    result = services.agent_result_start(evaluation_id=evaluation.pk, agent_type="market-research")
    result.refresh_from_db()
    assert result.input_data is None and result.error_message is None


@pytest.mark.django_db
def test_agent_result_start_refuses_non_object_input():
    from core.errors import DomainValidationError

    evaluation = services.evaluation_claim(evaluation_id=EvaluationFactory().pk)
    with pytest.raises(DomainValidationError, match="JSON object"):
        services.agent_result_start(
            evaluation_id=evaluation.pk, agent_type="market-research", input_data=[1]
        )


# --- open-ended agent_type -------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("agent_type", ["pricing-analysis", "legal_review", "seo2"])
def test_db_accepts_any_well_formed_agent_type(agent_type):
    ev = EvaluationFactory(analyzing=True)
    run(
        "INSERT INTO ideas_agentresult (evaluation_id, agent_type) VALUES (%s, %s)",
        [ev.pk, agent_type],
    )
    assert AgentResult.objects.get(evaluation=ev).agent_type == agent_type


@pytest.mark.django_db
@pytest.mark.parametrize("agent_type", ["", "Pricing", "pricing analysis", "a--b", "x-"])
def test_db_rejects_malformed_agent_type_on_insert(agent_type):
    ev = EvaluationFactory(analyzing=True)
    assert_sql_rejected(
        "ideas_agentresult_agent_type_format",
        "INSERT INTO ideas_agentresult (evaluation_id, agent_type) VALUES (%s, %s)",
        [ev.pk, agent_type],
    )


@pytest.mark.django_db
def test_service_runs_an_agent_outside_the_known_list():
    evaluation = services.evaluation_claim(evaluation_id=EvaluationFactory().pk)
    result = services.agent_result_start(evaluation_id=evaluation.pk, agent_type="pricing-analysis")
    done = services.agent_result_complete(
        agent_result_id=result.pk, output_data={"price": "ok"}, score=60
    )
    assert done.status == AgentResultStatus.COMPLETED
    finished = services.evaluation_complete(evaluation_id=evaluation.pk)
    assert finished.results["agents"]["pricing-analysis"]["score"] == 60


@pytest.mark.django_db
def test_service_refuses_malformed_agent_type():
    from django.core.exceptions import ValidationError

    evaluation = services.evaluation_claim(evaluation_id=EvaluationFactory().pk)
    with pytest.raises(ValidationError) as exc:
        services.agent_result_start(evaluation_id=evaluation.pk, agent_type="Pricing Analysis")
    assert "agent_type" in exc.value.message_dict


@pytest.mark.django_db
def test_api_filters_by_an_unlisted_agent_type(api_client, user):
    result = AgentResultFactory(evaluation__business_idea__user=user, agent_type="pricing-analysis")
    AgentResultFactory(evaluation__business_idea__user=user, agent_type="market-research")
    response = api_client.get(reverse(RESULTS), {"agent_type": "pricing-analysis"})
    assert response.status_code == 200
    assert [row["id"] for row in response.data["results"]] == [str(result.pk)]


@pytest.mark.django_db
def test_admin_agent_type_filter(admin_client_logged_in):
    AgentResultFactory(agent_type="pricing-analysis")
    AgentResultFactory(agent_type="market-research")
    response = admin_client_logged_in.get(
        reverse("admin:ideas_agentresult_changelist"), {"agent_type": "market-research"}
    )
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1


# --- the migrations, back and forth with data -------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_seed_fidelity_migrations_round_trip_with_data():
    """The changes after the landed state (0002_squashed_changes, formerly 0003..0007) forward
    and back: the column, the triggers and '' <-> NULL follow."""
    call_command("loaddata", "fixtures/accounts.json", "fixtures/ideas.json", verbosity=0)
    try:
        call_command("migrate", "ideas", "0001_initial_squashed", verbosity=0)
        assert "idea_id" in columns("ideas_evaluation")
        assert run("SELECT count(*) FROM ideas_evaluation WHERE error_message IS NULL") == [(0,)]
        assert run("SELECT count(*) FROM ideas_agentresult WHERE input_data IS NULL") == [(0,)]
        # the landed triggers work on the old column
        [(draft_id,)] = run(
            "SELECT id FROM ideas_businessidea WHERE status = 'draft' ORDER BY id LIMIT 1"
        )
        assert_sql_rejected(
            "ideas_evaluation_idea_not_draft",
            "INSERT INTO ideas_evaluation (idea_id) VALUES (%s)",
            [draft_id],
        )
        call_command("migrate", "ideas", verbosity=0)
        assert "business_idea_id" in columns("ideas_evaluation")
        assert Evaluation.objects.count() == 5
        assert not Evaluation.objects.filter(error_message="").exists()
        assert_sql_rejected(
            "ideas_evaluation_idea_not_draft",
            "INSERT INTO ideas_evaluation (business_idea_id) VALUES (%s)",
            [draft_id],
        )
    finally:
        call_command("migrate", "ideas", verbosity=0)
