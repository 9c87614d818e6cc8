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
from django.db.models import Q, QuerySet
from django.utils import timezone

from research import models
from research.choices import AnalysisStatus, RunStatus
from research.exceptions import (
    AnalysisSupersededError,
    DefinitionInUseError,
    ResearchNotFoundError,
    ResearchValidationError,
    UnknownSchemaVersionError,
)
from research.schema_versions import ANALYSIS_OUTPUT, DEFINITION_CONTENT

logger = logging.getLogger(__name__)

NAME_MAX = models.Definition._meta.get_field("name").max_length


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


def definition_get(definition_id) -> models.Definition:
    return _get(models.Definition, definition_id)


def _parent_or_error(parent_id) -> models.Definition:
    try:
        return models.Definition.objects.get(pk=parent_id)
    except (models.Definition.DoesNotExist, ValidationError, ValueError):
        raise ResearchValidationError(
            f"Parent definition {parent_id} does not exist.", field="parent"
        )


def definition_check_parent(
    definition: models.Definition | None, parent: models.Definition | None
) -> None:
    """Refuse a parent that would make ``definition`` its own parent or ancestor.

    The database refuses the same (CHECK and trigger); this gives the message first.
    """
    if definition is None or definition.pk is None or parent is None:
        return
    if parent.pk == definition.pk:
        raise ResearchValidationError("A definition cannot be its own parent.", field="parent")
    # the parent's materialized path holds its ancestors: one primary-key lookup
    if models.DefinitionPath.objects.filter(pk=parent.pk, path__contains=[definition.pk]).exists():
        raise ResearchValidationError(
            "This parent is a descendant of the definition: the tree would have a cycle.",
            field="parent",
        )


@transaction.atomic
def definition_create(*, name: str, content, parent_id=None) -> models.Definition:
    """Create a definition (a root when ``parent_id`` is None)."""
    parent = _parent_or_error(parent_id) if parent_id is not None else None
    definition = models.Definition(
        name=name, content=normalize_definition_content(content), parent=parent
    )
    _full_clean(definition, exclude=["parent"])
    definition.save()
    logger.info("definition created", extra={"definition_id": str(definition.pk)})
    return definition


def _copy_scenarios(*, source: models.Definition, target: models.Definition) -> int:
    scenarios = [
        models.Scenario(definition=target, content=s.content)
        for s in source.scenarios.order_by("created_at", "id")
    ]
    models.Scenario.objects.bulk_create(scenarios)
    return len(scenarios)


