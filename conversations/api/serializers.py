from rest_framework import serializers

from conversations import services
from conversations.models import AgentMessage, Conversation
from core.api.fast import PlannedRepresentationMixin
from core.api.serializers import ModelSerializer

MESSAGE_FIELDS = (
    "id",
    "agent_type",
    "agent_name",
    "content",
    "confidence_level",
    "message_order",
    "cited_sources",
    "signal_references",
    "timestamp",
    "metadata",
)
CONVERSATION_FIELDS = (
    "id",
    "user",
    "content_type",
    "content_title",
    "content_content",
    "content_url",
    "content_author",
    "content_published_at",
    "content_metadata",
    "status",
    "consensus_reached",
    "final_recommendation",
    "confidence_score",
    "created_at",
    "updated_at",
    "completed_at",
    "metadata",
)


class NestedAgentMessageSerializer(PlannedRepresentationMixin, ModelSerializer):
    """A message inside a conversation payload (its conversation is the parent)."""

    class Meta:
        model = AgentMessage
        fields = MESSAGE_FIELDS
        read_only_fields = ("id",)
        extra_kwargs = {"message_order": {"required": False}, "timestamp": {"required": False}}


class AgentMessageSerializer(NestedAgentMessageSerializer):
    """A message on its own route; ``context["conversation"]`` is the parent."""

    class Meta(NestedAgentMessageSerializer.Meta):
        fields = ("conversation",) + MESSAGE_FIELDS
        read_only_fields = ("id", "conversation")

    def validate_message_order(self, value):
        conversation = self.context["conversation"]
        taken = AgentMessage.objects.filter(conversation=conversation, message_order=value)
        if self.instance is not None:
            taken = taken.exclude(pk=self.instance.pk)
        if taken.exists():
            raise serializers.ValidationError(
                "This conversation already has a message at this position."
            )
        return value

    def create(self, validated_data):
        return services.message_add(conversation=self.context["conversation"], **validated_data)


class PlainConversationListSerializer(PlannedRepresentationMixin, ModelSerializer):
    """A conversation in a list: its fields and how many messages it has."""

    message_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Conversation
        fields = CONVERSATION_FIELDS + ("message_count",)
        read_only_fields = ("id", "user", "created_at", "updated_at")


class ConversationListSerializer(PlainConversationListSerializer):
    """A conversation in a list; ``messages`` (in order) only with ``include=messages``."""

    # Not read-only, so the schema lists it as optional: it is there only when asked for.
    messages = NestedAgentMessageSerializer(many=True, required=False)

    class Meta(PlainConversationListSerializer.Meta):
        fields = PlainConversationListSerializer.Meta.fields + ("messages",)


class ConversationSerializer(PlannedRepresentationMixin, ModelSerializer):
    """A conversation with its messages in order; create may include the messages."""

    messages = NestedAgentMessageSerializer(many=True, required=False)
    # create and update are services.conversation_create / conversation_update, atomic
    writes_atomically = True

    class Meta:
        model = Conversation
        fields = CONVERSATION_FIELDS + ("messages",)
        read_only_fields = ("id", "user", "created_at", "updated_at")
        # "completes after it was created" is the CHECK, reported on the field the client sent
        constraint_error_fields = {
            "conversations_conversation_completed_after_created": "completed_at"
        }

    def validate_content_url(self, value):
        return value or None

    def validate_messages(self, value):
        if self.instance is not None:
            raise serializers.ValidationError(
                "Messages are written with the conversation only on create; "
                "use the conversation's messages endpoint to change them."
            )
        orders = [
            i if m.get("message_order") is None else m["message_order"]
            for i, m in enumerate(value, start=1)
        ]
        if len(orders) != len(set(orders)):
            raise serializers.ValidationError("Each message needs its own message_order.")
        return value

    def create(self, validated_data):
        return services.conversation_create(**validated_data)

    def update(self, instance, validated_data):
        return services.conversation_update(conversation=instance, **validated_data)
