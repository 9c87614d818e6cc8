"""Research models (seed 003): a versioned tree of definitions, the runs made
from them with their transcripts, generated scenarios, experiments, run
comparisons, versioned analysis results and rubrics.

Every rule PostgreSQL can hold is held there: CHECK constraints for JSON shapes,
choices and ranges, a partial unique index for "one current analysis", and a
materialized path of the definition tree that PostgreSQL maintains and checks
(migration 0005, in its own narrow table; it also refuses cycles).
"""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import F, Func, Q, Subquery, Value
from django.db.models.fields.json import KeyTransform
from django.db.models.functions import Now
from django.db.models.lookups import Exact

from core.db import constraints as rules
from core.db.constraints import jsonb_typeof
from core.db.indexes import trigram
from core.models import TimeStampedModel, UUIDModel, choice_field
from core.presentation import related_title, short_id
from engagement import finality
from research.choices import AnalysisStatus, RunStatus
from research.schema_versions import ANALYSIS_OUTPUT, DEFINITION_CONTENT, Migrated

SHA256_HEX_REGEX = r"^[0-9a-f]{64}$"


def schema_version_valid(field: str) -> Q:
    """CHECK condition: ``schema_version`` is absent (v0) or a non-negative integer."""
    key = KeyTransform("schema_version", field)
    return ~Q(**{f"{field}__has_key": "schema_version"}) | Q(
        Exact(jsonb_typeof(key), Value("number")),
        **{f"{field}__schema_version__regex": r"^[0-9]+$"},
    )


def link_cascade(to, related_name: str) -> models.ForeignKey:
    """A row's owner: PostgreSQL deletes the row with it (ON DELETE CASCADE). Indexed by a
    composite index in the model's Meta, hence no index of its own."""
    return models.ForeignKey(
        to, on_delete=models.DB_CASCADE, db_index=False, related_name=related_name
    )


def link_set_null(to, related_name: str) -> models.ForeignKey:
    """An optional link PostgreSQL clears (ON DELETE SET NULL) when its row goes; indexed
    in the model's Meta."""
    return models.ForeignKey(
        to,
        on_delete=models.DB_SET_NULL,
        db_index=False,
        null=True,
        blank=True,
        related_name=related_name,
    )


# --- Definitions ---------------------------------------------------------------


class TreePathField(ArrayField):
    """The materialized path (uuid[]): written by PostgreSQL's trigger, so every
    INSERT and UPDATE reads it back (RETURNING) instead of trusting the value sent."""

    db_returning = True

    def __init__(self, **kwargs):
        kwargs.setdefault("base_field", models.UUIDField())
        super().__init__(**kwargs)


class EqualsAny(Func):
    """``lhs = ANY(array)``: served by an index on ``lhs`` (a primary key lookup per element)."""

    output_field = models.BooleanField()

    def as_sql(self, compiler, connection, **extra_context):
        (lhs, lhs_params), (rhs, rhs_params) = (
            compiler.compile(e) for e in self.source_expressions
        )
        # the cast makes ``(SELECT path ...)`` one array value, not a row set
        return f"({lhs} = ANY(({rhs})::uuid[]))", (*lhs_params, *rhs_params)


DESCENDANTS_ORDER = ("level", "created_at", "id")  # breadth first; the cursor's columns


