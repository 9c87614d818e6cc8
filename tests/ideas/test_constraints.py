"""Raw-SQL proofs of every database rule of the ideas app: PostgreSQL itself refuses
the bad row, whoever writes it (one test per rule; boundaries are accepted)."""

import pytest
from django.db import connection

from tests.accounts.factories import UserFactory
from tests.ideas.factories import AgentResultFactory, BusinessIdeaFactory, EvaluationFactory
from tests.utils import assert_sql_rejected

pytestmark = pytest.mark.django_db


def run(sql, params=()):
    with connection.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall() if cur.description else None


rejects = assert_sql_rejected


# --- business ideas -----------------------------------------------------------------


def test_raw_insert_gets_database_defaults():
    user = UserFactory()
    [(status, created, updated, deleted)] = run(
        "INSERT INTO ideas_businessidea (user_id, title, description) VALUES (%s, %s, %s) "
        "RETURNING status, created_at, updated_at, deleted_at",
        [user.pk, "Raw idea", "x" * 60],
    )
    assert status == "draft" and created is not None and updated is not None
    assert deleted is None


def test_idea_status_valid():
    idea = BusinessIdeaFactory()
    rejects(
        "ideas_businessidea_status_valid",
        "UPDATE ideas_businessidea SET status = 'archived' WHERE id = %s",
        [idea.pk],
    )


@pytest.mark.parametrize("title", ["", "   ", "\t\n"])
def test_idea_title_not_blank(title):
    idea = BusinessIdeaFactory()
    rejects(
        "ideas_businessidea_title_not_blank",
        "UPDATE ideas_businessidea SET title = %s WHERE id = %s",
        [title, idea.pk],
    )


@pytest.mark.parametrize("length,ok", [(49, False), (50, True), (5000, True), (5001, False)])
def test_idea_description_length_bounds(length, ok):
    idea = BusinessIdeaFactory()
    sql = "UPDATE ideas_businessidea SET description = %s WHERE id = %s"
    if ok:
        run(sql, ["d" * length, idea.pk])
        idea.refresh_from_db()
        assert len(idea.description) == length
    else:
        rejects("ideas_businessidea_description_length", sql, ["d" * length, idea.pk])


def test_idea_description_of_whitespace_is_too_short():
    idea = BusinessIdeaFactory()
    rejects(
        "ideas_businessidea_description_length",
        "UPDATE ideas_businessidea SET description = %s WHERE id = %s",
        ["  \n" + "d" * 49 + "\t  " * 10, idea.pk],
    )


def test_deleting_a_user_cascades_in_the_database():
    """DB_CASCADE: a DELETE issued by another service removes ideas, evaluations, results."""
    result = AgentResultFactory()
    user_id = result.evaluation.business_idea.user_id
    run("DELETE FROM accounts_user WHERE id = %s", [user_id])
    assert run("SELECT count(*) FROM ideas_agentresult WHERE id = %s", [result.pk]) == [(0,)]
    assert run("SELECT count(*) FROM ideas_evaluation WHERE id = %s", [result.evaluation_id]) == [
        (0,)
    ]


# --- evaluations ------------------------------------------------------------------------


def test_evaluation_status_valid():
    ev = EvaluationFactory(analyzing=True)  # started, not finished: only the status is wrong
    rejects(
        "ideas_evaluation_status_valid",
        "UPDATE ideas_evaluation SET status = 'queued' WHERE id = %s",
        [ev.pk],
    )


def test_evaluation_priority_valid():
    ev = EvaluationFactory()
    rejects(
        "ideas_evaluation_priority_valid",
        "UPDATE ideas_evaluation SET priority = 'urgent' WHERE id = %s",
        [ev.pk],
    )


def test_evaluation_pending_not_started():
    ev = EvaluationFactory()
    rejects(
        "ideas_evaluation_pending_not_started",
        "UPDATE ideas_evaluation SET started_at = now() WHERE id = %s",
        [ev.pk],
    )


def test_evaluation_analyzing_needs_started_at():
    ev = EvaluationFactory()
    rejects(
        "ideas_evaluation_started_at_set",
        "UPDATE ideas_evaluation SET status = 'analyzing' WHERE id = %s",
        [ev.pk],
    )


def test_evaluation_completed_needs_completed_at():
    ev = EvaluationFactory(completed=True)
    rejects(
        "ideas_evaluation_completed_at_iff_done",
        "UPDATE ideas_evaluation SET completed_at = NULL WHERE id = %s",
        [ev.pk],
    )


