from django.db import transaction
from drf_spectacular.utils import extend_schema_serializer
from rest_framework import serializers

from core.api.fast import PlannedRepresentationMixin
from core.api.serializers import ModelSerializer
from research import models, services
from research.exceptions import ResearchValidationError, UnknownSchemaVersionError
from research.schema_versions import ANALYSIS_OUTPUT, DEFINITION_CONTENT


class DocumentField(serializers.JSONField):
    """A JSON document as research.services checks it, a refusal being this field's error:
    ``normalize`` (migrated to the current schema version) or, by default, a JSON object
    PostgreSQL's jsonb can store (``allow_null``: or null)."""

    def __init__(self, *, normalize=None, **kwargs):
        self.normalize = normalize
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        try:
            if self.normalize is not None:
                return self.normalize(value)
            return services.validate_json_document(
                value, field=self.field_name, allow_null=self.allow_null
            )
        except ResearchValidationError as exc:
            raise serializers.ValidationError(exc.message)


class VersionedContentMixin(serializers.Serializer):
    """Serialize a versioned JSONB field migrated to the current schema version.

    ``<field>`` is the migrated content, ``stored_schema_version`` the version as
    stored, ``content_error`` why the content could not be read (an unknown,
    newer schema_version), in which case ``<field>`` is returned as stored.
    """

    stored_schema_version = serializers.IntegerField(read_only=True, allow_null=True)
    content_error = serializers.CharField(read_only=True, allow_null=True)
    versioned_field = "content"
    registry = DEFINITION_CONTENT

    def to_representation(self, instance):
        data = super().to_representation(instance)
        raw = getattr(instance, self.versioned_field)
        try:
            migrated = self.registry.migrate(raw)
        except UnknownSchemaVersionError as exc:
            data["stored_schema_version"] = (
                raw.get("schema_version") if isinstance(raw, dict) else None
            )
            data["content_error"] = exc.message
            return data
        data[self.versioned_field] = migrated.content
        data["stored_schema_version"] = migrated.from_version
        data["content_error"] = None
        return data


class DefinitionSerializer(VersionedContentMixin, ModelSerializer):
    parent = serializers.PrimaryKeyRelatedField(
        queryset=models.Definition.objects.all(), allow_null=True, required=False
    )
    content = DocumentField(
        normalize=services.normalize_definition_content,
        help_text="A JSON object; without schema_version it is version 0 and is upgraded.",
    )

    class Meta:
        model = models.Definition
        fields = (
            "id",
            "parent",
            "name",
            "content",
            "stored_schema_version",
            "content_error",
            "created_at",
            "updated_at",
        )
        read_only_fields = ("id", "created_at", "updated_at")

    def validate(self, attrs):
        if "parent" in attrs:
            try:
                services.definition_check_parent(self.instance, attrs["parent"])
            except ResearchValidationError as exc:
                raise serializers.ValidationError({"parent": [exc.message]})
        return attrs

    def create(self, validated_data):
        parent = validated_data.get("parent")
        return services.definition_create(
            name=validated_data["name"],
            content=validated_data["content"],
            parent_id=parent.pk if parent else None,
        )


class DefinitionTreeNodeSerializer(DefinitionSerializer):
    depth = serializers.IntegerField(read_only=True)

    class Meta(DefinitionSerializer.Meta):
        fields = DefinitionSerializer.Meta.fields + ("depth",)


class DefinitionForkSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=255, required=False)
    content = DocumentField(
        normalize=services.normalize_definition_content,
        required=False,
        help_text="Defaults to the parent's content.",
    )
    copy_scenarios = serializers.BooleanField(default=False)


@extend_schema_serializer(component_name="ResearchExperiment")  # engagement has an Experiment too
class ExperimentSerializer(ModelSerializer):
    analysis_plan = DocumentField(required=False)

    class Meta:
        model = models.Experiment
        fields = ("id", "name", "hypothesis", "analysis_plan", "created_at", "updated_at")
        read_only_fields = ("id", "created_at", "updated_at")


class ScenarioSerializer(ModelSerializer):
    content = DocumentField()

    class Meta:
        model = models.Scenario
        fields = ("id", "definition", "content", "created_at", "updated_at")
        read_only_fields = ("id", "created_at", "updated_at")


class TranscriptSerializer(PlannedRepresentationMixin, ModelSerializer):
    content = DocumentField(allow_null=True, required=False, help_text="null: expired; {}: empty.")
    is_expired = serializers.BooleanField(read_only=True)

    class Meta:
        model = models.Transcript
        fields = (
            "id",
            "run",
            "scenario",
            "target_model",
            "content",
            "is_expired",
            "turn_count",
            "token_count",
            "duration_ms",
            "created_at",
            "updated_at",
        )
        read_only_fields = ("id", "created_at", "updated_at")


