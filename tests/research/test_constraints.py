"""Raw-SQL proofs of every database rule of the research app (one case per rule)."""

import json
import uuid

import pytest

from tests.research import factories as f
from tests.utils import assert_sql_rejected, insert_row, rejected, run_sql

pytestmark = pytest.mark.django_db

HASH = "a" * 64


def insert_definition(*, id=None, parent_id=None, name="d", content="{}"):
    id = id or uuid.uuid4()
    run_sql(
        "INSERT INTO research_definition (id, parent_id, name, content) VALUES (%s, %s, %s, %s::jsonb)",
        [id, parent_id, name, content],
    )
    return id


SUPERSEDED = {"status": "superseded", "superseded_at": "2026-01-01T00:00:00Z"}


def analysis_row(run_id, /, **overrides) -> dict:
    return {
        "run_id": run_id,
        "analysis_type": "basic_stats",
        "input_hash": HASH,
        "code_version": "1.0.0",
        "output": json.dumps({"schema_version": 1}),
        "version": 1,
        "status": "current",
        **overrides,
    }


# (constraint, parent row or None, INSERT whose %s is the parent's id): one bad row per rule.
INSERT_CASES = [
    (
        "research_definition_name_not_blank",
        None,
        "INSERT INTO research_definition (name, content) VALUES ('', '{}')",
    ),
    (
        "research_definition_content_object",
        None,
        "INSERT INTO research_definition (name, content) VALUES ('x', '[1, 2]')",
    ),
    *(
        (
            "research_definition_schema_version",
            None,
            "INSERT INTO research_definition (name, content) "
            f"VALUES ('x', '{{\"schema_version\": {version}}}')",
        )
        for version in ['"1"', "-1", "1.5", "true", "null"]
    ),
    (
        "research_experiment_name_not_blank",
        None,
        "INSERT INTO research_experiment (name, hypothesis) VALUES ('', 'h')",
    ),
    (
        "research_experiment_hypothesis_not_blank",
        None,
        "INSERT INTO research_experiment (name, hypothesis) VALUES ('n', '')",
    ),
    (
        "research_experiment_plan_object",
        None,
        "INSERT INTO research_experiment (name, hypothesis, analysis_plan) VALUES ('n', 'h', '\"x\"')",
    ),
    (
        "research_scenario_content_object",
        f.DefinitionFactory,
        "INSERT INTO research_scenario (definition_id, content) VALUES (%s, '1')",
    ),
    (
        "research_transcript_model_not_blank",
        f.RunFactory,
        "INSERT INTO research_transcript (run_id, target_model) VALUES (%s, '')",
    ),
    (
        "research_transcript_content_object",
        f.RunFactory,
        "INSERT INTO research_transcript (run_id, target_model, content) VALUES (%s, 'm', 'null')",
    ),
    (
        "research_runcomparison_distinct_runs",
        f.RunFactory,
        "INSERT INTO research_runcomparison (baseline_run_id, comparison_run_id) "
        "SELECT id, id FROM research_run WHERE id = %s",
    ),
    (
        "research_rubric_version_positive",
        None,
        "INSERT INTO research_rubric (version, content) VALUES (0, '{}')",
    ),
    (
        "research_rubric_version_check",  # PositiveIntegerField
        None,
        "INSERT INTO research_rubric (version, content) VALUES (-1, '{}')",
    ),
    (
        "research_rubric_content_object",
        None,
        "INSERT INTO research_rubric (version, content) VALUES (1, '\"x\"')",
    ),
]


@pytest.mark.parametrize(
    ("constraint", "parent", "sql"), INSERT_CASES, ids=[c[0] for c in INSERT_CASES]
)
def test_database_rejects_insert(constraint, parent, sql):
    assert_sql_rejected(constraint, sql, [parent().pk] if parent else [])


# (constraint, valid row, SET clause): one bad value per rule.
UPDATE_CASES = [
    ("research_definition_not_own_parent", f.DefinitionFactory, "parent_id = id"),
    ("research_run_status_valid", f.RunFactory, "status = 'bogus'"),
    ("research_run_progress_object", f.RunFactory, "progress = '[]'"),
    (
        "research_run_completed_after_start",
        f.RunFactory,
        "started_at = now(), completed_at = now() - interval '1 hour'",
    ),
    ("research_transcript_turn_count_check", f.TranscriptFactory, "turn_count = -1"),
    ("research_transcript_token_count_check", f.TranscriptFactory, "token_count = -1"),
    ("research_transcript_duration_ms_check", f.TranscriptFactory, "duration_ms = -1"),
    ("research_runcomparison_delta_object", f.RunComparisonFactory, "delta_data = '[]'"),
    ("research_runcomparison_tests_object", f.RunComparisonFactory, "statistical_tests = '3'"),
    ("research_analysisresult_status_valid", f.AnalysisResultFactory, "status = 'old'"),
    ("research_analysisresult_superseded_at", f.AnalysisResultFactory, "status = 'superseded'"),
]


