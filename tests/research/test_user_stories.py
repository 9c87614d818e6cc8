"""Acceptance scenarios of seed 003's user stories 1-6, one test each, named after them."""

import time

import pytest
from django.contrib.auth.hashers import identify_hasher
from django.core.management import call_command
from django.db import connection

from accounts.models import ApiKey, User
from research import models, services
from research.choices import AnalysisStatus
from research.exceptions import UnknownSchemaVersionError
from tests.accounts.factories import UserFactory
from tests.research import factories as f
from tests.utils import assert_sql_rejected

pytestmark = pytest.mark.django_db

CORE_TABLES = {
    "research_definition": {"id", "parent_id", "name", "content"},
    "research_run": {"id", "definition_id", "status", "progress"},
    "research_transcript": {
        "id",
        "run_id",
        "scenario_id",
        "target_model",
        "content",
        "turn_count",
        "token_count",
        "duration_ms",
    },
    "research_scenario": {"id", "definition_id", "content"},
    "research_experiment": {"id", "hypothesis", "analysis_plan"},
    "research_runcomparison": {
        "id",
        "baseline_run_id",
        "comparison_run_id",
        "delta_data",
        "statistical_tests",
    },
    "research_analysisresult": {
        "id",
        "run_id",
        "analysis_type",
        "input_hash",
        "code_version",
        "output",
        "version",
    },
    "research_rubric": {"id", "version", "content"},
    "accounts_user": {"id", "email", "password"},
    "accounts_apikey": {"id", "user_id", "key_hash", "prefix"},
}


# --- User story 1: core data tables -------------------------------------------------


def test_us1_1_migrations_create_all_core_tables_with_columns_and_constraints():
    with connection.cursor() as cur:
        tables = set(connection.introspection.table_names(cur))
        for table, columns in CORE_TABLES.items():
            assert table in tables
            described = {c.name for c in connection.introspection.get_table_description(cur, table)}
            assert columns <= described, table
        constraints = connection.introspection.get_constraints(cur, "research_definition")
    assert "research_definition_not_own_parent" in constraints
    assert "research_definition_content_object" in constraints


def test_us1_2_user_is_stored_with_hashed_password(settings):
    import config.settings as project_settings

    settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS  # undo the tests' fast hasher
    user = User.objects.create_user("hash@research.example.com", "s3cret-pass-phrase")
    user.refresh_from_db()
    assert "s3cret-pass-phrase" not in user.password
    assert identify_hasher(user.password).algorithm == "argon2"
    assert user.check_password("s3cret-pass-phrase")


def test_us1_3_definition_content_jsonb_is_stored_and_retrievable():
    content = {"schema_version": 1, "template": "t", "nested": {"list": [1, 2.5, None, True]}}
    d = models.Definition.objects.create(name="d", content=content)
    assert models.Definition.objects.get(pk=d.pk).content == content
    assert models.Definition.objects.filter(content__nested__list__1=2.5).exists()


def test_us1_4_run_definition_foreign_key_is_enforced():
    run = f.RunFactory()
    assert run.definition.runs.get() == run
    assert_sql_rejected(
        None,
        "INSERT INTO research_run (definition_id) VALUES ('00000000-0000-4000-8000-0000000000ff')",
        match="research_run_definition_id",
        immediate=True,
    )


def test_us1_5_transcript_metrics_are_persisted():
    t = f.TranscriptFactory(turn_count=7, token_count=1234, duration_ms=9_876_543_210)
    t = models.Transcript.objects.get(pk=t.pk)
    assert (t.turn_count, t.token_count, t.duration_ms) == (7, 1234, 9_876_543_210)


# --- User story 2: definition versioning and ancestry ------------------------------------


def test_us2_1_forking_links_the_new_definition_to_its_parent(chain):
    root, _, _ = chain
    fork = services.definition_fork(parent=root, name="fork")
    assert fork.parent_id == root.pk
    assert fork.content == root.content