class TranscriptInputSerializer(TranscriptSerializer):
    """A transcript written with its run (no ``run`` field)."""

    class Meta(TranscriptSerializer.Meta):
        fields = tuple(f for f in TranscriptSerializer.Meta.fields if f != "run")


class RunSerializer(PlannedRepresentationMixin, ModelSerializer):
    progress = DocumentField(required=False)
    transcripts = TranscriptInputSerializer(
        many=True,
        write_only=True,
        required=False,
        help_text="Transcripts created with the run, in the same transaction.",
    )

    class Meta:
        model = models.Run
        fields = (
            "id",
            "definition",
            "experiment",
            "status",
            "progress",
            "started_at",
            "completed_at",
            "transcripts",
            "created_at",
            "updated_at",
        )
        read_only_fields = ("id", "created_at", "updated_at")

    def validate(self, attrs):
        started = attrs.get("started_at", getattr(self.instance, "started_at", None))
        completed = attrs.get("completed_at", getattr(self.instance, "completed_at", None))
        if completed is not None and (started is None or completed < started):
            raise serializers.ValidationError(
                {"completed_at": ["A run completes after it starts."]}
            )
        if self.instance is not None and "transcripts" in attrs:
            raise serializers.ValidationError(
                {"transcripts": ["Add transcripts through research/transcripts."]}
            )
        return attrs

    def create(self, validated_data):
        transcripts = validated_data.pop("transcripts", [])
        experiment = validated_data.get("experiment")
        with transaction.atomic():
            run = services.run_create(
                definition_id=validated_data["definition"].pk,
                experiment_id=experiment.pk if experiment else None,
                status=validated_data.get("status"),
                progress=validated_data.get("progress"),
                transcripts=transcripts,
            )
            if validated_data.get("started_at") or validated_data.get("completed_at"):
                run.started_at = validated_data.get("started_at")
                run.completed_at = validated_data.get("completed_at")
                run.save(update_fields=["started_at", "completed_at", "updated_at"])
        return run


class RunComparisonSerializer(ModelSerializer):
    delta_data = DocumentField(required=False)
    statistical_tests = DocumentField(required=False)

    class Meta:
        model = models.RunComparison
        fields = (
            "id",
            "baseline_run",
            "comparison_run",
            "experiment",
            "delta_data",
            "statistical_tests",
            "created_at",
            "updated_at",
        )
        read_only_fields = ("id", "created_at", "updated_at")
        validators = []  # the pair's uniqueness is reported by the database (409)
        # "a run is not compared with itself" is the CHECK research_runcomparison_distinct_runs
        constraint_error_fields = {"research_runcomparison_distinct_runs": "comparison_run"}

    def create(self, validated_data):
        return services.comparison_create(**validated_data)


class AnalysisResultSerializer(VersionedContentMixin, ModelSerializer):
    versioned_field = "output"
    registry = ANALYSIS_OUTPUT

    output = DocumentField(normalize=services.normalize_analysis_output)
    input_hash = serializers.RegexField(
        r"^[0-9a-f]{64}$",
        required=False,
        help_text="SHA-256 hex of the input; computed from the run's transcripts if omitted.",
    )

    class Meta:
        model = models.AnalysisResult
        fields = (
            "id",
            "run",
            "analysis_type",
            "input_hash",
            "code_version",
            "output",
            "stored_schema_version",
            "content_error",
            "version",
            "status",
            "superseded_at",
            "created_at",
        )
        read_only_fields = ("id", "version", "status", "superseded_at", "created_at")
        validators = []  # versioning is the service's job (analysis_record)

    def create(self, validated_data):
        return services.analysis_record(**validated_data)


class ReanalyzeSerializer(serializers.Serializer):
    output = DocumentField(normalize=services.normalize_analysis_output)
    code_version = serializers.CharField(max_length=100)
    input_hash = serializers.RegexField(r"^[0-9a-f]{64}$", required=False)


class RubricSerializer(ModelSerializer):
    content = DocumentField()

    class Meta:
        model = models.Rubric
        fields = ("id", "version", "content", "created_at", "updated_at")
        read_only_fields = ("id", "created_at", "updated_at")


class RunListSerializer(RunSerializer):
    """A run in a list; ``transcripts`` (oldest first) only with ``include=transcripts``."""

    # Not read-only, so the schema lists it as optional: it is there only when asked for.
    transcripts = TranscriptSerializer(many=True, required=False)
