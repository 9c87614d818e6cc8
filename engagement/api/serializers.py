from django.contrib.auth import get_user_model
from rest_framework import serializers

from core.api.serializers import ModelSerializer
from engagement import models, services
from engagement import validation as v
from engagement.choices import EscalationPriority, Platform, escalation_priority_value

TIMESTAMPS = ("created_at", "updated_at")


def model_serializer(model, read_only=(), exclude_fields=()):
    """A ModelSerializer over every field of ``model``; ids and timestamps read-only."""
    names = [f.name for f in model._meta.concrete_fields if f.name not in exclude_fields]
    ro = ("id", *[n for n in TIMESTAMPS if n in names], *read_only)
    meta = type("Meta", (), {"model": model, "fields": names, "read_only_fields": ro})
    return type(f"{model.__name__}Serializer", (ModelSerializer,), {"Meta": meta})


AuthorSerializer = model_serializer(models.Author, read_only=("first_seen_at", "last_seen_at"))
PostSerializer = model_serializer(models.Post, read_only=("error_count", "error_message"))
DecisionSerializer = model_serializer(models.Decision)
ExperimentSerializer = model_serializer(models.Experiment)
KpiMetricSerializer = model_serializer(models.KpiMetric)
CompetitorSerializer = model_serializer(models.Competitor)
CommunityChampionSerializer = model_serializer(
    models.CommunityChampion, read_only=("engagement_count",)
)
AuditLogSerializer = model_serializer(
    models.AuditLog, read_only=tuple(f.name for f in models.AuditLog._meta.concrete_fields)
)


class ReplySerializer(model_serializer(models.Reply, read_only=models.Reply.REVIEW_FIELDS)):
    """Drafted replies. Review state changes only through the approve/reject/delete actions."""

    def validate(self, attrs):
        if self.instance is None and not attrs.get("decision"):
            raise serializers.ValidationError({"decision": ["A reply answers a decision."]})
        if self.instance is not None and self.instance.approval_status != "PENDING":
            if set(attrs) & {"content", "archetype", "utm_code", "decision"}:
                raise serializers.ValidationError(
                    {"content": ["Only a pending reply can be edited."]}
                )
        return attrs

    def create(self, validated_data):  # audited (CREATED) in the service
        return services.reply_create(actor=self.context["request"].user, **validated_data)

    def update(self, instance, validated_data):  # audited (UPDATED, before/after)
        for name, value in validated_data.items():
            setattr(instance, name, value)
        return services.reply_save(reply=instance, actor=self.context["request"].user)


ESCALATION_STATE_FIELDS = ("status", "resolved_by", "resolved_at", "subject_snapshot")


class EscalationPriorityField(serializers.ChoiceField):
    """Seed 002's EscalationPriority as a Prisma enum takes it: "HIGH", "high", "High" or 3
    are all HIGH; the stored (and returned) value is the number, 1..4."""

    def __init__(self, **kwargs):
        names = ", ".join(m.name for m in EscalationPriority)
        kwargs.setdefault("help_text", f"{names} (any case), their labels, or 1..4.")
        super().__init__(choices=EscalationPriority.choices, **kwargs)

    def to_internal_value(self, data):
        try:
            return escalation_priority_value(data)
        except (TypeError, ValueError):
            self.fail("invalid_choice", input=data)


class EscalationSerializer(model_serializer(models.Escalation, read_only=ESCALATION_STATE_FIELDS)):
    priority = EscalationPriorityField(required=False)

    def validate(self, attrs):
        if self.instance is None and not any(attrs.get(k) for k in ("post", "decision", "reply")):
            raise serializers.ValidationError(
                {"post": ["An escalation needs a post, a decision or a reply."]}
            )
        return attrs


class ReasonSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=2000, required=False, allow_blank=True)


class NotesSerializer(serializers.Serializer):
    notes = serializers.CharField(max_length=5000, required=False, allow_blank=True)


class AssignSerializer(serializers.Serializer):
    """Assign to a staff user (default: the caller)."""

    assignee = serializers.PrimaryKeyRelatedField(
        queryset=get_user_model().objects.filter(is_staff=True, is_active=True), required=False
    )


class PostedSerializer(serializers.Serializer):
    platform_post_id = serializers.CharField(max_length=100, validators=[v.validate_post_id])


class IncrementSerializer(serializers.Serializer):
    by = serializers.IntegerField(min_value=1, max_value=1000, default=1)


class ErrorSerializer(serializers.Serializer):
    message = serializers.CharField(max_length=2000)


class IngestAuthorSerializer(serializers.Serializer):
    platform_id = serializers.CharField(max_length=100)
    handle = serializers.CharField(
        max_length=50,
        validators=[v.validate_handle],
        error_messages={"max_length": "Invalid handle format", "blank": "Invalid handle format"},
    )
    display_name = serializers.CharField(
        max_length=200, required=False, allow_null=True, allow_blank=True
    )
    follower_count = serializers.IntegerField(min_value=0, default=0)
    is_verified = serializers.BooleanField(default=False)


class IngestPostSerializer(serializers.Serializer):
    """One detected post: the seed's PostContentSchema plus the author it came from."""

    platform = serializers.ChoiceField(choices=Platform.choices)
    platform_post_id = serializers.CharField(
        max_length=100,
        validators=[v.validate_post_id],
        error_messages={"max_length": "Invalid post ID format", "blank": "Invalid post ID format"},
    )
    content = serializers.CharField(
        max_length=5000,
        trim_whitespace=False,
        error_messages={
            "blank": "Post content cannot be empty",
            "max_length": "Post content exceeds maximum length",
        },
    )
    keyword_matches = serializers.ListField(
        child=serializers.CharField(max_length=100),
        min_length=1,
        max_length=50,
        error_messages={
            "min_length": "Must match at least one keyword",
            "max_length": "Too many keyword matches",
            "empty": "Must match at least one keyword",
        },
        allow_empty=False,
    )
    keyword_categories = serializers.ListField(
        child=serializers.CharField(max_length=50), required=False, max_length=50
    )
    raw_metrics = serializers.JSONField(required=False)
    detected_at = serializers.DateTimeField(required=False)
    author = IngestAuthorSerializer()


class IngestBatchSerializer(serializers.Serializer):
    posts = IngestPostSerializer(many=True, allow_empty=False, max_length=500)


class IngestResultSerializer(serializers.Serializer):
    platform = serializers.CharField()
    platform_post_id = serializers.CharField()
    id = serializers.UUIDField()
    created = serializers.BooleanField()


class IngestResponseSerializer(serializers.Serializer):
    """What ``posts/ingest`` answers (201 when it created a post, 200 when all existed)."""

    created = serializers.IntegerField(help_text="Posts created by this request.")
    existing = serializers.IntegerField(help_text="Posts that were already there.")
    results = IngestResultSerializer(many=True, help_text="One entry per post sent, in order.")


class ErrorCountSerializer(serializers.Serializer):
    """What ``posts/{id}/error`` answers: the post and its new error count."""

    id = serializers.UUIDField()
    error_count = serializers.IntegerField()


class HelpCountSerializer(serializers.Serializer):
    """What ``replies/{id}/help`` answers: the new count."""

    help_count = serializers.IntegerField()


class EngagementCountSerializer(serializers.Serializer):
    """What ``champions/{id}/engagement`` answers: the new count."""

    engagement_count = serializers.IntegerField()
