from rest_framework import serializers

from core.api.fast import PlannedRepresentationMixin
from core.api.serializers import ModelSerializer
from ideas import services
from ideas.choices import (
    DESCRIPTION_MAX_LENGTH,
    DESCRIPTION_MIN_LENGTH,
    TITLE_MAX_LENGTH,
    EvaluationPriority,
)
from ideas.models import AgentResult, BusinessIdea, Evaluation


class BusinessIdeaSerializer(PlannedRepresentationMixin, ModelSerializer):
    title = serializers.CharField(max_length=TITLE_MAX_LENGTH)
    description = serializers.CharField(
        min_length=DESCRIPTION_MIN_LENGTH,
        max_length=DESCRIPTION_MAX_LENGTH,
        help_text=f"{DESCRIPTION_MIN_LENGTH} to {DESCRIPTION_MAX_LENGTH} characters (FR1).",
    )
    evaluation_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = BusinessIdea
        fields = (
            "id",
            "title",
            "description",
            "status",
            "evaluation_count",
            "created_at",
            "updated_at",
        )
        read_only_fields = ("id", "status", "evaluation_count", "created_at", "updated_at")

    def create(self, validated_data):
        idea = services.idea_create(user=self.context["request"].user, **validated_data)
        idea.evaluation_count = 0
        return idea

    def update(self, instance, validated_data):
        idea = services.idea_update(
            idea_id=instance.pk, user=self.context["request"].user, **validated_data
        )
        idea.evaluation_count = getattr(instance, "evaluation_count", None)
        return idea


class AgentResultSummarySerializer(PlannedRepresentationMixin, ModelSerializer):
    class Meta:
        model = AgentResult
        fields = ("id", "agent_type", "status", "score", "completed_at")
        read_only_fields = fields


class EvaluationSerializer(PlannedRepresentationMixin, ModelSerializer):
    business_idea = serializers.PrimaryKeyRelatedField(queryset=BusinessIdea.objects.none())
    agent_results = AgentResultSummarySerializer(many=True, read_only=True)

    class Meta:
        model = Evaluation
        fields = (
            "id",
            "business_idea",
            "status",
            "priority",
            "started_at",
            "completed_at",
            "results",
            "error_message",
            "agent_results",
            "created_at",
            "updated_at",
        )
        read_only_fields = (
            "id",
            "status",
            "started_at",
            "completed_at",
            "results",
            "error_message",
            "agent_results",
            "created_at",
            "updated_at",
        )
        # "one open evaluation per idea" is checked by the service under a row lock (409)
        validators = []

    def get_fields(self):
        fields = super().get_fields()
        request = self.context.get("request")
        if request is not None and request.user.is_authenticated:
            # another user's (or a deleted) idea is "not found", like a 404
            fields["business_idea"].queryset = BusinessIdea.objects.alive().filter(
                user=request.user
            )
        return fields

    def create(self, validated_data):
        evaluation = services.evaluation_request(
            idea_id=validated_data["business_idea"].pk,
            user=self.context["request"].user,
            priority=validated_data.get("priority", EvaluationPriority.NORMAL),
        )
        evaluation._prefetched_objects_cache = {"agent_results": AgentResult.objects.none()}
        return evaluation


class AgentResultSerializer(ModelSerializer):
    business_idea = serializers.UUIDField(source="evaluation.business_idea_id", read_only=True)

    class Meta:
        model = AgentResult
        fields = (
            "id",
            "evaluation",
            "business_idea",
            "agent_type",
            "status",
            "input_data",
            "output_data",
            "insights",
            "score",
            "started_at",
            "completed_at",
            "error_message",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class BusinessIdeaListSerializer(BusinessIdeaSerializer):
    """An idea in a list; ``evaluations`` (newest first, each with its agent results) only
    with ``include=evaluations``."""

    # Not read-only, so the schema lists it as optional: it is there only when asked for.
    evaluations = EvaluationSerializer(many=True, required=False)

    class Meta(BusinessIdeaSerializer.Meta):
        fields = BusinessIdeaSerializer.Meta.fields + ("evaluations",)
