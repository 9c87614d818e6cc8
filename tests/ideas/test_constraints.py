"""Raw-SQL proofs of every database rule of the ideas app: PostgreSQL itself refuses
the bad row, whoever writes it (one case per rule; boundaries are accepted)."""

import pytest

from tests.accounts.factories import UserFactory
from tests.ideas.factories import AgentResultFactory, BusinessIdeaFactory, EvaluationFactory
from tests.utils import assert_sql_rejected, run_sql

pytestmark = pytest.mark.django_db

IDEA_ID = "business_idea_id"  # ideas_evaluation's column for its idea (also the model's attname)

# A valid row in each state the cases start from.
ROWS = {
    "idea": BusinessIdeaFactory,
    "pending evaluation": EvaluationFactory,
    "analyzing evaluation": lambda: EvaluationFactory(analyzing=True),
    "completed evaluation": lambda: EvaluationFactory(completed=True),
    "failed evaluation": lambda: EvaluationFactory(failed=True),
    "completed result": AgentResultFactory,
    "running result": lambda: AgentResultFactory(running=True),
}

# (row, SET clause, constraint): one bad value per rule.
UPDATE_CASES = [
    ("idea", "status = 'archived'", "ideas_businessidea_status_valid"),
    ("idea", "title = ''", "ideas_businessidea_title_not_blank"),
    ("idea", "title = '   '", "ideas_businessidea_title_not_blank"),
    ("idea", "title = E'\\t\\n'", "ideas_businessidea_title_not_blank"),
    (  # whitespace does not count towards the 50 characters
        "idea",
        "description = E'  \\n' || repeat('d', 49) || repeat(E'\\t  ', 10)",
        "ideas_businessidea_description_length",
    ),
    # started, not finished: only the status is wrong
    ("analyzing evaluation", "status = 'queued'", "ideas_evaluation_status_valid"),
    ("pending evaluation", "priority = 'urgent'", "ideas_evaluation_priority_valid"),
    ("pending evaluation", "started_at = now()", "ideas_evaluation_pending_not_started"),
    ("pending evaluation", "status = 'analyzing'", "ideas_evaluation_started_at_set"),
    ("completed evaluation", "completed_at = NULL", "ideas_evaluation_completed_at_iff_done"),
    ("failed evaluation", "completed_at = NULL", "ideas_evaluation_completed_at_iff_done"),
    (
        "analyzing evaluation",
        "completed_at = started_at",
        "ideas_evaluation_completed_at_iff_done",
    ),
    (
        "completed evaluation",
        "completed_at = started_at - interval '1 second'",
        "ideas_evaluation_completed_after_started",
    ),
    ("failed evaluation", "error_message = ''", "ideas_evaluation_failed_has_error"),
    ("failed evaluation", "error_message = NULL", "ideas_evaluation_failed_has_error"),
    ("failed evaluation", "error_message = E'  \\n'", "ideas_evaluation_failed_has_error"),
    ("completed evaluation", "results = NULL", "ideas_evaluation_completed_has_results"),
    ("completed evaluation", "results = '[1, 2]'", "ideas_evaluation_results_object"),
    ("completed evaluation", "results = '\"text\"'", "ideas_evaluation_results_object"),
    ("completed evaluation", "results = '42'", "ideas_evaluation_results_object"),
    ("completed evaluation", "results = 'null'", "ideas_evaluation_results_object"),
    ("completed result", "agent_type = 'Astrology Bot!'", "ideas_agentresult_agent_type_format"),
    ("running result", "status = 'done'", "ideas_agentresult_status_valid"),
    ("completed result", "score = 'NaN'::float8", "ideas_agentresult_score_range"),
    ("completed result", "completed_at = NULL", "ideas_agentresult_completed_at_iff_done"),
    ("running result", "completed_at = now()", "ideas_agentresult_completed_at_iff_done"),
    (
        "completed result",
        "completed_at = started_at - interval '1 ms'",
        "ideas_agentresult_completed_after_started",
    ),
    (
        "running result",
        "status = 'failed', completed_at = now()",
        "ideas_agentresult_failed_has_error",
    ),
    ("completed result", "output_data = NULL", "ideas_agentresult_completed_has_output"),
    ("completed result", "input_data = '[]'", "ideas_agentresult_input_object"),
    ("completed result", "input_data = '\"text\"'", "ideas_agentresult_input_object"),
    ("completed result", "input_data = 'null'", "ideas_agentresult_input_object"),
    ("completed result", "output_data = '[]'", "ideas_agentresult_output_object"),
    ("completed result", "output_data = '\"text\"'", "ideas_agentresult_output_object"),
    ("completed result", "output_data = 'null'", "ideas_agentresult_output_object"),
    ("completed result", "insights = '[]'", "ideas_agentresult_insights_object"),
    ("completed result", "insights = '\"text\"'", "ideas_agentresult_insights_object"),
    ("completed result", "insights = 'null'", "ideas_agentresult_insights_object"),
]


