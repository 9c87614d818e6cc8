"""Raw-SQL proofs of every database rule of the research app (one test per rule)."""

import json
import uuid

import pytest
from django.db import IntegrityError, connection, transaction

from tests.research.factories import (
    AnalysisResultFactory,
    DefinitionFactory,
    RunComparisonFactory,
    RunFactory,
    TranscriptFactory,
)
from tests.utils import assert_sql_rejected

pytestmark = pytest.mark.django_db

HASH = "a" * 64


def execute(sql, params=()):
    with connection.cursor() as cur:
        cur.execute(sql, params)


def insert_definition(*, id=None, parent_id=None, name="d", content="{}"):
    id = id or uuid.uuid4()
    execute(
        "INSERT INTO research_definition (id, parent_id, name, content) VALUES (%s, %s, %s, %s::jsonb)",
        [id, parent_id, name, content],
    )
    return id


def immediate():
    """Django's foreign keys are DEFERRABLE INITIALLY DEFERRED: check them now."""
    execute("SET CONSTRAINTS ALL IMMEDIATE")


fails = assert_sql_rejected


# --- definition -------------------------------------------------------------


def test_definition_cannot_be_its_own_parent():
    d = DefinitionFactory()
    fails(
        "research_definition_not_own_parent",
        "UPDATE research_definition SET parent_id = id WHERE id = %s",
        [d.pk],
    )


def test_definition_self_parent_refused_on_insert():
    new_id = uuid.uuid4()
    with (
        pytest.raises(IntegrityError, match="research_definition_not_own_parent"),
        transaction.atomic(),
    ):
        insert_definition(id=new_id, parent_id=new_id)


def test_raw_sql_cycle_update_is_refused_by_trigger():
    a = DefinitionFactory()
    b = DefinitionFactory(parent=a)
    c = DefinitionFactory(parent=b)
    fails(
        "research_definition_no_cycle",
        "UPDATE research_definition SET parent_id = %s WHERE id = %s",
        [c.pk, a.pk],
    )


def test_raw_sql_two_node_cycle_is_refused():
    a = DefinitionFactory()
    b = DefinitionFactory(parent=a)
    fails(
        "research_definition_no_cycle",
        "UPDATE research_definition SET parent_id = %s WHERE id = %s",
        [b.pk, a.pk],
    )


def test_raw_sql_cycle_through_inserts_in_one_transaction_is_refused():
    """Foreign keys are deferred, so a child can name a parent not yet inserted."""
    x, c = uuid.uuid4(), uuid.uuid4()
    with pytest.raises(IntegrityError, match="research_definition_no_cycle"), transaction.atomic():
        insert_definition(id=c, parent_id=x)
        insert_definition(id=x, parent_id=c)


def test_raw_sql_cycle_by_changing_id_is_refused():
    a = DefinitionFactory()
    b = DefinitionFactory(parent=a)
    orphan_parent = uuid.uuid4()
    # Re-keying is refused anyway by the foreign key at commit; the trigger stops it first
    # when the new id would close a loop: b.parent = a, a.parent := new id of b.
    with pytest.raises(IntegrityError, match="research_definition_no_cycle"), transaction.atomic():
        execute(
            "UPDATE research_definition SET parent_id = %s WHERE id = %s", [orphan_parent, a.pk]
        )
        execute("UPDATE research_definition SET id = %s WHERE id = %s", [orphan_parent, b.pk])


def test_raw_sql_reparent_without_cycle_is_allowed():
    a = DefinitionFactory()
    b = DefinitionFactory(parent=a)
    c = DefinitionFactory()
    execute("UPDATE research_definition SET parent_id = %s WHERE id = %s", [c.pk, b.pk])
    b.refresh_from_db()
    assert b.parent_id == c.pk


def test_definition_name_not_blank():
    fails(
        "research_definition_name_not_blank",
        "INSERT INTO research_definition (name, content) VALUES ('', '{}')",
    )


def test_definition_content_required():
    with pytest.raises(IntegrityError, match="content"), transaction.atomic():
        execute("INSERT INTO research_definition (name, content) VALUES ('x', NULL)")