class DefinitionQuerySet(models.QuerySet):
    """Tree queries on the materialized path (research 0005): one SQL statement each,
    served by an index whatever the tree's size.

    The path lives in the narrow table ``research_definitionpath`` (``DefinitionPath``,
    one row per definition, reached as ``tree_path``): ``path`` holds the ids from the
    root down to the row itself and ``level`` is ``cardinality(path) - 1`` (0 = a root);
    PostgreSQL maintains and checks both. Ancestry is ``id = ANY(path of the target)``
    (primary key), descendants are ``path @> ARRAY[target]`` (the GIN index
    rdefpath_path_gin).
    """

    def _base(self):
        return self.model._default_manager.order_by()

    def _target(self, definition_id):
        return DefinitionPath.objects.order_by().filter(pk=definition_id)

    def _target_level(self, definition_id):
        return Subquery(self._target(definition_id).values("level")[:1])

    def ancestors(self, definition_id, *, include_self: bool = False):
        """The chain above ``definition_id``, nearest first, annotated with ``depth``
        (1 = parent, 2 = grandparent, ...; 0 = the definition itself)."""
        path = Subquery(self._target(definition_id).values("path")[:1])
        # the ids on both sides of the join: each table is read by primary key
        qs = self._base().filter(EqualsAny(F("id"), path), EqualsAny(F("tree_path"), path))
        if not include_self:
            qs = qs.exclude(pk=definition_id)
        depth = models.ExpressionWrapper(
            self._target_level(definition_id) - F("tree_path__level"),
            output_field=models.IntegerField(),
        )
        return qs.annotate(depth=depth).order_by("-tree_path__level")

    def descendants(self, definition_id, *, include_self: bool = False):
        """Everything below ``definition_id``, breadth first (``depth`` 1 = children)."""
        qs = self._base().filter(tree_path__path__contains=[definition_id])
        if not include_self:
            qs = qs.exclude(pk=definition_id)
        depth = models.ExpressionWrapper(
            F("tree_path__level") - self._target_level(definition_id),
            output_field=models.IntegerField(),
        )
        # ``level`` (absolute) is the first column of the order, and of the API's cursor
        return qs.annotate(level=F("tree_path__level"), depth=depth).order_by(*DESCENDANTS_ORDER)

    def root_id_of(self, definition_id):
        """The id of the root of the tree holding ``definition_id`` (None if unknown)."""
        path = self._target(definition_id).values_list("path", flat=True).first()
        return path[0] if path else None

    def _root_array(self, definition_id):
        """``ARRAY[root of definition_id]`` as a subquery (one primary-key read)."""
        root = self._target(definition_id).annotate(root=F("path__0_1")).values("root")[:1]
        return Subquery(root)

    def tree(self, definition_id):
        """Every member of the tree holding ``definition_id`` (root first), in one
        statement: the rows whose path shares the target's first element."""
        return (
            self._base()
            .filter(tree_path__path__overlap=self._root_array(definition_id))
            .order_by("tree_path__level", "created_at", "id")
        )

    def tree_ids(self, definition_id):
        """The ids of the tree's members (a subquery of the path table alone, no join)."""
        return (
            DefinitionPath.objects.order_by()
            .filter(path__overlap=self._root_array(definition_id))
            .values("definition_id")
        )


class Definition(UUIDModel, TimeStampedModel):
    """A scenario definition; a fork links to its parent (root definitions have none)."""

    parent = models.ForeignKey(
        "self",
        # DO_NOTHING here: PostgreSQL's foreign key (NO ACTION) refuses to delete
        # a definition that has forks, for every writer; history is kept.
        on_delete=models.DO_NOTHING,
        db_index=False,
        null=True,
        blank=True,
        related_name="children",
        help_text="The definition this one was forked from; empty for a root.",
    )
    name = models.CharField(max_length=255)
    content = models.JSONField(
        help_text="The definition document; carries schema_version (absent means v0)."
    )

    objects = DefinitionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            rules.check(
                "not_own_parent", ~Q(parent=F("id")), "A definition cannot be its own parent."
            ),
            rules.not_blank("name"),
            rules.json_object("content", message="Definition content must be a JSON object."),
            rules.check(
                "schema_version",
                schema_version_valid("content"),
                "schema_version must be a non-negative integer.",
            ),
        ]
        indexes = [
            trigram("research", "def", "name"),
            models.Index(fields=["parent", "created_at"], name="rdef_parent_created_idx"),
            models.Index(fields=["-created_at"], name="rdef_created_idx"),
            models.Index(fields=["name"], name="rdef_name_idx"),
        ]

    def __str__(self):
        return self.name

    @property
    def schema_version(self) -> int:
        return DEFINITION_CONTENT.version_of(self.content)

    def read_content(self) -> Migrated:
        """The content migrated to the current schema version (not saved)."""
        return DEFINITION_CONTENT.migrate(self.content)


class DefinitionPath(models.Model):
    """A definition's place in its tree (research 0005): one narrow row per definition,
    written only by PostgreSQL's triggers on research_definition.

    It is a table of its own so that moving a subtree rewrites these narrow rows and
    their two indexes (primary key, GIN) and never the definitions themselves (six
    indexes, the JSON content). A direct write is refused (insert, delete) or undone
    (update); the CHECK research_definition_path_shape holds its shape.
    """

    definition = models.OneToOneField(
        Definition,
        on_delete=models.DB_CASCADE,
        primary_key=True,
        db_column="id",
        related_name="tree_path",
        editable=False,
    )
    parent_id = models.UUIDField(
        null=True, editable=False, help_text="The definition's parent_id (copied by the trigger)."
    )
    path = TreePathField(
        editable=False,
        help_text="Ids from the root down to this definition; maintained by PostgreSQL.",
    )
    level = models.GeneratedField(
        expression=Func(F("path"), function="cardinality") - 1,
        output_field=models.IntegerField(),
        db_persist=True,
        editable=False,
        help_text="Depth in the tree (0 for a root): cardinality(path) - 1.",
    )

    class Meta:
        verbose_name = "definition path"
        indexes = [
            # descendants and tree membership: path @> ARRAY[id] / path && ARRAY[root];
            # fastupdate: a move's many entries go to the pending list first
            GinIndex(fields=["path"], name="rdefpath_path_gin", fastupdate=True),
        ]

    def __str__(self):
        return f"Path of {short_id(self.pk)} (level {self.level})"