@pytest.mark.parametrize(
    ("row", "assignment", "constraint"),
    UPDATE_CASES,
    ids=[f"{c[2]}-{i}" for i, c in enumerate(UPDATE_CASES)],
)
def test_database_rejects(row, assignment, constraint):
    obj = ROWS[row]()
    table = obj._meta.db_table
    assert_sql_rejected(constraint, f"UPDATE {table} SET {assignment} WHERE id = %s", [obj.pk])


@pytest.mark.parametrize("length,ok", [(49, False), (50, True), (5000, True), (5001, False)])
def test_idea_description_length_bounds(length, ok):
    idea = BusinessIdeaFactory()
    sql = "UPDATE ideas_businessidea SET description = %s WHERE id = %s"
    if ok:
        run_sql(sql, ["d" * length, idea.pk])
        idea.refresh_from_db()
        assert len(idea.description) == length
    else:
        assert_sql_rejected("ideas_businessidea_description_length", sql, ["d" * length, idea.pk])


@pytest.mark.parametrize("score,ok", [(-0.01, False), (0, True), (100, True), (100.01, False)])
def test_agent_result_score_range(score, ok):
    result = AgentResultFactory()
    sql = "UPDATE ideas_agentresult SET score = %s WHERE id = %s"
    if ok:
        run_sql(sql, [score, result.pk])
    else:
        assert_sql_rejected("ideas_agentresult_score_range", sql, [score, result.pk])


def test_evaluation_completed_at_may_equal_started_at():
    ev = EvaluationFactory(completed=True)
    run_sql("UPDATE ideas_evaluation SET completed_at = started_at WHERE id = %s", [ev.pk])


# --- raw inserts: database defaults, and rules on new rows ---------------------------


def test_raw_insert_gets_database_defaults():
    user = UserFactory()
    [(status, created, updated, deleted)] = run_sql(
        "INSERT INTO ideas_businessidea (user_id, title, description) VALUES (%s, %s, %s) "
        "RETURNING status, created_at, updated_at, deleted_at",
        [user.pk, "Raw idea", "x" * 60],
    )
    assert status == "draft" and created is not None and updated is not None
    assert deleted is None


def test_evaluation_raw_insert_defaults():
    idea = BusinessIdeaFactory(submitted=True)
    [(status, priority, error, results)] = run_sql(
        f"INSERT INTO ideas_evaluation ({IDEA_ID}) VALUES (%s) "
        "RETURNING status, priority, error_message, results",
        [idea.pk],
    )
    assert (status, priority, error, results) == ("pending", "normal", None, None)


def test_agent_result_raw_insert_defaults():
    ev = EvaluationFactory(analyzing=True)
    [(status, input_data, error)] = run_sql(
        "INSERT INTO ideas_agentresult (evaluation_id, agent_type) VALUES (%s, 'risk-assessment') "
        "RETURNING status, input_data, error_message",
        [ev.pk],
    )
    assert (status, input_data, error) == ("pending", None, None)