def test_evaluation_failed_needs_completed_at():
    ev = EvaluationFactory(failed=True)
    rejects(
        "ideas_evaluation_completed_at_iff_done",
        "UPDATE ideas_evaluation SET completed_at = NULL WHERE id = %s",
        [ev.pk],
    )


def test_evaluation_analyzing_has_no_completed_at():
    ev = EvaluationFactory(analyzing=True)
    rejects(
        "ideas_evaluation_completed_at_iff_done",
        "UPDATE ideas_evaluation SET completed_at = started_at WHERE id = %s",
        [ev.pk],
    )


def test_evaluation_completed_not_before_started():
    ev = EvaluationFactory(completed=True)
    rejects(
        "ideas_evaluation_completed_after_started",
        "UPDATE ideas_evaluation SET completed_at = started_at - interval '1 second' WHERE id = %s",
        [ev.pk],
    )
    run("UPDATE ideas_evaluation SET completed_at = started_at WHERE id = %s", [ev.pk])  # equal: ok


@pytest.mark.parametrize("message", ["", "  \n"])
def test_evaluation_failed_has_error(message):
    ev = EvaluationFactory(failed=True)
    rejects(
        "ideas_evaluation_failed_has_error",
        "UPDATE ideas_evaluation SET error_message = %s WHERE id = %s",
        [message, ev.pk],
    )


def test_evaluation_completed_has_results():
    ev = EvaluationFactory(completed=True)
    rejects(
        "ideas_evaluation_completed_has_results",
        "UPDATE ideas_evaluation SET results = NULL WHERE id = %s",
        [ev.pk],
    )


@pytest.mark.parametrize("value", ["[1, 2]", '"text"', "42", "null"])
def test_evaluation_results_object(value):
    ev = EvaluationFactory(completed=True)
    rejects(
        "ideas_evaluation_results_object",
        "UPDATE ideas_evaluation SET results = %s::jsonb WHERE id = %s",
        [value, ev.pk],
    )


def test_evaluation_one_open_per_idea():
    ev = EvaluationFactory()
    rejects(
        "ideas_evaluation_one_open_per_idea",
        "INSERT INTO ideas_evaluation (business_idea_id) VALUES (%s)",
        [ev.business_idea_id],
    )
    # a finished evaluation does not block a new one
    run(
        "UPDATE ideas_evaluation SET status = 'failed', started_at = now(), completed_at = now(), "
        "error_message = 'boom' WHERE id = %s",
        [ev.pk],
    )
    run("INSERT INTO ideas_evaluation (business_idea_id) VALUES (%s)", [ev.business_idea_id])


def test_evaluation_raw_insert_defaults():
    idea = BusinessIdeaFactory(submitted=True)
    [(status, priority, error, results)] = run(
        "INSERT INTO ideas_evaluation (business_idea_id) VALUES (%s) "
        "RETURNING status, priority, error_message, results",
        [idea.pk],
    )
    assert (status, priority, error, results) == ("pending", "normal", None, None)


# --- agent results ---------------------------------------------------------------------


@pytest.mark.parametrize("agent_type", ["", " ", "Market-Research", "market research", "-x"])
def test_agent_result_agent_type_format(agent_type):
    result = AgentResultFactory()
    rejects(
        "ideas_agentresult_agent_type_format",
        "UPDATE ideas_agentresult SET agent_type = %s WHERE id = %s",
        [agent_type, result.pk],
    )


def test_agent_result_status_valid():
    result = AgentResultFactory(running=True)
    rejects(
        "ideas_agentresult_status_valid",
        "UPDATE ideas_agentresult SET status = 'done' WHERE id = %s",
        [result.pk],
    )


def test_agent_result_one_per_agent():
    result = AgentResultFactory()
    rejects(
        "ideas_agentresult_one_per_agent",
        "INSERT INTO ideas_agentresult (evaluation_id, agent_type) VALUES (%s, %s)",
        [result.evaluation_id, result.agent_type],
    )


@pytest.mark.parametrize("score,ok", [(-0.01, False), (0, True), (100, True), (100.01, False)])
def test_agent_result_score_range(score, ok):
    result = AgentResultFactory()
    sql = "UPDATE ideas_agentresult SET score = %s WHERE id = %s"
    if ok:
        run(sql, [score, result.pk])
    else:
        rejects("ideas_agentresult_score_range", sql, [score, result.pk])


def test_agent_result_score_nan_rejected():
    result = AgentResultFactory()
    rejects(
        "ideas_agentresult_score_range",
        "UPDATE ideas_agentresult SET score = 'NaN'::float8 WHERE id = %s",
        [result.pk],
    )