# --- Experiments, runs, transcripts -----------------------------------------------


class Experiment(UUIDModel, TimeStampedModel):
    """A scientific experiment: a hypothesis and how its runs will be analysed."""

    name = models.CharField(max_length=255)
    hypothesis = models.TextField()
    analysis_plan = models.JSONField(default=dict, db_default={}, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            *rules.each(rules.not_blank, "name", "hypothesis"),
            rules.json_object("analysis_plan", rule="plan_object"),
        ]
        indexes = [models.Index(fields=["-created_at"], name="rexp_created_idx")]

    def __str__(self):
        return self.name


class Run(UUIDModel, TimeStampedModel):
    """One pipeline execution of a definition."""

    definition = models.ForeignKey(
        Definition,
        # NO ACTION in PostgreSQL: a definition with runs cannot be deleted.
        on_delete=models.DO_NOTHING,
        db_index=False,
        related_name="runs",
    )
    experiment = link_set_null(Experiment, "runs")
    status = choice_field(RunStatus, RunStatus.PENDING, max_length=16)
    progress = models.JSONField(default=dict, db_default={}, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            rules.valid_choice("status", RunStatus),
            rules.json_object("progress"),
            rules.check(
                "completed_after_start",
                Q(completed_at__isnull=True)
                | Q(started_at__isnull=False, completed_at__gte=F("started_at")),
                "A run completes after it starts.",
            ),
        ]
        indexes = [
            models.Index(fields=["definition", "-created_at"], name="rrun_definition_created_idx"),
            models.Index(fields=["experiment", "-created_at"], name="rrun_experiment_created_idx"),
            models.Index(fields=["status", "-created_at"], name="rrun_status_created_idx"),
            models.Index(fields=["-created_at"], name="rrun_created_idx"),
        ]
        triggers = [
            finality.final_unless_corrected(
                name="run_finished_final",
                constraint="research_run_finished_final",
                entity_type="run",
                condition="OLD.status IN ('completed', 'failed', 'cancelled') "
                "AND NEW.status IS DISTINCT FROM OLD.status",
                what="a finished run's status cannot change",
            ),
        ]

    def __str__(self):
        return f"Run of {related_title(self, 'definition')} ({self.get_status_display()})"


class Scenario(UUIDModel, TimeStampedModel):
    """A scenario variant generated from a definition."""

    definition = link_cascade(Definition, "scenarios")
    content = models.JSONField()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            rules.json_object("content"),
        ]
        indexes = [
            models.Index(fields=["definition", "-created_at"], name="rscn_definition_created_idx"),
            models.Index(fields=["-created_at"], name="rscn_created_idx"),
        ]

    def __str__(self):
        return f"Scenario {short_id(self.pk)} of {related_title(self, 'definition')}"


class Transcript(UUIDModel, TimeStampedModel):
    """A raw dialogue record of one run against one target model.

    ``content`` NULL means the content expired (retention); ``{}`` is an empty
    record. Both are kept and told apart.
    """

    run = link_cascade(Run, "transcripts")
    scenario = link_set_null(Scenario, "transcripts")
    target_model = models.CharField(max_length=200)
    content = models.JSONField(
        null=True, blank=True, help_text="NULL once the content has expired; {} is empty."
    )
    turn_count = models.PositiveIntegerField(default=0, db_default=0)
    token_count = models.PositiveIntegerField(default=0, db_default=0)
    duration_ms = models.PositiveBigIntegerField(default=0, db_default=0)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            rules.not_blank("target_model", rule="model_not_blank"),
            rules.json_object(
                "content",
                nullable=True,
                message="Transcript content is a JSON object or NULL (expired).",
            ),
        ]
        indexes = [
            trigram("research", "tscr", "target_model"),
            models.Index(fields=["run", "created_at"], name="rtr_run_created_idx"),
            models.Index(fields=["scenario"], name="rtr_scenario_idx"),
            models.Index(fields=["target_model"], name="rtr_target_model_idx"),
            models.Index(fields=["-created_at"], name="rtr_created_idx"),
        ]

    def __str__(self):
        return f"Transcript {short_id(self.pk)} ({self.target_model})"

    @property
    def is_expired(self) -> bool:
        return self.content is None


# --- Comparisons, analysis, rubrics --------------------------------------------------