def test_evaluation_one_open_per_idea():
    ev = EvaluationFactory()
    idea_id = getattr(ev, IDEA_ID)
    insert = f"INSERT INTO ideas_evaluation ({IDEA_ID}) VALUES (%s)"
    assert_sql_rejected("ideas_evaluation_one_open_per_idea", insert, [idea_id])
    # a finished evaluation does not block a new one
    run_sql(
        "UPDATE ideas_evaluation SET status = 'failed', started_at = now(), completed_at = now(), "
        "error_message = 'boom' WHERE id = %s",
        [ev.pk],
    )
    run_sql(insert, [idea_id])


AGENT_RESULT_INSERT = (
    "INSERT INTO ideas_agentresult (evaluation_id, agent_type, {column}) "
    "VALUES (%s, 'market-research', {value})"
)


@pytest.mark.parametrize(
    ("column", "value", "constraint"),
    [
        ("started_at", "now()", "ideas_agentresult_pending_not_started"),
        ("status", "'running'", "ideas_agentresult_started_at_set"),
    ],
)
def test_agent_result_raw_insert_rules(column, value, constraint):
    ev = EvaluationFactory(analyzing=True)
    assert_sql_rejected(constraint, AGENT_RESULT_INSERT.format(column=column, value=value), [ev.pk])


def test_agent_result_one_per_agent():
    result = AgentResultFactory()
    assert_sql_rejected(
        "ideas_agentresult_one_per_agent",
        "INSERT INTO ideas_agentresult (evaluation_id, agent_type) VALUES (%s, %s)",
        [result.evaluation_id, result.agent_type],
    )


def test_deleting_a_user_cascades_in_the_database():
    """DB_CASCADE: a DELETE issued by another service removes ideas, evaluations, results."""
    result = AgentResultFactory()
    [(user_id,)] = run_sql(
        "SELECT user_id FROM ideas_businessidea WHERE id = %s",
        [getattr(result.evaluation, IDEA_ID)],
    )
    run_sql("DELETE FROM accounts_user WHERE id = %s", [user_id])
    assert run_sql("SELECT count(*) FROM ideas_agentresult WHERE id = %s", [result.pk]) == [(0,)]
    assert run_sql(
        "SELECT count(*) FROM ideas_evaluation WHERE id = %s", [result.evaluation_id]
    ) == [(0,)]


# --- a draft idea has no evaluations (triggers: the rule spans two tables) ----------


def test_evaluation_of_a_draft_idea_is_rejected():
    idea = BusinessIdeaFactory(status="draft")
    assert_sql_rejected(
        "ideas_evaluation_idea_not_draft",
        f"INSERT INTO ideas_evaluation ({IDEA_ID}) VALUES (%s)",
        [idea.pk],
    )


def test_moving_an_evaluation_to_a_draft_idea_is_rejected():
    evaluation = EvaluationFactory()
    draft = BusinessIdeaFactory(status="draft")
    assert_sql_rejected(
        "ideas_evaluation_idea_not_draft",
        f"UPDATE ideas_evaluation SET {IDEA_ID} = %s WHERE id = %s",
        [draft.pk, evaluation.pk],
    )


def test_idea_with_evaluations_cannot_go_back_to_draft():
    evaluation = EvaluationFactory()
    assert_sql_rejected(
        "ideas_businessidea_draft_has_no_evaluations",
        "UPDATE ideas_businessidea SET status = 'draft' WHERE id = %s",
        [getattr(evaluation, IDEA_ID)],
    )


def test_submitted_idea_accepts_an_evaluation():
    idea = BusinessIdeaFactory(status="submitted")
    run_sql(f"INSERT INTO ideas_evaluation ({IDEA_ID}) VALUES (%s)", [idea.pk])
    assert run_sql(f"SELECT count(*) FROM ideas_evaluation WHERE {IDEA_ID} = %s", [idea.pk]) == [
        (1,)
    ]
