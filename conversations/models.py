"""Seed 000: AI agent conversations (Conversation) and their messages (AgentMessage).

Columns keep the seed's Prisma names in snake_case; every Pydantic validation of
``conversation_models.py`` is also a CHECK constraint, so a service that writes SQL
directly (the seed's FastAPI service) is held to the same rules as Django.
"""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.validators import MaxValueValidator, MinLengthValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Coalesce, Length, Now
from django.db.models.lookups import Exact, GreaterThanOrEqual, IsNull

from conversations.choices import AgentType, ContentSourceType, ConversationStatus
from conversations.fields import RealField
from conversations.validators import URL_REGEX, validate_http_url, validate_json_object
from core.models import TimeStampedModel, UUIDModel

CONTENT_MIN_LENGTH = 10


class JSONBTypeof(models.Func):
    function = "jsonb_typeof"
    arity = 1
    output_field = models.TextField()


class ArrayPosition(models.Func):
    function = "array_position"
    arity = 2
    output_field = models.IntegerField()


def _json_is_object(field: str) -> Exact:
    return Exact(JSONBTypeof(models.F(field)), models.Value("object"))


def _array_has_no_nulls(field: str) -> IsNull:
    return IsNull(ArrayPosition(models.F(field), models.Value(None)), True)


def _unit_range(field: str) -> models.Q:
    return models.Q(**{f"{field}__isnull": True}) | models.Q(
        **{f"{field}__gte": 0, f"{field}__lte": 1}
    )


