"""Seed 003 FR-009 / FR-013: get, list, update and delete helpers for every research
entity in research.services; an unknown (or malformed) id raises the documented
NotFoundError (ResearchNotFoundError, a core.errors.NotFoundError: 404 in the API)."""

import uuid

import pytest
from django.core.exceptions import ValidationError

from core.errors import ConflictError, NotFoundError
from research import models, services
from research.choices import AnalysisStatus, RunStatus
from research.exceptions import ResearchNotFoundError, ResearchValidationError
from tests.research import factories as f

pytestmark = pytest.mark.django_db

# entity: (factory, model, id keyword of update/delete, a valid change for update)
ENTITIES = {
    "definition": (f.DefinitionFactory, models.Definition, "definition_id", {"name": "renamed"}),
    "run": (f.RunFactory, models.Run, "run_id", {"status": RunStatus.CANCELLED}),
    "transcript": (
        f.TranscriptFactory,
        models.Transcript,
        "transcript_id",
        {"target_model": "claude"},
    ),
    "scenario": (f.ScenarioFactory, models.Scenario, "scenario_id", {"content": {"action": "new"}}),
    "experiment": (f.ExperimentFactory, models.Experiment, "experiment_id", {"hypothesis": "H2"}),
    "comparison": (
        f.RunComparisonFactory,
        models.RunComparison,
        "comparison_id",
        {"delta_data": {"mean_delta": 0.5}},
    ),
    "analysis": (
        f.AnalysisResultFactory,
        models.AnalysisResult,
        "analysis_result_id",
        {"output": {"schema_version": 1, "metrics": {"mean": 0.9}}, "code_version": "2.0.0"},
    ),
    "rubric": (f.RubricFactory, models.Rubric, "rubric_id", {"content": {"values": ["care"]}}),
}
NAMES = sorted(ENTITIES)
UNKNOWN_IDS = [uuid.uuid4, lambda: "not-a-uuid", lambda: 12345]


def helper(entity, action):
    return getattr(services, f"{entity}_{action}")


def test_every_entity_has_the_four_helpers():
    for entity in NAMES:
        for action in ("get", "list", "update", "delete"):
            assert callable(helper(entity, action)), f"{entity}_{action}"


@pytest.mark.parametrize("entity", NAMES)
def test_get_returns_the_row(entity):
    factory, model, _, _ = ENTITIES[entity]
    row = factory()
    assert helper(entity, "get")(row.pk) == row
    assert helper(entity, "get")(str(row.pk)) == row


@pytest.mark.parametrize("make_id", UNKNOWN_IDS)
@pytest.mark.parametrize("entity", NAMES)
def test_get_unknown_raises_not_found(entity, make_id):
    ENTITIES[entity][0]()  # a row exists; it is not the one asked for
    with pytest.raises(ResearchNotFoundError, match="does not exist") as exc:
        helper(entity, "get")(make_id())
    assert isinstance(exc.value, NotFoundError) and exc.value.status_code == 404


@pytest.mark.parametrize("make_id", UNKNOWN_IDS)
@pytest.mark.parametrize("entity", NAMES)
def test_update_unknown_raises_not_found(entity, make_id):
    _, _, key, change = ENTITIES[entity]
    with pytest.raises(ResearchNotFoundError):
        helper(entity, "update")(**{key: make_id()}, **change)


@pytest.mark.parametrize("make_id", UNKNOWN_IDS)
@pytest.mark.parametrize("entity", NAMES)
def test_delete_unknown_raises_not_found(entity, make_id):
    factory, model, key, _ = ENTITIES[entity]
    factory()
    before = model.objects.count()
    with pytest.raises(ResearchNotFoundError):
        helper(entity, "delete")(**{key: make_id()})
    assert model.objects.count() == before


@pytest.mark.parametrize("entity", NAMES)
def test_delete_removes_the_row(entity):
    factory, model, key, _ = ENTITIES[entity]
    row, other = factory(), factory()
    helper(entity, "delete")(**{key: row.pk})
    assert not model.objects.filter(pk=row.pk).exists()
    assert model.objects.filter(pk=other.pk).exists()
    with pytest.raises(ResearchNotFoundError):  # a second delete: not found
        helper(entity, "delete")(**{key: row.pk})


