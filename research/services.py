"""Research services: the seed's "query helpers" (FR-009, FR-013..FR-016).

Keyword-only functions. Multi-step writes are one transaction (FR-015); a
missing row raises ResearchNotFoundError, invalid input ResearchValidationError
or Django's ValidationError (field messages); both become 404 / 400 in the API.
Logging goes through the ``research.services`` logger (FR-016), never print.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Mapping

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from research.choices import AnalysisStatus
from research.exceptions import (
    DefinitionInUseError,
    ResearchNotFoundError,
    ResearchValidationError,
    UnknownSchemaVersionError,
)
from research.models import (
    AnalysisResult,
    Definition,
    Experiment,
    Run,
    RunComparison,
    Scenario,
    Transcript,
)
from research.schema_versions import ANALYSIS_OUTPUT, DEFINITION_CONTENT

logger = logging.getLogger(__name__)

NAME_MAX = Definition._meta.get_field("name").max_length


# --- validation helpers ----------------------------------------------------------


def _find_nul(value, path="$"):
    """The JSON path of the first string holding U+0000, or None."""
    if isinstance(value, str):
        return path if "\x00" in value else None
    if isinstance(value, Mapping):
        for key, item in value.items():
            if "\x00" in str(key):
                return f"{path}.<key>"
            found = _find_nul(item, f"{path}.{key}")
            if found:
                return found
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            found = _find_nul(item, f"{path}[{i}]")
            if found:
                return found
    return None


def validate_json_document(value, *, field: str, allow_null: bool = False):
    """A JSON object PostgreSQL's jsonb can store; raise ResearchValidationError otherwise.

    jsonb holds every Unicode code point except U+0000 (it has no escape for it),
    so a NUL is refused with a clear message instead of a database error.
    """
    if value is None and allow_null:
        return value
    if not isinstance(value, Mapping):
        raise ResearchValidationError(f"{field} must be a JSON object.", field=field)
    nul_at = _find_nul(value)
    if nul_at:
        raise ResearchValidationError(
            f"{field} contains the character U+0000 at {nul_at}; PostgreSQL jsonb cannot store it.",
            field=field,
        )
    return value


def normalize_definition_content(content) -> dict:
    """Validate definition content and bring it to the current schema version."""
    validate_json_document(content, field="content")
    return DEFINITION_CONTENT.migrate(content).content


def normalize_analysis_output(output) -> dict:
    validate_json_document(output, field="output")
    try:
        return ANALYSIS_OUTPUT.migrate(output).content
    except UnknownSchemaVersionError as exc:
        raise UnknownSchemaVersionError(exc.message, field="output") from exc


def _full_clean(obj, *, exclude=None):
    obj.full_clean(exclude=exclude, validate_unique=False, validate_constraints=True)


# --- definitions -------------------------------------------------------------------


def definition_get(definition_id) -> Definition:
    try:
        return Definition.objects.get(pk=definition_id)
    except (Definition.DoesNotExist, ValidationError, ValueError):
        raise ResearchNotFoundError(f"Definition {definition_id} does not exist.")


def _parent_or_error(parent_id) -> Definition:
    try:
        return Definition.objects.get(pk=parent_id)
    except (Definition.DoesNotExist, ValidationError, ValueError):
        raise ResearchValidationError(
            f"Parent definition {parent_id} does not exist.", field="parent"
        )


def definition_check_parent(definition: Definition | None, parent: Definition | None) -> None:
    """Refuse a parent that would make ``definition`` its own parent or ancestor.

    The database refuses the same (CHECK and trigger); this gives the message first.
    """
    if definition is None or definition.pk is None or parent is None:
        return
    if parent.pk == definition.pk:
        raise ResearchValidationError("A definition cannot be its own parent.", field="parent")
    if Definition.objects.descendants(definition.pk).filter(pk=parent.pk).exists():
        raise ResearchValidationError(
            "This parent is a descendant of the definition: the tree would have a cycle.",
            field="parent",
        )


@transaction.atomic
def definition_create(*, name: str, content, parent_id=None) -> Definition:
    """Create a definition (a root when ``parent_id`` is None)."""
    parent = _parent_or_error(parent_id) if parent_id is not None else None
    definition = Definition(name=name, content=normalize_definition_content(content), parent=parent)
    _full_clean(definition, exclude=["parent"])
    definition.save()
    logger.info("definition created", extra={"definition_id": str(definition.pk)})
    return definition


def _copy_scenarios(*, source: Definition, target: Definition) -> int:
    scenarios = [
        Scenario(definition=target, content=s.content)
        for s in source.scenarios.order_by("created_at", "id")
    ]
    Scenario.objects.bulk_create(scenarios)
    return len(scenarios)


@transaction.atomic
def definition_fork(
    *, parent: Definition, name: str | None = None, content=None, copy_scenarios: bool = False
) -> Definition:
    """Fork ``parent``: a child with the parent's content (or ``content``) in one transaction.

    The parent's content is copied migrated to the current schema version; with
    ``copy_scenarios`` its scenarios are copied too. Any failure leaves nothing.
    """
    # Lock the parent against a concurrent delete / re-parent while we copy it.
    parent = Definition.objects.select_for_update(no_key=True).get(pk=parent.pk)
    if content is None:
        content = parent.read_content().content
    child = Definition(
        parent=parent,
        name=(name or f"{parent.name} (fork)")[:NAME_MAX],
        content=normalize_definition_content(content),
    )
    _full_clean(child, exclude=["parent"])
    child.save()
    copied = _copy_scenarios(source=parent, target=child) if copy_scenarios else 0
    logger.info(
        "definition forked",
        extra={"definition_id": str(child.pk), "parent_id": str(parent.pk), "scenarios": copied},
    )
    return child


@transaction.atomic
def definition_delete(*, definition: Definition) -> None:
    """Delete a definition without forks or runs (the database refuses the others too)."""
    definition = Definition.objects.select_for_update().get(pk=definition.pk)
    if definition.children.exists():
        raise DefinitionInUseError("This definition has forks; delete or re-parent them first.")
    if definition.runs.exists():
        raise DefinitionInUseError("This definition has runs; its history is kept.")
    definition.delete()
    logger.info("definition deleted", extra={"definition_id": str(definition.pk)})


def definition_ancestors(definition_id) -> QuerySet:
    definition = definition_get(definition_id)
    return Definition.objects.ancestors(definition.pk)


def definition_descendants(definition_id) -> QuerySet:
    definition = definition_get(definition_id)
    return Definition.objects.descendants(definition.pk)


def runs_in_tree(definition_id) -> QuerySet:
    """Runs of every definition in the tree holding ``definition_id`` (user story 2.4)."""
    definition = definition_get(definition_id)
    members = Definition.objects.tree(definition.pk).values("id")
    return Run.objects.filter(definition__in=members)


# --- runs and transcripts ----------------------------------------------------------------


@transaction.atomic
def run_create(
    *,
    definition_id,
    experiment_id=None,
    status=None,
    progress=None,
    transcripts: Iterable[Mapping] = (),
) -> Run:
    """Create a run and its transcripts in one transaction: all or nothing."""
    try:
        definition = Definition.objects.get(pk=definition_id)
    except (Definition.DoesNotExist, ValidationError, ValueError):
        raise ResearchValidationError(
            f"Definition {definition_id} does not exist.", field="definition"
        )
    experiment = None
    if experiment_id is not None:
        experiment = Experiment.objects.filter(pk=experiment_id).first()
        if experiment is None:
            raise ResearchValidationError(
                f"Experiment {experiment_id} does not exist.", field="experiment"
            )
    run = Run(definition=definition, experiment=experiment, progress=progress or {})
    if status:
        run.status = status
    validate_json_document(run.progress, field="progress")
    _full_clean(run, exclude=["definition", "experiment"])
    run.save()
    rows = []
    for i, data in enumerate(transcripts):
        rows.append(_transcript_build(run=run, data=data, index=i))
    Transcript.objects.bulk_create(rows)
    logger.info("run created", extra={"run_id": str(run.pk), "transcripts": len(rows)})
    return run


def _transcript_build(*, run: Run, data: Mapping, index: int | None = None) -> Transcript:
    scenario = data.get("scenario")
    if scenario is not None and not isinstance(scenario, Scenario):
        scenario_obj = Scenario.objects.filter(pk=scenario).first()
        if scenario_obj is None:
            where = f"transcripts[{index}].scenario" if index is not None else "scenario"
            raise ResearchValidationError(f"Scenario {scenario} does not exist.", field=where)
        scenario = scenario_obj
    content = data.get("content")
    validate_json_document(content, field="content", allow_null=True)
    transcript = Transcript(
        run=run,
        scenario=scenario,
        target_model=data.get("target_model", ""),
        content=content,
        turn_count=data.get("turn_count", 0),
        token_count=data.get("token_count", 0),
        duration_ms=data.get("duration_ms", 0),
    )
    try:
        _full_clean(transcript, exclude=["run", "scenario"])
    except ValidationError as exc:
        if index is None:
            raise
        raise ValidationError({f"transcripts[{index}]": exc.messages})
    return transcript


@transaction.atomic
def transcript_create(*, run: Run, **data) -> Transcript:
    transcript = _transcript_build(run=run, data=data)
    transcript.save()
    return transcript


def transcript_expire(*, transcript: Transcript) -> Transcript:
    """Retention: drop the content (NULL), keep the metrics."""
    Transcript.objects.filter(pk=transcript.pk).update(content=None, updated_at=timezone.now())
    transcript.refresh_from_db()
    logger.info("transcript content expired", extra={"transcript_id": str(transcript.pk)})
    return transcript


# --- comparisons and analysis -------------------------------------------------------------


@transaction.atomic
def comparison_create(
    *,
    baseline_run: Run,
    comparison_run: Run,
    experiment: Experiment | None = None,
    delta_data=None,
    statistical_tests=None,
) -> RunComparison:
    if baseline_run.pk == comparison_run.pk:
        raise ResearchValidationError(
            "A run cannot be compared with itself.", field="comparison_run"
        )
    comparison = RunComparison(
        baseline_run=baseline_run,
        comparison_run=comparison_run,
        experiment=experiment,
        delta_data=validate_json_document(delta_data or {}, field="delta_data"),
        statistical_tests=validate_json_document(
            statistical_tests or {}, field="statistical_tests"
        ),
    )
    comparison.full_clean(exclude=["baseline_run", "comparison_run", "experiment"])
    comparison.save()
    return comparison


def compute_input_hash(run: Run) -> str:
    """SHA-256 of the run's transcripts (id, metrics, content), in a stable order."""
    digest = hashlib.sha256()
    rows = (
        Transcript.objects.filter(run=run)
        .order_by("id")
        .values_list("id", "target_model", "turn_count", "token_count", "duration_ms", "content")
    )
    for row in rows.iterator(chunk_size=500):
        digest.update(
            json.dumps([str(row[0]), *row[1:]], sort_keys=True, ensure_ascii=False).encode()
        )
        digest.update(b"\n")
    return digest.hexdigest()