def test_us2_2_ancestry_by_recursive_cte_returns_full_chain_in_order(chain):
    root, child, grandchild = chain
    rows = list(models.Definition.objects.ancestors(grandchild.pk))
    assert [(r.pk, r.depth) for r in rows] == [(child.pk, 1), (root.pk, 2)]
    assert list(models.Definition.objects.ancestors(root.pk)) == []


def test_us2_3_descendants_returns_children_and_grandchildren(chain):
    root, child, grandchild = chain
    sibling = f.DefinitionFactory(parent=root)
    rows = list(models.Definition.objects.descendants(root.pk))
    assert [r.pk for r in rows[:2]] in ([child.pk, sibling.pk], [sibling.pk, child.pk])
    assert [(r.pk, r.depth) for r in rows[2:]] == [(grandchild.pk, 2)]


def test_us2_4_runs_across_the_tree_include_every_member(chain):
    root, child, grandchild = chain
    runs = {f.RunFactory(definition=d).pk for d in (root, child, grandchild)}
    f.RunFactory()  # another tree
    assert set(services.runs_in_tree(grandchild.pk).values_list("pk", flat=True)) == runs
    assert set(services.runs_in_tree(root.pk).values_list("pk", flat=True)) == runs


# --- User story 3: JSONB schema versioning ---------------------------------------------------


def test_us3_1_content_without_schema_version_is_migrated_on_read():
    d = f.DefinitionFactory(content={"prompt": "Should X?", "dimensions": ["action"]})
    read = models.Definition.objects.get(pk=d.pk).read_content()
    assert read.from_version == 0 and read.to_version == 1 and read.migrated
    assert read.content == {
        "schema_version": 1,
        "template": "Should X?",
        "dimensions": [{"name": "action", "levels": []}],
    }
    # read-time migration: the stored row is untouched
    assert models.Definition.objects.get(pk=d.pk).content == {
        "prompt": "Should X?",
        "dimensions": ["action"],
    }


def test_us3_2_content_at_current_version_is_not_migrated():
    content = {"schema_version": 1, "template": "t", "dimensions": []}
    read = f.DefinitionFactory(content=content).read_content()
    assert not read.migrated
    assert read.content == content


def test_us3_3_unknown_schema_version_raises_a_clear_error():
    d = f.DefinitionFactory(content={"schema_version": 99})
    with pytest.raises(UnknownSchemaVersionError, match="schema_version 99 is newer"):
        d.read_content()


def test_us3_4_analysis_output_schema_version_is_respected():
    legacy = f.AnalysisResultFactory(output={"mean": 0.4})
    current = f.AnalysisResultFactory(output={"schema_version": 1, "metrics": {"mean": 0.6}})
    future = f.AnalysisResultFactory(output={"schema_version": 2, "metrics": {}})
    assert legacy.read_output().content == {"schema_version": 1, "metrics": {"mean": 0.4}}
    assert not current.read_output().migrated
    with pytest.raises(UnknownSchemaVersionError):
        future.read_output()


# --- User story 4: authentication tables --------------------------------------------------------


def test_us4_1_new_user_gets_a_unique_id():
    a, b = UserFactory(), UserFactory()
    assert a.pk and b.pk and a.pk != b.pk


def test_us4_2_api_key_is_stored_as_a_hash_not_plaintext():
    user = UserFactory()
    api_key, key = ApiKey.issue(user=user, name="ci")
    stored = ApiKey.objects.values_list("key_hash", "prefix").get(pk=api_key.pk)
    assert key not in stored
    assert key.split(".", 1)[1] not in stored[0]
    assert ApiKey.objects.get(pk=api_key.pk).verify(key)


def test_us4_3_lookup_by_prefix_returns_the_key_record():
    user = UserFactory()
    api_key, key = ApiKey.issue(user=user, name="ci")
    ApiKey.issue(user=user, name="other")
    found = ApiKey.objects.get(prefix=key.split(".", 1)[0])
    assert found.pk == api_key.pk and found.verify(key)