class ConversationQuerySet(models.QuerySet):
    def with_message_count(self):
        """Annotate ``message_count`` with a correlated subquery, not JOIN + GROUP BY:
        PostgreSQL counts messages only for the rows of the page, and a pagination
        ``count()`` leaves the unused annotation out."""
        counts = (
            AgentMessage.objects.filter(conversation=models.OuterRef("pk"))
            .order_by()
            .values("conversation")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        return self.annotate(
            message_count=Coalesce(models.Subquery(counts, output_field=models.IntegerField()), 0)
        )


class Conversation(UUIDModel, TimeStampedModel):
    """One AutoGen debate about a piece of content (the seed's ConversationSession)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DB_CASCADE,
        related_name="conversations",
        db_index=False,  # (user, created_at) index leads with user_id
    )

    # Content source (the seed's embedded ContentSource).
    content_type = models.CharField(max_length=32, choices=ContentSourceType)
    content_title = models.CharField(max_length=500)
    content_content = models.TextField(
        validators=[MinLengthValidator(CONTENT_MIN_LENGTH)],
        help_text=f"The content the agents analyse, at least {CONTENT_MIN_LENGTH} characters.",
    )
    content_url = models.TextField(
        null=True, blank=True, validators=[validate_http_url], help_text="http:// or https:// URL."
    )
    content_author = models.CharField(max_length=200, null=True, blank=True)
    content_published_at = models.DateTimeField(null=True, blank=True)
    content_metadata = models.JSONField(
        default=dict, db_default={}, blank=True, validators=[validate_json_object]
    )

    # Conversation state.
    status = models.CharField(
        max_length=16,
        choices=ConversationStatus,
        default=ConversationStatus.INITIALIZED,
        db_default=ConversationStatus.INITIALIZED,
    )
    consensus_reached = models.BooleanField(default=False, db_default=False)
    final_recommendation = models.TextField(null=True, blank=True)
    confidence_score = RealField(
        null=True, blank=True, validators=[MinValueValidator(0), MaxValueValidator(1)]
    )

    completed_at = models.DateTimeField(null=True, blank=True)
    metadata = models.JSONField(
        default=dict, db_default={}, blank=True, validators=[validate_json_object]
    )

    objects = ConversationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(content_type__in=ContentSourceType.values),
                name="conversations_conversation_content_type_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(content_title=""),
                name="conversations_conversation_title_not_empty",
                violation_error_message="The content title may not be empty.",
            ),
            models.CheckConstraint(
                condition=GreaterThanOrEqual(Length("content_content"), CONTENT_MIN_LENGTH),
                name="conversations_conversation_content_min_length",
                violation_error_message=(
                    f"The content must be at least {CONTENT_MIN_LENGTH} characters long."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(content_url__isnull=True)
                | models.Q(content_url__regex=URL_REGEX),
                name="conversations_conversation_url_http",
                violation_error_message="The URL must start with http:// or https://.",
            ),
            models.CheckConstraint(
                condition=_json_is_object("content_metadata"),
                name="conversations_conversation_content_metadata_object",
                violation_error_message="Content metadata must be a JSON object.",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=ConversationStatus.values),
                name="conversations_conversation_status_valid",
            ),
            models.CheckConstraint(
                condition=_unit_range("confidence_score"),
                name="conversations_conversation_confidence_range",
                violation_error_message="The confidence score must be between 0 and 1.",
            ),
            models.CheckConstraint(
                condition=models.Q(completed_at__isnull=True)
                | models.Q(completed_at__gte=models.F("created_at")),
                name="conversations_conversation_completed_after_created",
                violation_error_message="A conversation cannot complete before it was created.",
            ),
            models.CheckConstraint(
                condition=_json_is_object("metadata"),
                name="conversations_conversation_metadata_object",
                violation_error_message="Metadata must be a JSON object.",
            ),
        ]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="conv_user_created_idx"),
            models.Index(fields=["status", "-created_at"], name="conv_status_created_idx"),
            models.Index(fields=["content_type", "-created_at"], name="conv_ctype_created_idx"),
            models.Index(
                fields=["consensus_reached", "-created_at"], name="conv_consensus_created_idx"
            ),
            models.Index(fields=["-created_at"], name="conv_created_idx"),
        ]

    def __str__(self):
        return self.content_title

    def clean(self):
        super().clean()
        # Forms give "" for an empty optional text; the column wants NULL ("no URL").
        if self.content_url == "":
            self.content_url = None


class AgentMessage(UUIDModel):
    """One agent's turn in a conversation, in ``message_order``."""

    conversation = models.ForeignKey(
        Conversation,
        on_delete=models.DB_CASCADE,
        related_name="messages",
        db_index=False,  # the (conversation, message_order) unique index leads with it
    )
    agent_type = models.CharField(max_length=32, choices=AgentType)
    agent_name = models.CharField(max_length=100)
    content = models.TextField()
    confidence_level = RealField(
        null=True, blank=True, validators=[MinValueValidator(0), MaxValueValidator(1)]
    )
    message_order = models.IntegerField(
        validators=[MinValueValidator(0)],
        help_text="Position in the conversation: 0 or more (the seed's Pydantic ge=0), "
        "unique within the conversation.",
    )
    cited_sources = ArrayField(models.TextField(), default=list, db_default=[], blank=True)
    signal_references = ArrayField(models.TextField(), default=list, db_default=[], blank=True)
    timestamp = models.DateTimeField(db_default=Now(), blank=True)
    metadata = models.JSONField(
        default=dict, db_default={}, blank=True, validators=[validate_json_object]
    )

    class Meta:
        ordering = ["conversation", "message_order"]
        constraints = [
            models.UniqueConstraint(
                fields=["conversation", "message_order"],
                name="conversations_agentmessage_order_unique",
                violation_error_message="This conversation already has a message at this position.",
            ),
            models.CheckConstraint(
                condition=models.Q(message_order__gte=0),
                name="conversations_agentmessage_order_non_negative",
                violation_error_message="The message order is 0 or more.",
            ),
            models.CheckConstraint(
                condition=models.Q(agent_type__in=AgentType.values),
                name="conversations_agentmessage_agent_type_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(agent_name=""),
                name="conversations_agentmessage_agent_name_not_empty",
                violation_error_message="The agent name may not be empty.",
            ),
            models.CheckConstraint(
                condition=~models.Q(content=""),
                name="conversations_agentmessage_content_not_empty",
                violation_error_message="The message content may not be empty.",
            ),
            models.CheckConstraint(
                condition=_unit_range("confidence_level"),
                name="conversations_agentmessage_confidence_range",
                violation_error_message="The confidence level must be between 0 and 1.",
            ),
            models.CheckConstraint(
                condition=_array_has_no_nulls("cited_sources"),
                name="conversations_agentmessage_cited_sources_no_nulls",
            ),
            models.CheckConstraint(
                condition=_array_has_no_nulls("signal_references"),
                name="conversations_agentmessage_signal_refs_no_nulls",
            ),
            models.CheckConstraint(
                condition=_json_is_object("metadata"),
                name="conversations_agentmessage_metadata_object",
                violation_error_message="Metadata must be a JSON object.",
            ),
        ]
        indexes = [
            # (conversation, message_order) is served by the unique constraint's index.
            models.Index(fields=["agent_type", "-timestamp"], name="msg_agent_type_ts_idx"),
            models.Index(fields=["-timestamp"], name="msg_timestamp_idx"),
        ]

    def __str__(self):
        return f"#{self.message_order} {self.agent_name}"