@pytest.mark.parametrize(
    ("constraint", "factory", "assignment"), UPDATE_CASES, ids=[c[0] for c in UPDATE_CASES]
)
def test_database_rejects_update(constraint, factory, assignment):
    row = factory()
    table = row._meta.db_table
    assert_sql_rejected(constraint, f"UPDATE {table} SET {assignment} WHERE id = %s", [row.pk])


# --- definition tree: the cycle trigger and the foreign keys ------------------------


def test_definition_self_parent_refused_on_insert():
    new_id = uuid.uuid4()
    with rejected("research_definition_not_own_parent"):
        insert_definition(id=new_id, parent_id=new_id)


@pytest.mark.parametrize("descendant", [1, 2], ids=["two-node", "three-node"])
def test_definition_cycle_is_refused_by_trigger(chain, descendant):
    root = chain[0]
    assert_sql_rejected(
        "research_definition_no_cycle",
        "UPDATE research_definition SET parent_id = %s WHERE id = %s",
        [chain[descendant].pk, root.pk],
    )


def test_raw_sql_cycle_through_inserts_in_one_transaction_is_refused():
    """Foreign keys are deferred, so a child can name a parent not yet inserted."""
    x, c = uuid.uuid4(), uuid.uuid4()
    with rejected("research_definition_no_cycle"):
        insert_definition(id=c, parent_id=x)
        insert_definition(id=x, parent_id=c)


def test_raw_sql_cycle_by_changing_id_is_refused():
    a = f.DefinitionFactory()
    b = f.DefinitionFactory(parent=a)
    orphan_parent = uuid.uuid4()
    # Re-keying is refused anyway by the foreign key at commit; the trigger stops it first
    # when the new id would close a loop: b.parent = a, a.parent := new id of b.
    with rejected("research_definition_no_cycle"):
        run_sql(
            "UPDATE research_definition SET parent_id = %s WHERE id = %s", [orphan_parent, a.pk]
        )
        run_sql("UPDATE research_definition SET id = %s WHERE id = %s", [orphan_parent, b.pk])


def test_raw_sql_reparent_without_cycle_is_allowed():
    a = f.DefinitionFactory()
    b = f.DefinitionFactory(parent=a)
    c = f.DefinitionFactory()
    run_sql("UPDATE research_definition SET parent_id = %s WHERE id = %s", [c.pk, b.pk])
    b.refresh_from_db()
    assert b.parent_id == c.pk


def test_definition_content_required():
    with rejected(match="content"):
        run_sql("INSERT INTO research_definition (name, content) VALUES ('x', NULL)")


def test_run_requires_definition():
    with rejected(match="definition_id"):
        run_sql("INSERT INTO research_run (definition_id) VALUES (NULL)")


@pytest.mark.parametrize(
    ("fk", "sql"),
    [
        (
            "research_definition_parent_id",
            "INSERT INTO research_definition (parent_id, name, content) VALUES (%s, 'd', '{}')",
        ),
        ("research_run_definition_id", "INSERT INTO research_run (definition_id) VALUES (%s)"),
        (
            "research_transcript_run_id",
            "INSERT INTO research_transcript (run_id, target_model) VALUES (%s, 'm')",
        ),
    ],
)
def test_foreign_keys_refuse_unknown_rows(fk, sql):
    assert_sql_rejected(None, sql, [uuid.uuid4()], match=fk, immediate=True)


def test_definition_with_forks_cannot_be_deleted(chain):
    assert_sql_rejected(
        None,
        "DELETE FROM research_definition WHERE id = %s",
        [chain[0].pk],
        match="research_definition_parent_id",
        immediate=True,
    )


def test_definition_with_runs_cannot_be_deleted():
    run = f.RunFactory()
    assert_sql_rejected(
        None,
        "DELETE FROM research_definition WHERE id = %s",
        [run.definition_id],
        match="research_run_definition_id",
        immediate=True,
    )


# --- database defaults ----------------------------------------------------------------


def test_experiment_plan_db_default_is_empty_object():
    run_sql("INSERT INTO research_experiment (name, hypothesis) VALUES ('n', 'h')")
    [(plan,)] = run_sql("SELECT analysis_plan FROM research_experiment WHERE name = 'n'")
    assert plan in ({}, "{}")