def test_us4_4_deleting_a_user_cascades_to_their_api_keys():
    keep, gone = UserFactory(), UserFactory()
    ApiKey.issue(user=keep, name="k")
    ApiKey.issue(user=gone, name="g")
    with connection.cursor() as cur:  # by any writer: the cascade is in PostgreSQL
        cur.execute("DELETE FROM accounts_user WHERE id = %s", [gone.pk])
    assert list(ApiKey.objects.values_list("user_id", flat=True)) == [keep.pk]


# --- User story 5: analysis and experiment tables ------------------------------------------------


def test_us5_1_experiment_is_stored_with_hypothesis_and_analysis_plan():
    e = models.Experiment.objects.create(name="e", hypothesis="h", analysis_plan={"test": "t-test"})
    e = models.Experiment.objects.get(pk=e.pk)
    assert (e.hypothesis, e.analysis_plan) == ("h", {"test": "t-test"})


def test_us5_2_comparison_stores_delta_data_and_statistical_tests():
    a, b = f.RunFactory(), f.RunFactory()
    c = services.comparison_create(
        baseline_run=a,
        comparison_run=b,
        delta_data={"mean": 0.1},
        statistical_tests={"t": {"p": 0.01}},
    )
    c = models.RunComparison.objects.get(pk=c.pk)
    assert c.delta_data == {"mean": 0.1}
    assert c.statistical_tests == {"t": {"p": 0.01}}


def test_us5_3_analysis_records_input_hash_and_code_version():
    t = f.TranscriptFactory()
    result = services.analysis_record(
        run=t.run, analysis_type="basic_stats", output={"metrics": {}}, code_version="2.1.0"
    )
    result.refresh_from_db()
    assert result.code_version == "2.1.0"
    assert result.input_hash == services.compute_input_hash(t.run)
    assert len(result.input_hash) == 64


def test_us5_4_reanalysis_creates_a_new_version_and_supersedes_the_old():
    run = f.RunFactory()
    v1 = services.analysis_record(run=run, analysis_type="basic_stats", output={}, code_version="1")
    v2 = services.analysis_record(run=run, analysis_type="basic_stats", output={}, code_version="2")
    other = services.analysis_record(run=run, analysis_type="clusters", output={}, code_version="1")
    v1.refresh_from_db()
    assert (v1.version, v1.status) == (1, AnalysisStatus.SUPERSEDED)
    assert v1.superseded_at is not None
    assert (v2.version, v2.status) == (2, AnalysisStatus.CURRENT)
    assert other.version == 1 and other.is_current
    assert services.analysis_current(run=run, analysis_type="basic_stats") == v2


# --- User story 6: seed data ---------------------------------------------------------------------


def test_us6_1_seed_creates_sample_users():
    call_command("seed_research", verbosity=0)
    assert User.objects.filter(email__endswith="@research.example.com").count() == 2


def test_us6_2_seed_creates_a_definition_tree():
    call_command("seed_research", verbosity=0)
    root = models.Definition.objects.get(name="Trolley dilemma (base)")
    assert root.parent_id is None
    assert models.Definition.objects.descendants(root.pk).count() == 3
    assert max(d.depth for d in models.Definition.objects.descendants(root.pk)) == 2


def test_us6_3_seed_creates_runs_with_transcripts():
    call_command("seed_research", verbosity=0)
    assert models.Run.objects.count() == 3
    assert all(run.transcripts.exists() for run in models.Run.objects.all())


def test_us6_4_rerunning_the_seed_creates_no_duplicates():
    call_command("seed_research", verbosity=0)
    model_classes = (
        User,
        models.Definition,
        models.Run,
        models.Transcript,
        models.Scenario,
        models.Experiment,
        models.RunComparison,
        models.AnalysisResult,
        models.Rubric,
    )
    before = {m: m.objects.count() for m in model_classes}
    call_command("seed_research", verbosity=0)
    assert {m: m.objects.count() for m in model_classes} == before


def test_sc002_seed_finishes_in_under_five_seconds():
    started = time.perf_counter()
    call_command("seed_research", verbosity=0)
    assert time.perf_counter() - started < 5.0