@pytest.mark.parametrize("entity", sorted(set(NAMES) - {"analysis"}))
def test_update_changes_only_what_is_given(entity):
    factory, model, key, change = ENTITIES[entity]
    row = factory()
    before = {f.attname: getattr(row, f.attname) for f in model._meta.concrete_fields}
    updated = helper(entity, "update")(**{key: row.pk}, **change)
    stored = model.objects.get(pk=row.pk)
    for name, value in change.items():
        assert getattr(stored, name) == value == getattr(updated, name)
    untouched = set(before) - set(change) - {"updated_at"}
    assert {n: getattr(stored, n) for n in untouched} == {n: before[n] for n in untouched}


@pytest.mark.parametrize("entity", NAMES)
def test_list_returns_every_row_without_filters(entity):
    factory, model, _, _ = ENTITIES[entity]
    rows = {factory().pk, factory().pk}
    assert {row.pk for row in helper(entity, "list")()} == rows


# --- list filters ---------------------------------------------------------------------


def test_definition_list_filters(chain):
    root, child, grandchild = chain
    assert list(services.definition_list(parent_id=root.pk)) == [child]
    assert list(services.definition_list(is_root=True)) == [root]
    assert set(services.definition_list(is_root=False)) == {child, grandchild}
    assert list(services.definition_list(name="grandchild")) == [grandchild]
    with pytest.raises(ResearchValidationError):
        list(services.definition_list(parent_id="nope"))


def test_run_list_filters():
    experiment = f.ExperimentFactory()
    a = f.RunFactory(experiment=experiment, status=RunStatus.RUNNING)
    b = f.RunFactory(definition=a.definition)
    f.RunFactory()
    assert set(services.run_list(definition_id=a.definition_id)) == {a, b}
    assert list(services.run_list(experiment_id=experiment.pk)) == [a]
    assert list(services.run_list(status=RunStatus.RUNNING)) == [a]
    assert list(services.run_list(definition_id=uuid.uuid4())) == []


def test_transcript_list_filters():
    scenario = f.ScenarioFactory()
    a = f.TranscriptFactory(scenario=scenario, target_model="claude")
    b = f.TranscriptFactory(run=a.run)
    f.TranscriptFactory()
    assert set(services.transcript_list(run_id=a.run_id)) == {a, b}
    assert list(services.transcript_list(scenario_id=scenario.pk)) == [a]
    assert list(services.transcript_list(target_model="claude")) == [a]


def test_scenario_list_filters():
    a = f.ScenarioFactory()
    f.ScenarioFactory()
    assert list(services.scenario_list(definition_id=a.definition_id)) == [a]


def test_experiment_list_filters():
    a = f.ExperimentFactory(name="honesty")
    f.ExperimentFactory()
    assert list(services.experiment_list(name="honesty")) == [a]


def test_comparison_list_filters():
    experiment = f.ExperimentFactory()
    a = f.RunComparisonFactory(experiment=experiment)
    b = f.RunComparisonFactory(baseline_run=a.comparison_run)
    f.RunComparisonFactory()
    assert list(services.comparison_list(experiment_id=experiment.pk)) == [a]
    assert list(services.comparison_list(baseline_run_id=a.baseline_run_id)) == [a]
    assert list(services.comparison_list(comparison_run_id=a.comparison_run_id)) == [a]
    assert set(services.comparison_list(run_id=a.comparison_run_id)) == {a, b}
    with pytest.raises(ResearchValidationError):
        list(services.comparison_list(run_id="nope"))


def test_analysis_list_filters():
    old = f.AnalysisResultFactory()
    current = services.analysis_record(
        run=old.run, analysis_type=old.analysis_type, output={"metrics": {}}, code_version="2"
    )
    other = f.AnalysisResultFactory(analysis_type="clustering")
    assert set(services.analysis_list(run_id=old.run_id)) == {old, current}
    assert list(services.analysis_list(run_id=old.run_id, current_only=True)) == [current]
    assert list(services.analysis_list(analysis_type="clustering")) == [other]
    assert list(services.analysis_list(status=AnalysisStatus.SUPERSEDED)) == [old]