def test_definition_content_object():
    fails(
        "research_definition_content_object",
        "INSERT INTO research_definition (name, content) VALUES ('x', '[1, 2]')",
    )


@pytest.mark.parametrize("version", ['"1"', "-1", "1.5", "true", "null"])
def test_definition_schema_version(version):
    fails(
        "research_definition_schema_version",
        "INSERT INTO research_definition (name, content) VALUES ('x', %s::jsonb)",
        [f'{{"schema_version": {version}}}'],
    )


def test_definition_parent_foreign_key():
    with pytest.raises(IntegrityError, match="research_definition_parent_id"), transaction.atomic():
        immediate()
        insert_definition(parent_id=uuid.uuid4())


def test_definition_with_forks_cannot_be_deleted():
    a = DefinitionFactory()
    DefinitionFactory(parent=a)
    with pytest.raises(IntegrityError, match="research_definition_parent_id"), transaction.atomic():
        immediate()
        execute("DELETE FROM research_definition WHERE id = %s", [a.pk])


def test_definition_with_runs_cannot_be_deleted():
    run = RunFactory()
    with pytest.raises(IntegrityError, match="research_run_definition_id"), transaction.atomic():
        immediate()
        execute("DELETE FROM research_definition WHERE id = %s", [run.definition_id])


# --- experiment ---------------------------------------------------------------


def test_experiment_name_not_blank():
    fails(
        "research_experiment_name_not_blank",
        "INSERT INTO research_experiment (name, hypothesis) VALUES ('', 'h')",
    )


def test_experiment_hypothesis_not_blank():
    fails(
        "research_experiment_hypothesis_not_blank",
        "INSERT INTO research_experiment (name, hypothesis) VALUES ('n', '')",
    )


def test_experiment_plan_object():
    fails(
        "research_experiment_plan_object",
        "INSERT INTO research_experiment (name, hypothesis, analysis_plan) VALUES ('n', 'h', '\"x\"')",
    )


def test_experiment_plan_db_default_is_empty_object():
    execute("INSERT INTO research_experiment (name, hypothesis) VALUES ('n', 'h')")
    with connection.cursor() as cur:
        cur.execute("SELECT analysis_plan FROM research_experiment WHERE name = 'n'")
        assert cur.fetchone()[0] in ({}, "{}")


# --- run ----------------------------------------------------------------------


def test_run_requires_definition():
    with pytest.raises(IntegrityError, match="definition_id"), transaction.atomic():
        execute("INSERT INTO research_run (definition_id) VALUES (NULL)")


def test_run_definition_foreign_key():
    with pytest.raises(IntegrityError, match="research_run_definition_id"), transaction.atomic():
        immediate()
        execute("INSERT INTO research_run (definition_id) VALUES (%s)", [uuid.uuid4()])


def test_run_status_valid():
    run = RunFactory()
    fails(
        "research_run_status_valid",
        "UPDATE research_run SET status = 'bogus' WHERE id = %s",
        [run.pk],
    )


def test_run_progress_object():
    run = RunFactory()
    fails(
        "research_run_progress_object",
        "UPDATE research_run SET progress = '[]' WHERE id = %s",
        [run.pk],
    )


def test_run_completed_after_start():
    run = RunFactory()
    fails(
        "research_run_completed_after_start",
        "UPDATE research_run SET started_at = now(), completed_at = now() - interval '1 hour' WHERE id = %s",
        [run.pk],
    )


def test_run_defaults_from_database():
    d = DefinitionFactory()
    execute("INSERT INTO research_run (definition_id) VALUES (%s)", [d.pk])
    with connection.cursor() as cur:
        cur.execute("SELECT status, progress FROM research_run WHERE definition_id = %s", [d.pk])
        status, progress = cur.fetchone()
    assert status == "pending"
    assert progress in ({}, "{}")


# --- scenario -------------------------------------------------------------------


def test_scenario_content_object():
    d = DefinitionFactory()
    fails(
        "research_scenario_content_object",
        "INSERT INTO research_scenario (definition_id, content) VALUES (%s, '1')",
        [d.pk],
    )


# --- transcript -----------------------------------------------------------------