def test_run_defaults_from_database():
    d = f.DefinitionFactory()
    run_sql("INSERT INTO research_run (definition_id) VALUES (%s)", [d.pk])
    [(status, progress)] = run_sql(
        "SELECT status, progress FROM research_run WHERE definition_id = %s", [d.pk]
    )
    assert status == "pending"
    assert progress in ({}, "{}")


# --- uniqueness and versioned analysis --------------------------------------------------


def test_runcomparison_pair_unique():
    c = f.RunComparisonFactory()
    assert_sql_rejected(
        "research_runcomparison_pair_unique",
        "INSERT INTO research_runcomparison (baseline_run_id, comparison_run_id) VALUES (%s, %s)",
        [c.baseline_run_id, c.comparison_run_id],
    )


def test_rubric_version_unique():
    run_sql("INSERT INTO research_rubric (version, content) VALUES (1, '{}')")
    assert_sql_rejected(
        "research_rubric_version_unique",
        "INSERT INTO research_rubric (version, content) VALUES (1, '{}')",
    )


# (constraint, what breaks it in a valid superseded version 2 of a run whose current
# version is 1)
ANALYSIS_CASES = [
    ("research_analysisresult_one_current", {"status": "current", "superseded_at": None}),
    ("research_analysisresult_version_unique", {"version": 1}),
    ("research_analysisresult_version_positive", {"version": 0}),
    ("research_analysisresult_version_check", {"version": -1}),  # PositiveIntegerField
    ("research_analysisresult_input_hash_format", {"input_hash": "not-a-hash"}),
    ("research_analysisresult_type_not_blank", {"analysis_type": ""}),
    ("research_analysisresult_code_not_blank", {"code_version": ""}),
    ("research_analysisresult_output_object", {"output": "[]"}),
    ("research_analysisresult_schema_version", {"output": '{"schema_version": "two"}'}),
]


@pytest.mark.parametrize(
    ("constraint", "overrides"), ANALYSIS_CASES, ids=[c[0] for c in ANALYSIS_CASES]
)
def test_database_rejects_analysis(constraint, overrides):
    result = f.AnalysisResultFactory()
    with rejected(constraint):
        insert_row(
            "research_analysisresult",
            **analysis_row(result.run_id, version=2, **SUPERSEDED) | overrides,
        )


def test_analysisresult_superseded_versions_may_coexist():
    result = f.AnalysisResultFactory()
    for version in (2, 3):
        insert_row(
            "research_analysisresult", **analysis_row(result.run_id, version=version, **SUPERSEDED)
        )


# --- cascades (database level: a delete by any writer behaves the same) ------------------


def test_deleting_a_run_cascades_to_transcripts_analysis_and_comparisons():
    t = f.TranscriptFactory()
    f.AnalysisResultFactory(run=t.run)
    f.RunComparisonFactory(baseline_run=t.run)
    run_sql("DELETE FROM research_run WHERE id = %s", [t.run_id])
    assert run_sql(
        "SELECT (SELECT count(*) FROM research_transcript), (SELECT count(*) FROM research_analysisresult),"
        " (SELECT count(*) FROM research_runcomparison)"
    ) == [(0, 0, 0)]


def test_deleting_a_scenario_keeps_transcripts():
    from tests.research.factories import ScenarioFactory

    scenario = ScenarioFactory()
    t = f.TranscriptFactory(scenario=scenario, run__definition=scenario.definition)
    run_sql("DELETE FROM research_scenario WHERE id = %s", [scenario.pk])
    t.refresh_from_db()
    assert t.scenario_id is None


def test_deleting_an_experiment_keeps_runs():
    from tests.research.factories import ExperimentFactory

    experiment = ExperimentFactory()
    run = f.RunFactory(experiment=experiment)
    run_sql("DELETE FROM research_experiment WHERE id = %s", [experiment.pk])
    run.refresh_from_db()
    assert run.experiment_id is None


def test_every_foreign_key_is_indexed():
    """SC-005 / FR-007: each FK column leads some index."""
    assert (
        run_sql(
            """
            SELECT c.conrelid::regclass::text, a.attname
            FROM pg_constraint c
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            WHERE c.contype = 'f' AND c.conrelid::regclass::text LIKE 'research\\_%%'
              AND NOT EXISTS (
                SELECT 1 FROM pg_index i
                WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1]
              )
            """
        )
        == []
    )
    assert run_sql(
        "SELECT count(*) FROM pg_constraint WHERE contype = 'f'"
        " AND conrelid::regclass::text LIKE 'research\\_%%'"
    ) == [(11,)]  # the 11th: research_definitionpath.id (its primary key) -> the definition