def test_rubric_list_filters():
    a = f.RubricFactory(version=7)
    f.RubricFactory(version=8)
    assert list(services.rubric_list(version=7)) == [a]


# --- update rules ---------------------------------------------------------------------


def test_definition_update_reparents_and_refuses_a_cycle(chain):
    root, child, grandchild = chain
    moved = services.definition_update(definition_id=grandchild.pk, parent_id=root.pk)
    assert moved.parent == root
    with pytest.raises(ResearchValidationError, match="cycle"):
        services.definition_update(definition_id=root.pk, parent_id=child.pk)
    with pytest.raises(ResearchValidationError, match="does not exist"):
        services.definition_update(definition_id=root.pk, parent_id=uuid.uuid4())
    root_again = services.definition_update(definition_id=child.pk, parent_id=None)
    assert root_again.parent is None


def test_definition_update_migrates_content_to_the_current_version():
    definition = f.DefinitionFactory()
    updated = services.definition_update(definition_id=definition.pk, content={"prompt": "x"})
    assert "schema_version" in updated.content
    with pytest.raises(ResearchValidationError):
        services.definition_update(definition_id=definition.pk, content=["not", "an", "object"])


def test_definition_delete_by_id_keeps_history():
    run = f.RunFactory()
    with pytest.raises(ConflictError):
        services.definition_delete(definition_id=run.definition_id)
    lone = f.DefinitionFactory()
    services.definition_delete(definition_id=lone.pk)
    assert not models.Definition.objects.filter(pk=lone.pk).exists()


def test_run_update_validates():
    run = f.RunFactory()
    with pytest.raises(ValidationError):
        services.run_update(run_id=run.pk, status="bogus")
    with pytest.raises(ResearchValidationError):
        services.run_update(run_id=run.pk, progress=[1])
    with pytest.raises(ResearchValidationError, match="Experiment"):
        services.run_update(run_id=run.pk, experiment_id=uuid.uuid4())
    experiment = f.ExperimentFactory()
    assert services.run_update(run_id=run.pk, experiment_id=experiment.pk).experiment == experiment
    assert services.run_update(run_id=run.pk, experiment_id=None).experiment is None


def test_run_delete_cascades_to_transcripts():
    transcript = f.TranscriptFactory()
    services.run_delete(run_id=transcript.run_id)
    assert not models.Transcript.objects.filter(pk=transcript.pk).exists()


def test_transcript_update_can_expire_content():
    transcript = f.TranscriptFactory()
    updated = services.transcript_update(transcript_id=transcript.pk, content=None)
    assert updated.is_expired
    with pytest.raises(ValidationError):
        services.transcript_update(transcript_id=transcript.pk, target_model="")


def test_rubric_update_refuses_a_taken_version():
    f.RubricFactory(version=1)
    rubric = f.RubricFactory(version=2)
    with pytest.raises(ValidationError):
        services.rubric_update(rubric_id=rubric.pk, version=1)


def test_analysis_update_records_a_new_version():
    first = f.AnalysisResultFactory()
    change = ENTITIES["analysis"][3]
    second = services.analysis_update(analysis_result_id=first.pk, **change)
    first.refresh_from_db()
    assert (second.version, second.status) == (2, AnalysisStatus.CURRENT)
    assert first.status == AnalysisStatus.SUPERSEDED
    with pytest.raises(ConflictError, match="superseded"):
        services.analysis_update(analysis_result_id=first.pk, **change)


def test_analysis_delete_of_the_current_version_restores_the_previous():
    first = f.AnalysisResultFactory()
    second = services.analysis_update(analysis_result_id=first.pk, **ENTITIES["analysis"][3])
    services.analysis_delete(analysis_result_id=second.pk)
    first.refresh_from_db()
    assert (first.status, first.superseded_at) == (AnalysisStatus.CURRENT, None)
    assert services.analysis_current(run=first.run, analysis_type=first.analysis_type) == first