def test_agent_result_pending_not_started():
    ev = EvaluationFactory(analyzing=True)
    rejects(
        "ideas_agentresult_pending_not_started",
        "INSERT INTO ideas_agentresult (evaluation_id, agent_type, started_at) "
        "VALUES (%s, 'market-research', now())",
        [ev.pk],
    )


def test_agent_result_running_needs_started_at():
    ev = EvaluationFactory(analyzing=True)
    rejects(
        "ideas_agentresult_started_at_set",
        "INSERT INTO ideas_agentresult (evaluation_id, agent_type, status) "
        "VALUES (%s, 'market-research', 'running')",
        [ev.pk],
    )


def test_agent_result_completed_needs_completed_at():
    result = AgentResultFactory()
    rejects(
        "ideas_agentresult_completed_at_iff_done",
        "UPDATE ideas_agentresult SET completed_at = NULL WHERE id = %s",
        [result.pk],
    )


def test_agent_result_running_has_no_completed_at():
    result = AgentResultFactory(running=True)
    rejects(
        "ideas_agentresult_completed_at_iff_done",
        "UPDATE ideas_agentresult SET completed_at = now() WHERE id = %s",
        [result.pk],
    )


def test_agent_result_completed_not_before_started():
    result = AgentResultFactory()
    rejects(
        "ideas_agentresult_completed_after_started",
        "UPDATE ideas_agentresult SET completed_at = started_at - interval '1 ms' WHERE id = %s",
        [result.pk],
    )


def test_agent_result_failed_has_error():
    result = AgentResultFactory(running=True)
    rejects(
        "ideas_agentresult_failed_has_error",
        "UPDATE ideas_agentresult SET status = 'failed', completed_at = now() WHERE id = %s",
        [result.pk],
    )


def test_agent_result_completed_has_output():
    result = AgentResultFactory()
    rejects(
        "ideas_agentresult_completed_has_output",
        "UPDATE ideas_agentresult SET output_data = NULL WHERE id = %s",
        [result.pk],
    )


@pytest.mark.parametrize(
    "column,constraint",
    [
        ("input_data", "ideas_agentresult_input_object"),
        ("output_data", "ideas_agentresult_output_object"),
        ("insights", "ideas_agentresult_insights_object"),
    ],
)
@pytest.mark.parametrize("value", ["[]", '"text"', "null"])
def test_agent_result_json_columns_hold_objects(column, constraint, value):
    result = AgentResultFactory()
    rejects(
        constraint,
        f"UPDATE ideas_agentresult SET {column} = %s::jsonb WHERE id = %s",
        [value, result.pk],
    )


def test_agent_result_raw_insert_defaults():
    ev = EvaluationFactory(analyzing=True)
    [(status, input_data, error)] = run(
        "INSERT INTO ideas_agentresult (evaluation_id, agent_type) VALUES (%s, 'risk-assessment') "
        "RETURNING status, input_data, error_message",
        [ev.pk],
    )
    assert (status, input_data, error) == ("pending", None, None)  # seed 001: nullable


# --- a draft idea has no evaluations (triggers: the rule spans two tables) ----------


def test_evaluation_of_a_draft_idea_is_rejected():
    idea = BusinessIdeaFactory(status="draft")
    rejects(
        "ideas_evaluation_idea_not_draft",
        "INSERT INTO ideas_evaluation (business_idea_id) VALUES (%s)",
        [idea.pk],
    )


def test_moving_an_evaluation_to_a_draft_idea_is_rejected():
    evaluation = EvaluationFactory()
    draft = BusinessIdeaFactory(status="draft")
    rejects(
        "ideas_evaluation_idea_not_draft",
        "UPDATE ideas_evaluation SET business_idea_id = %s WHERE id = %s",
        [draft.pk, evaluation.pk],
    )


def test_idea_with_evaluations_cannot_go_back_to_draft():
    evaluation = EvaluationFactory()
    rejects(
        "ideas_businessidea_draft_has_no_evaluations",
        "UPDATE ideas_businessidea SET status = 'draft' WHERE id = %s",
        [evaluation.business_idea_id],
    )


def test_submitted_idea_accepts_an_evaluation():
    idea = BusinessIdeaFactory(status="submitted")
    run("INSERT INTO ideas_evaluation (business_idea_id) VALUES (%s)", [idea.pk])
    assert run("SELECT count(*) FROM ideas_evaluation WHERE business_idea_id = %s", [idea.pk]) == [
        (1,)
    ]