class RunComparison(UUIDModel, TimeStampedModel):
    """The delta between a baseline run and a comparison run."""

    baseline_run = link_cascade(Run, "comparisons_as_baseline")
    comparison_run = link_cascade(Run, "comparisons_as_comparison")
    experiment = link_set_null(Experiment, "comparisons")
    delta_data = models.JSONField(default=dict, db_default={}, blank=True)
    statistical_tests = models.JSONField(default=dict, db_default={}, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            rules.check(
                "distinct_runs",
                ~Q(baseline_run=F("comparison_run")),
                "A run cannot be compared with itself.",
            ),
            models.UniqueConstraint(
                fields=["baseline_run", "comparison_run"],
                name="research_runcomparison_pair_unique",
                violation_error_message="These two runs are already compared.",
            ),
            rules.json_object("delta_data", rule="delta_object"),
            rules.json_object("statistical_tests", rule="tests_object"),
        ]
        indexes = [
            # (baseline_run, comparison_run) is indexed by the unique constraint.
            models.Index(fields=["comparison_run"], name="rcmp_comparison_run_idx"),
            models.Index(fields=["experiment", "-created_at"], name="rcmp_experiment_created_idx"),
            models.Index(fields=["-created_at"], name="rcmp_created_idx"),
        ]

    def __str__(self):
        return f"{related_title(self, 'baseline_run')} vs {related_title(self, 'comparison_run')}"


class AnalysisResultQuerySet(models.QuerySet):
    def current(self):
        return self.filter(status=AnalysisStatus.CURRENT)


class AnalysisResult(UUIDModel):
    """One version of one type of analysis of a run.

    Re-analysing a run creates version n + 1 and marks version n superseded in
    one transaction (research.services.analysis_record); at most one current
    result per (run, analysis_type) is enforced by a partial unique index.
    """

    run = link_cascade(Run, "analysis_results")
    analysis_type = models.CharField(max_length=100)
    input_hash = models.CharField(max_length=64, help_text="SHA-256 (hex) of the analysed input.")
    code_version = models.CharField(max_length=100)
    output = models.JSONField(help_text="The analysis output; carries schema_version.")
    version = models.PositiveIntegerField()
    status = choice_field(AnalysisStatus, AnalysisStatus.CURRENT, max_length=16)
    superseded_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(db_default=Now(), editable=False)

    objects = AnalysisResultQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["run", "analysis_type"],
                condition=Q(status=AnalysisStatus.CURRENT),
                name="research_analysisresult_one_current",
                violation_error_message="This run already has a current result of this type.",
            ),
            models.UniqueConstraint(
                fields=["run", "analysis_type", "version"],
                name="research_analysisresult_version_unique",
            ),
            rules.at_least("version", 1, rule="version_positive"),
            rules.valid_choice("status", AnalysisStatus),
            rules.check(
                "superseded_at",
                Q(status=AnalysisStatus.CURRENT, superseded_at__isnull=True)
                | Q(status=AnalysisStatus.SUPERSEDED, superseded_at__isnull=False),
                "A current result has no superseded_at; a superseded one has it.",
            ),
            rules.matches(
                "input_hash",
                SHA256_HEX_REGEX,
                message="input_hash is a SHA-256 hex digest (64 lower-case hex digits).",
            ),
            rules.not_blank("analysis_type", rule="type_not_blank"),
            rules.not_blank("code_version", rule="code_not_blank"),
            rules.json_object("output"),
            rules.check(
                "schema_version",
                schema_version_valid("output"),
                "schema_version must be a non-negative integer.",
            ),
        ]
        indexes = [
            # (run, analysis_type, version) is indexed by its unique constraint.
            models.Index(fields=["analysis_type", "status"], name="rar_type_status_idx"),
            models.Index(fields=["status", "-created_at"], name="rar_status_created_idx"),
            models.Index(fields=["-created_at"], name="rar_created_idx"),
        ]

    def __str__(self):
        return f"{self.analysis_type} v{self.version} of {related_title(self, 'run')}"

    @property
    def is_current(self) -> bool:
        return self.status == AnalysisStatus.CURRENT

    def read_output(self) -> Migrated:
        """The output migrated to the current analysis-output schema version."""
        return ANALYSIS_OUTPUT.migrate(self.output)


class Rubric(UUIDModel, TimeStampedModel):
    """One version of the values rubric."""

    version = models.PositiveIntegerField()
    content = models.JSONField()

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["version"], name="research_rubric_version_unique"),
            rules.at_least("version", 1, rule="version_positive"),
            rules.json_object("content"),
        ]

    def __str__(self):
        return f"Rubric v{self.version}"