def test_transcript_model_not_blank():
    run = RunFactory()
    fails(
        "research_transcript_model_not_blank",
        "INSERT INTO research_transcript (run_id, target_model) VALUES (%s, '')",
        [run.pk],
    )


def test_transcript_content_object_or_null():
    run = RunFactory()
    fails(
        "research_transcript_content_object",
        "INSERT INTO research_transcript (run_id, target_model, content) VALUES (%s, 'm', 'null')",
        [run.pk],
    )


@pytest.mark.parametrize("column", ["turn_count", "token_count", "duration_ms"])
def test_transcript_metrics_not_negative(column):
    t = TranscriptFactory()
    fails(
        f"research_transcript_{column}_check",
        f"UPDATE research_transcript SET {column} = -1 WHERE id = %s",
        [t.pk],
    )


def test_transcript_run_foreign_key():
    with pytest.raises(IntegrityError, match="research_transcript_run_id"), transaction.atomic():
        immediate()
        execute(
            "INSERT INTO research_transcript (run_id, target_model) VALUES (%s, 'm')",
            [uuid.uuid4()],
        )


# --- run comparison ----------------------------------------------------------------


def test_runcomparison_distinct_runs():
    run = RunFactory()
    fails(
        "research_runcomparison_distinct_runs",
        "INSERT INTO research_runcomparison (baseline_run_id, comparison_run_id) VALUES (%s, %s)",
        [run.pk, run.pk],
    )


def test_runcomparison_pair_unique():
    c = RunComparisonFactory()
    fails(
        "research_runcomparison_pair_unique",
        "INSERT INTO research_runcomparison (baseline_run_id, comparison_run_id) VALUES (%s, %s)",
        [c.baseline_run_id, c.comparison_run_id],
    )


def test_runcomparison_delta_object():
    c = RunComparisonFactory()
    fails(
        "research_runcomparison_delta_object",
        "UPDATE research_runcomparison SET delta_data = '[]' WHERE id = %s",
        [c.pk],
    )


def test_runcomparison_tests_object():
    c = RunComparisonFactory()
    fails(
        "research_runcomparison_tests_object",
        "UPDATE research_runcomparison SET statistical_tests = '3' WHERE id = %s",
        [c.pk],
    )


# --- analysis result -----------------------------------------------------------------


def insert_analysis(run_id, *, version=1, status="current", superseded_at=None, **overrides):
    values = {
        "analysis_type": "basic_stats",
        "input_hash": HASH,
        "code_version": "1.0.0",
        "output": json.dumps({"schema_version": 1}),
    } | overrides
    execute(
        "INSERT INTO research_analysisresult (run_id, analysis_type, input_hash, code_version,"
        " output, version, status, superseded_at) VALUES (%s, %s, %s, %s, %s::jsonb, %s, %s, %s)",
        [
            run_id,
            values["analysis_type"],
            values["input_hash"],
            values["code_version"],
            values["output"],
            version,
            status,
            superseded_at,
        ],
    )


def test_analysisresult_one_current():
    result = AnalysisResultFactory()
    with (
        pytest.raises(IntegrityError, match="research_analysisresult_one_current"),
        transaction.atomic(),
    ):
        insert_analysis(result.run_id, version=2)


def test_analysisresult_superseded_versions_may_coexist():
    result = AnalysisResultFactory()
    insert_analysis(
        result.run_id, version=2, status="superseded", superseded_at="2026-01-01T00:00:00Z"
    )
    insert_analysis(
        result.run_id, version=3, status="superseded", superseded_at="2026-01-01T00:00:00Z"
    )


def test_analysisresult_version_unique():
    result = AnalysisResultFactory()
    with (
        pytest.raises(IntegrityError, match="research_analysisresult_version_unique"),
        transaction.atomic(),
    ):
        insert_analysis(
            result.run_id, version=1, status="superseded", superseded_at="2026-01-01T00:00:00Z"
        )


def test_analysisresult_version_positive():
    run = RunFactory()
    with (
        pytest.raises(IntegrityError, match="research_analysisresult_version_positive"),
        transaction.atomic(),
    ):
        insert_analysis(run.pk, version=0)