@transaction.atomic
def definition_fork(
    *,
    parent: models.Definition,
    name: str | None = None,
    content=None,
    copy_scenarios: bool = False,
) -> models.Definition:
    """Fork ``parent``: a child with the parent's content (or ``content``) in one transaction.

    The parent's content is copied migrated to the current schema version; with
    ``copy_scenarios`` its scenarios are copied too. Any failure leaves nothing.
    """
    # Lock the parent against a concurrent delete / re-parent while we copy it.
    parent = models.Definition.objects.select_for_update(no_key=True).get(pk=parent.pk)
    if content is None:
        content = parent.read_content().content
    child = models.Definition(
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
def definition_delete(*, definition: models.Definition | None = None, definition_id=None) -> None:
    """Delete a definition without forks or runs (the database refuses the others too).

    Give the row or its id; an unknown id raises ResearchNotFoundError."""
    pk = definition.pk if definition is not None else definition_id
    definition = _get(models.Definition, pk, lock=True)
    if definition.children.exists():
        raise DefinitionInUseError("This definition has forks; delete or re-parent them first.")
    if definition.runs.exists():
        raise DefinitionInUseError("This definition has runs; its history is kept.")
    definition.delete()
    logger.info("definition deleted", extra={"definition_id": str(definition.pk)})


def definition_ancestors(definition_id) -> QuerySet:
    definition = definition_get(definition_id)
    return models.Definition.objects.ancestors(definition.pk)


def definition_descendants(definition_id) -> QuerySet:
    definition = definition_get(definition_id)
    return models.Definition.objects.descendants(definition.pk)


def runs_in_tree(definition_id) -> QuerySet:
    """Runs of every definition in the tree holding ``definition_id`` (user story 2.4)."""
    definition = definition_get(definition_id)
    return models.Run.objects.filter(
        definition__in=models.Definition.objects.tree_ids(definition.pk)
    )


# --- runs and transcripts ----------------------------------------------------------------


@transaction.atomic
def run_create(
    *,
    definition_id,
    experiment_id=None,
    status=None,
    progress=None,
    transcripts: Iterable[Mapping] = (),
    actor=None,
) -> models.Run:
    """Create a run and its transcripts in one transaction: all or nothing."""
    try:
        definition = models.Definition.objects.get(pk=definition_id)
    except (models.Definition.DoesNotExist, ValidationError, ValueError):
        raise ResearchValidationError(
            f"Definition {definition_id} does not exist.", field="definition"
        )
    experiment = None
    if experiment_id is not None:
        experiment = models.Experiment.objects.filter(pk=experiment_id).first()
        if experiment is None:
            raise ResearchValidationError(
                f"Experiment {experiment_id} does not exist.", field="experiment"
            )
    run = models.Run(definition=definition, experiment=experiment, progress=progress or {})
    if status:
        run.status = status
    validate_json_document(run.progress, field="progress")
    _full_clean(run, exclude=["definition", "experiment"])
    run.save()
    rows = []
    for i, data in enumerate(transcripts):
        rows.append(_transcript_build(run=run, data=data, index=i))
    models.Transcript.objects.bulk_create(rows)
    _audit_run(run, None, actor=actor, action="CREATED")
    logger.info("run created", extra={"run_id": str(run.pk), "transcripts": len(rows)})
    return run


def _transcript_build(
    *, run: models.Run, data: Mapping, index: int | None = None
) -> models.Transcript:
    scenario = data.get("scenario")
    if scenario is not None and not isinstance(scenario, models.Scenario):
        scenario_obj = models.Scenario.objects.filter(pk=scenario).first()
        if scenario_obj is None:
            where = f"transcripts[{index}].scenario" if index is not None else "scenario"
            raise ResearchValidationError(f"Scenario {scenario} does not exist.", field=where)
        scenario = scenario_obj
    content = data.get("content")
    validate_json_document(content, field="content", allow_null=True)
    transcript = models.Transcript(
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
def transcript_create(*, run: models.Run, **data) -> models.Transcript:
    transcript = _transcript_build(run=run, data=data)
    transcript.save()
    return transcript


def transcript_expire(*, transcript: models.Transcript) -> models.Transcript:
    """Retention: drop the content (NULL), keep the metrics."""
    models.Transcript.objects.filter(pk=transcript.pk).update(
        content=None, updated_at=timezone.now()
    )
    transcript.refresh_from_db()
    logger.info("transcript content expired", extra={"transcript_id": str(transcript.pk)})
    return transcript


# --- comparisons and analysis -------------------------------------------------------------


@transaction.atomic
def comparison_create(
    *,
    baseline_run: models.Run,
    comparison_run: models.Run,
    experiment: models.Experiment | None = None,
    delta_data=None,
    statistical_tests=None,
) -> models.RunComparison:
    if baseline_run.pk == comparison_run.pk:
        raise ResearchValidationError(
            "A run cannot be compared with itself.", field="comparison_run"
        )
    comparison = models.RunComparison(
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


def compute_input_hash(run: models.Run) -> str:
    """SHA-256 of the run's transcripts (id, metrics, content), in a stable order."""
    digest = hashlib.sha256()
    rows = (
        models.Transcript.objects.filter(run=run)
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
    *, run: models.Run, analysis_type: str, output, code_version: str, input_hash: str | None = None
) -> models.AnalysisResult:
    """Store an analysis of ``run``: version n + 1, and version n superseded, atomically.

    The run row is locked (FOR NO KEY UPDATE) so two concurrent analyses of the
    same run queue up instead of racing for the same version number; the
    partial unique index research_analysisresult_one_current backs this up.
    """
    run = models.Run.objects.select_for_update(no_key=True).get(pk=run.pk)
    output = normalize_analysis_output(output)
    if input_hash is None:
        input_hash = compute_input_hash(run)
    previous = (
        models.AnalysisResult.objects.filter(run=run, analysis_type=analysis_type)
        .order_by("-version")
        .values_list("version", flat=True)
        .first()
    ) or 0
    models.AnalysisResult.objects.filter(
        run=run, analysis_type=analysis_type, status=AnalysisStatus.CURRENT
    ).update(status=AnalysisStatus.SUPERSEDED, superseded_at=timezone.now())
    result = models.AnalysisResult(
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


def analysis_current(*, run: models.Run, analysis_type: str) -> models.AnalysisResult:
    result = (
        models.AnalysisResult.objects.current().filter(run=run, analysis_type=analysis_type).first()
    )
    if result is None:
        raise ResearchNotFoundError(f"No current {analysis_type} analysis for run {run.pk}.")
    return result


# --- query helpers: get / list / update / delete for every entity (FR-009, FR-013) --------
#
# ``<entity>_get(id)`` returns the row or raises ResearchNotFoundError (a malformed id is
# "not found" too); ``<entity>_list(...)`` returns a QuerySet in the model's ordering,
# each filter optional (None: not filtered); ``<entity>_update(*, <entity>_id, ...)``
# changes only the fields it is given (a row lock, validation, one transaction) and
# ``<entity>_delete(*, <entity>_id)`` deletes; both raise ResearchNotFoundError for an
# unknown id. Invalid values raise ResearchValidationError or Django's ValidationError.

UNSET = object()  # "not given" for update helpers, where None is a value


def _label(model) -> str:
    """How messages name a model: its verbose name, capitalized ("Run comparison")."""
    return str(model._meta.verbose_name).capitalize()


def _get(model, pk, *, lock: bool = False):
    manager = model.objects.select_for_update() if lock else model.objects
    try:
        return manager.get(pk=pk)
    except (model.DoesNotExist, ValidationError, ValueError, TypeError):
        raise ResearchNotFoundError(f"{_label(model)} {pk} does not exist.")


def _referenced(model, pk, *, field: str):
    """A row named in an update (``None`` clears the link); unknown: a field error."""
    if pk is None:
        return None
    if isinstance(pk, model):
        return pk
    try:
        return model.objects.get(pk=pk)
    except (model.DoesNotExist, ValidationError, ValueError, TypeError):
        raise ResearchValidationError(f"{_label(model)} {pk} does not exist.", field=field)


def _filtered(queryset: QuerySet, **filters) -> QuerySet:
    """Apply the filters that are not None; a malformed id is a ResearchValidationError."""
    for lookup, value in filters.items():
        if value is None:
            continue
        try:
            queryset = queryset.filter(**{lookup: value})
        except (ValidationError, ValueError, TypeError):
            field = lookup.split("__")[0].removesuffix("_id")
            raise ResearchValidationError(f"{value!r} is not a valid {field}.", field=field)
    return queryset


def _save_changes(obj, changes: dict, *, exclude=()) -> None:
    """Set ``changes`` (UNSET values skipped), validate the row and save those fields."""
    changed = [name for name, value in changes.items() if value is not UNSET]
    for name in changed:
        setattr(obj, name, changes[name])
    if not changed:
        return
    _full_clean(obj, exclude=list(exclude))
    fields = [obj._meta.get_field(name).attname for name in changed]
    if any(f.name == "updated_at" for f in obj._meta.concrete_fields):
        fields.append("updated_at")
    obj.save(update_fields=fields)


def _log(action: str, obj) -> None:
    logger.info(
        f"{obj._meta.model_name} {action}", extra={f"{obj._meta.model_name}_id": str(obj.pk)}
    )


def _changes(obj, fields=None, *, documents=None, links=None, nullable=()) -> dict:
    """An update's changes: the plain ``fields``, the JSON ``documents`` (each validated;
    those in ``nullable`` may be None) and the ``links`` (foreign key name: the id of the
    row it names), in that order; UNSET values are not given and skipped."""
    changes = dict(fields or {})
    for name, value in (documents or {}).items():
        if value is not UNSET:
            changes[name] = validate_json_document(value, field=name, allow_null=name in nullable)
    for name, value in (links or {}).items():
        if value is not UNSET:
            related = obj._meta.get_field(name).related_model
            changes[name] = _referenced(related, value, field=name)
    return changes


def _updated(obj, changes: dict, *, exclude=()):
    """Save an update's ``changes`` to the locked row ``obj`` and log it."""
    _save_changes(obj, changes, exclude=exclude)
    _log("updated", obj)
    return obj


def _delete(model, pk) -> None:
    """Lock the row, log and delete it (what PostgreSQL cascades goes with it)."""
    obj = _get(model, pk, lock=True)
    _log("deleted", obj)
    obj.delete()


# definitions (definition_get is above)


def definition_list(*, parent_id=None, is_root: bool | None = None, name=None) -> QuerySet:
    queryset = _filtered(models.Definition.objects.all(), parent_id=parent_id, name=name)
    if is_root is not None:
        queryset = queryset.filter(parent__isnull=is_root)
    return queryset


@transaction.atomic
def definition_update(
    *, definition_id, name=UNSET, content=UNSET, parent_id=UNSET
) -> models.Definition:
    """Rename, replace the content (migrated to the current schema version) or re-parent."""
    definition = _get(models.Definition, definition_id, lock=True)
    changes = {"name": name}
    if content is not UNSET:
        changes["content"] = normalize_definition_content(content)
    if parent_id is not UNSET:
        parent = None if parent_id is None else _parent_or_error(parent_id)
        definition_check_parent(definition, parent)
        changes["parent"] = parent
    return _updated(definition, changes, exclude=["parent"])


# runs


def run_get(run_id) -> models.Run:
    return _get(models.Run, run_id)


def run_list(*, definition_id=None, experiment_id=None, status=None) -> QuerySet:
    return _filtered(
        models.Run.objects.all(),
        definition_id=definition_id,
        experiment_id=experiment_id,
        status=status,
    )


@transaction.atomic
def run_update(
    *,
    run_id,
    status=UNSET,
    progress=UNSET,
    started_at=UNSET,
    completed_at=UNSET,
    experiment_id=UNSET,
    actor=None,
) -> models.Run:
    run = _get(models.Run, run_id, lock=True)
    before = _run_state(run)
    changes = _changes(
        run,
        {"status": status, "started_at": started_at, "completed_at": completed_at},
        documents={"progress": progress},
        links={"experiment": experiment_id},
    )
    _save_changes(run, changes, exclude=["definition", "experiment"])
    if _run_state(run) != before:
        _audit_run(run, before, actor=actor)
    _log("updated", run)
    return run


RUN_STATE = ("status", "started_at", "completed_at")


def _run_state(run) -> dict:
    from engagement.services import snapshot

    return snapshot(run, RUN_STATE)


def _audit_run(run, before, *, actor=None, action="UPDATED") -> None:
    """The AuditLog row (engagement.AuditLog) of a run's state change, in this transaction."""
    from engagement.services import record_change

    record_change(
        entity=run, action=action, actor=actor, before=before or {}, after=_run_state(run)
    )


@transaction.atomic
def run_save(*, run: models.Run, actor=None) -> models.Run:
    """Save a run edited elsewhere (the admin form), its state change audited here."""
    if run._state.adding:
        run.save()
        _audit_run(run, None, actor=actor, action="CREATED")
        return run
    before = _run_state(_get(models.Run, run.pk, lock=True))
    run.save()
    if _run_state(run) != before:
        _audit_run(run, before, actor=actor)
    return run


@transaction.atomic
def run_correct_status(*, run_id, user, status: str, reason: str) -> models.Run:
    """The one way to move a finished run to another status: audited (CORRECTED, with the
    reason, before and after) in the same transaction, which PostgreSQL's finality
    trigger requires."""
    from engagement.services import correction, snapshot

    run = _get(models.Run, run_id, lock=True)
    fields = ["status"]
    before = snapshot(run, fields)
    run.status = status
    if status in (RunStatus.PENDING, RunStatus.RUNNING):
        run.completed_at = None
        fields.append("completed_at")
    _full_clean(run, exclude=["definition", "experiment"])
    correction(entity=run, actor=user, reason=reason, before=before, after=snapshot(run, fields))
    run.save(update_fields=[*fields, "updated_at"])
    _log("corrected", run)
    return run


@transaction.atomic
def run_delete(*, run_id) -> None:
    """Delete a run; PostgreSQL deletes its transcripts, comparisons and analyses with it."""
    _delete(models.Run, run_id)


# transcripts


def transcript_get(transcript_id) -> models.Transcript:
    return _get(models.Transcript, transcript_id)


def transcript_list(*, run_id=None, scenario_id=None, target_model=None) -> QuerySet:
    return _filtered(
        models.Transcript.objects.all(),
        run_id=run_id,
        scenario_id=scenario_id,
        target_model=target_model,
    )


@transaction.atomic
def transcript_update(
    *,
    transcript_id,
    target_model=UNSET,
    content=UNSET,
    turn_count=UNSET,
    token_count=UNSET,
    duration_ms=UNSET,
    scenario_id=UNSET,
) -> models.Transcript:
    transcript = _get(models.Transcript, transcript_id, lock=True)
    changes = _changes(
        transcript,
        {
            "target_model": target_model,
            "turn_count": turn_count,
            "token_count": token_count,
            "duration_ms": duration_ms,
        },
        documents={"content": content},
        nullable=["content"],
        links={"scenario": scenario_id},
    )
    return _updated(transcript, changes, exclude=["run", "scenario"])


@transaction.atomic
def transcript_delete(*, transcript_id) -> None:
    _delete(models.Transcript, transcript_id)


# scenarios


def scenario_get(scenario_id) -> models.Scenario:
    return _get(models.Scenario, scenario_id)


def scenario_list(*, definition_id=None) -> QuerySet:
    return _filtered(models.Scenario.objects.all(), definition_id=definition_id)


@transaction.atomic
def scenario_update(*, scenario_id, content=UNSET) -> models.Scenario:
    scenario = _get(models.Scenario, scenario_id, lock=True)
    changes = _changes(scenario, documents={"content": content})
    return _updated(scenario, changes, exclude=["definition"])


@transaction.atomic
def scenario_delete(*, scenario_id) -> None:
    """Delete a scenario; its transcripts keep their data (scenario set to NULL)."""
    _delete(models.Scenario, scenario_id)


# experiments


def experiment_get(experiment_id) -> models.Experiment:
    return _get(models.Experiment, experiment_id)


def experiment_list(*, name=None) -> QuerySet:
    return _filtered(models.Experiment.objects.all(), name=name)


@transaction.atomic
def experiment_update(
    *, experiment_id, name=UNSET, hypothesis=UNSET, analysis_plan=UNSET
) -> models.Experiment:
    experiment = _get(models.Experiment, experiment_id, lock=True)
    changes = _changes(
        experiment,
        {"name": name, "hypothesis": hypothesis},
        documents={"analysis_plan": analysis_plan},
    )
    return _updated(experiment, changes)


@transaction.atomic
def experiment_delete(*, experiment_id) -> None:
    """Delete an experiment; its runs and comparisons stay (experiment set to NULL)."""
    _delete(models.Experiment, experiment_id)


# run comparisons


def comparison_get(comparison_id) -> models.RunComparison:
    return _get(models.RunComparison, comparison_id)


def comparison_list(
    *, experiment_id=None, baseline_run_id=None, comparison_run_id=None, run_id=None
) -> QuerySet:
    """``run_id``: comparisons with that run on either side."""
    queryset = _filtered(
        models.RunComparison.objects.all(),
        experiment_id=experiment_id,
        baseline_run_id=baseline_run_id,
        comparison_run_id=comparison_run_id,
    )
    if run_id is not None:
        try:
            queryset = queryset.filter(Q(baseline_run_id=run_id) | Q(comparison_run_id=run_id))
        except (ValidationError, ValueError, TypeError):
            raise ResearchValidationError(f"{run_id!r} is not a valid run.", field="run")
    return queryset


@transaction.atomic
def comparison_update(
    *, comparison_id, delta_data=UNSET, statistical_tests=UNSET, experiment_id=UNSET
) -> models.RunComparison:
    """Update the results of a comparison; its two runs are what it is, so they stay."""
    comparison = _get(models.RunComparison, comparison_id, lock=True)
    changes = _changes(
        comparison,
        documents={"delta_data": delta_data, "statistical_tests": statistical_tests},
        links={"experiment": experiment_id},
    )
    return _updated(comparison, changes, exclude=["baseline_run", "comparison_run", "experiment"])


@transaction.atomic
def comparison_delete(*, comparison_id) -> None:
    _delete(models.RunComparison, comparison_id)


# analysis results (analysis_record and analysis_current are above)


def analysis_get(analysis_result_id) -> models.AnalysisResult:
    return _get(models.AnalysisResult, analysis_result_id)


def analysis_list(
    *, run_id=None, analysis_type=None, status=None, current_only: bool = False
) -> QuerySet:
    queryset = _filtered(
        models.AnalysisResult.objects.all(),
        run_id=run_id,
        analysis_type=analysis_type,
        status=status,
    )
    return queryset.current() if current_only else queryset


@transaction.atomic
def analysis_update(
    *, analysis_result_id, output, code_version: str, input_hash: str | None = None
) -> models.AnalysisResult:
    """Analysis results are immutable versions (user story 5.4): updating the current
    result records version n + 1 of its (run, analysis_type) and supersedes it.
    A superseded version cannot be updated (ConflictError): update the current one."""
    result = _get(models.AnalysisResult, analysis_result_id)
    if not result.is_current:
        raise AnalysisSupersededError(
            f"Analysis result {result.pk} is superseded (version {result.version}); "
            "update the current version instead."
        )
    new = analysis_record(
        run=result.run,
        analysis_type=result.analysis_type,
        output=output,
        code_version=code_version,
        input_hash=input_hash,
    )
    if new.version != result.version + 1:  # another update came first (same run lock)
        raise AnalysisSupersededError(
            f"Analysis result {result.pk} was superseded while it was being updated."
        )
    return new


@transaction.atomic
def analysis_delete(*, analysis_result_id) -> None:
    """Delete one version. If it was the current one, the latest remaining version of its
    (run, analysis_type) becomes current again, in the same transaction."""
    result = _get(models.AnalysisResult, analysis_result_id)
    models.Run.objects.select_for_update(no_key=True).filter(pk=result.run_id).first()
    result = _get(models.AnalysisResult, analysis_result_id, lock=True)
    was_current = result.is_current
    _log("deleted", result)
    result.delete()
    if was_current:
        previous = (
            models.AnalysisResult.objects.filter(
                run_id=result.run_id, analysis_type=result.analysis_type
            )
            .order_by("-version")
            .first()
        )
        if previous is not None:
            previous.status = AnalysisStatus.CURRENT
            previous.superseded_at = None
            previous.save(update_fields=["status", "superseded_at"])


# rubrics


def rubric_get(rubric_id) -> models.Rubric:
    return _get(models.Rubric, rubric_id)


def rubric_list(*, version=None) -> QuerySet:
    return _filtered(models.Rubric.objects.all(), version=version)


@transaction.atomic
def rubric_update(*, rubric_id, version=UNSET, content=UNSET) -> models.Rubric:
    rubric = _get(models.Rubric, rubric_id, lock=True)
    return _updated(rubric, _changes(rubric, {"version": version}, documents={"content": content}))


@transaction.atomic
def rubric_delete(*, rubric_id) -> None:
    _delete(models.Rubric, rubric_id)