@transaction.atomic
def analysis_record(
    *, run: Run, analysis_type: str, output, code_version: str, input_hash: str | None = None
) -> AnalysisResult:
    """Store an analysis of ``run``: version n + 1, and version n superseded, atomically.

    The run row is locked (FOR NO KEY UPDATE) so two concurrent analyses of the
    same run queue up instead of racing for the same version number; the
    partial unique index research_analysisresult_one_current backs this up.
    """
    run = Run.objects.select_for_update(no_key=True).get(pk=run.pk)
    output = normalize_analysis_output(output)
    if input_hash is None:
        input_hash = compute_input_hash(run)
    previous = (
        AnalysisResult.objects.filter(run=run, analysis_type=analysis_type)
        .order_by("-version")
        .values_list("version", flat=True)
        .first()
    ) or 0
    AnalysisResult.objects.filter(
        run=run, analysis_type=analysis_type, status=AnalysisStatus.CURRENT
    ).update(status=AnalysisStatus.SUPERSEDED, superseded_at=timezone.now())
    result = AnalysisResult(
        run=run,
        analysis_type=analysis_type,
        output=output,
        code_version=code_version,
        input_hash=input_hash,
        version=previous + 1,
        status=AnalysisStatus.CURRENT,
    )
    _full_clean(result, exclude=["run"])
    result.save()
    logger.info(
        "analysis recorded",
        extra={"run_id": str(run.pk), "analysis_type": analysis_type, "version": result.version},
    )
    return result


def analysis_current(*, run: Run, analysis_type: str) -> AnalysisResult:
    result = AnalysisResult.objects.current().filter(run=run, analysis_type=analysis_type).first()
    if result is None:
        raise ResearchNotFoundError(f"No current {analysis_type} analysis for run {run.pk}.")
    return result