def test_analysisresult_status_valid():
    result = AnalysisResultFactory()
    fails(
        "research_analysisresult_status_valid",
        "UPDATE research_analysisresult SET status = 'old' WHERE id = %s",
        [result.pk],
    )


def test_analysisresult_superseded_at():
    result = AnalysisResultFactory()
    fails(
        "research_analysisresult_superseded_at",
        "UPDATE research_analysisresult SET status = 'superseded' WHERE id = %s",
        [result.pk],
    )


def test_analysisresult_input_hash_format():
    run = RunFactory()
    with (
        pytest.raises(IntegrityError, match="research_analysisresult_input_hash_format"),
        transaction.atomic(),
    ):
        insert_analysis(run.pk, input_hash="not-a-hash")


def test_analysisresult_type_not_blank():
    run = RunFactory()
    with (
        pytest.raises(IntegrityError, match="research_analysisresult_type_not_blank"),
        transaction.atomic(),
    ):
        insert_analysis(run.pk, analysis_type="")


def test_analysisresult_code_not_blank():
    run = RunFactory()
    with (
        pytest.raises(IntegrityError, match="research_analysisresult_code_not_blank"),
        transaction.atomic(),
    ):
        insert_analysis(run.pk, code_version="")


def test_analysisresult_output_object():
    run = RunFactory()
    with (
        pytest.raises(IntegrityError, match="research_analysisresult_output_object"),
        transaction.atomic(),
    ):
        insert_analysis(run.pk, output="[]")


def test_analysisresult_schema_version():
    run = RunFactory()
    with (
        pytest.raises(IntegrityError, match="research_analysisresult_schema_version"),
        transaction.atomic(),
    ):
        insert_analysis(run.pk, output='{"schema_version": "two"}')


# --- rubric ---------------------------------------------------------------------------


def test_rubric_version_unique():
    execute("INSERT INTO research_rubric (version, content) VALUES (1, '{}')")
    fails(
        "research_rubric_version_unique",
        "INSERT INTO research_rubric (version, content) VALUES (1, '{}')",
    )


def test_rubric_version_positive():
    fails(
        "research_rubric_version_positive",
        "INSERT INTO research_rubric (version, content) VALUES (0, '{}')",
    )


def test_rubric_content_object():
    fails(
        "research_rubric_content_object",
        "INSERT INTO research_rubric (version, content) VALUES (1, '\"x\"')",
    )


# --- cascades (database level: a delete by any writer behaves the same) ------------------


def test_deleting_a_run_cascades_to_transcripts_analysis_and_comparisons():
    t = TranscriptFactory()
    AnalysisResultFactory(run=t.run)
    RunComparisonFactory(baseline_run=t.run)
    execute("DELETE FROM research_run WHERE id = %s", [t.run_id])
    with connection.cursor() as cur:
        cur.execute(
            "SELECT (SELECT count(*) FROM research_transcript), (SELECT count(*) FROM research_analysisresult),"
            " (SELECT count(*) FROM research_runcomparison)"
        )
        assert cur.fetchone() == (0, 0, 0)


def test_deleting_a_scenario_keeps_transcripts():
    from tests.research.factories import ScenarioFactory

    scenario = ScenarioFactory()
    t = TranscriptFactory(scenario=scenario, run__definition=scenario.definition)
    execute("DELETE FROM research_scenario WHERE id = %s", [scenario.pk])
    t.refresh_from_db()
    assert t.scenario_id is None


def test_deleting_an_experiment_keeps_runs():
    from tests.research.factories import ExperimentFactory

    experiment = ExperimentFactory()
    run = RunFactory(experiment=experiment)
    execute("DELETE FROM research_experiment WHERE id = %s", [experiment.pk])
    run.refresh_from_db()
    assert run.experiment_id is None


def test_every_foreign_key_is_indexed():
    """SC-005 / FR-007: each FK column leads some index."""
    with connection.cursor() as cur:
        cur.execute(
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
        assert cur.fetchall() == []
        cur.execute(
            "SELECT count(*) FROM pg_constraint WHERE contype = 'f'"
            " AND conrelid::regclass::text LIKE 'research\\_%%'"
        )
        assert cur.fetchone()[0] == 10
