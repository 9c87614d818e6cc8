"""Seed 000: AI agent conversations (Conversation) and their messages (AgentMessage).

Columns keep the seed's Prisma names in snake_case; every Pydantic validation of
``conversation_models.py`` is also a CHECK constraint, so a service that writes SQL
directly (the seed's FastAPI service) is held to the same rules as Django.
"""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.validators import MaxValueValidator, MinLengthValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Coalesce, Now

from conversations.choices import AgentType, ContentSourceType, ConversationStatus
from conversations.fields import RealField
from conversations.validators import URL_REGEX, validate_http_url, validate_json_object
from core.db import constraints as rules
from core.db.indexes import trigram
from core.models import TimeStampedModel, UUIDModel, choice_field

CONTENT_MIN_LENGTH = 10


class JSONBTypeof(models.Func):
    """Referenced by migration 0001 only; models use ``core.db.constraints``."""

    function = "jsonb_typeof"
    arity = 1
    output_field = models.TextField()


class ArrayPosition(models.Func):
    """Referenced by migration 0001 only; models use ``core.db.constraints``."""

    function = "array_position"
    arity = 2
    output_field = models.IntegerField()


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
    status = choice_field(ConversationStatus, ConversationStatus.INITIALIZED, max_length=16)
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
            rules.valid_choice("content_type", ContentSourceType),
            rules.not_blank(
                "content_title",
                rule="title_not_empty",
                message="The content title may not be empty.",
            ),
            rules.min_length(
                "content_content",
                CONTENT_MIN_LENGTH,
                rule="content_min_length",
                message=f"The content must be at least {CONTENT_MIN_LENGTH} characters long.",
            ),
            rules.matches(
                "content_url",
                URL_REGEX,
                nullable=True,
                null_first=True,
                rule="url_http",
                message="The URL must start with http:// or https://.",
            ),
            rules.json_object(
                "content_metadata", message="Content metadata must be a JSON object."
            ),
            rules.valid_choice("status", ConversationStatus),
            rules.unit_range(
                "confidence_score",
                nullable=True,
                rule="confidence_range",
                message="The confidence score must be between 0 and 1.",
            ),
            rules.check(
                "completed_after_created",
                models.Q(completed_at__isnull=True)
                | models.Q(completed_at__gte=models.F("created_at")),
                "A conversation cannot complete before it was created.",
            ),
            rules.json_object("metadata", message="Metadata must be a JSON object."),
        ]
        indexes = [
            trigram("conversations", "conv", "content_title"),
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
            rules.non_negative(
                "message_order",
                rule="order_non_negative",
                message="The message order is 0 or more.",
            ),
            rules.valid_choice("agent_type", AgentType),
            rules.not_blank(
                "agent_name",
                rule="agent_name_not_empty",
                message="The agent name may not be empty.",
            ),
            rules.not_blank(
                "content", rule="content_not_empty", message="The message content may not be empty."
            ),
            rules.unit_range(
                "confidence_level",
                nullable=True,
                rule="confidence_range",
                message="The confidence level must be between 0 and 1.",
            ),
            rules.array_no_nulls("cited_sources"),
            rules.array_no_nulls("signal_references", rule="signal_refs_no_nulls"),
            rules.json_object("metadata", message="Metadata must be a JSON object."),
        ]
        indexes = [
            trigram("conversations", "msg", "agent_name"),
            # (conversation, message_order) is served by the unique constraint's index.
            models.Index(fields=["agent_type", "-timestamp"], name="msg_agent_type_ts_idx"),
            models.Index(fields=["-timestamp"], name="msg_timestamp_idx"),
        ]

    def __str__(self):
        return f"#{self.message_order} {self.agent_name}"
