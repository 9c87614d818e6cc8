from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.exceptions import ValidationError

from conversations.api.filters import AgentMessageFilterSet, ConversationFilterSet
from conversations.api.serializers import (
    AgentMessageSerializer,
    ConversationListSerializer,
    ConversationSerializer,
    PlainConversationListSerializer,
)
from conversations.models import AgentMessage, Conversation
from core.api.page_counts import PageChildCountsMixin
from core.api.scopes import Owner
from core.api.viewsets import ScopedModelViewSet

UUID_REGEX = "[0-9a-fA-F-]{36}"
INCLUDE = "include"
EMBEDDABLE = ("messages",)
INCLUDE_PARAMETER = OpenApiParameter(
    INCLUDE,
    OpenApiTypes.STR,
    enum=EMBEDDABLE,
    description="`messages`: embed each conversation's messages, in order (one more query "
    "for the whole page, whatever its size).",
)


def ordered_messages():
    return Prefetch("messages", queryset=AgentMessage.objects.order_by("message_order"))


@extend_schema_view(list=extend_schema(parameters=[INCLUDE_PARAMETER]))
class ConversationViewSet(PageChildCountsMixin, ScopedModelViewSet):
    """The caller's conversations (staff too: staff read others' in the admin).

    The list shows each conversation with ``message_count`` (``?include=messages``
    embeds the messages too); the detail embeds its messages in ``message_order``. ``POST`` may carry ``messages``: the conversation
    and all of them are written in one transaction, or nothing is.
    """

    scope = Owner("user")
    queryset = Conversation.objects.all()
    filterset_class = ConversationFilterSet
    ordering_fields = ("created_at",)
    lookup_value_regex = UUID_REGEX
    page_child_counts = {"message_count": (AgentMessage, "conversation")}

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action == "list":  # message_count: for the page only (page_child_counts)
            if self.includes():
                queryset = queryset.prefetch_related(ordered_messages())
        elif self.action != "create":  # create writes its messages and keeps them
            queryset = queryset.prefetch_related(ordered_messages())
        return queryset

    def count_page_children(self, page) -> None:
        if self.includes():  # the page's messages are prefetched: count them, no query
            for conversation in page:
                conversation.message_count = len(conversation.messages.all())
        else:
            super().count_page_children(page)

    def includes(self) -> set[str]:
        """The children asked for with ``include`` (comma-separated); 400 if unknown."""
        if getattr(self, "swagger_fake_view", False) or self.request is None:
            return set()
        asked = {
            name.strip()
            for value in self.request.query_params.getlist(INCLUDE)
            for name in value.split(",")
            if name.strip()
        }
        unknown = asked - set(EMBEDDABLE)
        if unknown:
            raise ValidationError(
                {INCLUDE: [f"Unknown: {', '.join(sorted(unknown))}. Choose from: messages."]}
            )
        return asked

    def get_serializer_class(self):
        if self.action == "list":
            if getattr(self, "swagger_fake_view", False) or self.includes():
                return ConversationListSerializer  # the schema shows the optional messages
            return PlainConversationListSerializer
        return ConversationSerializer


class AgentMessageViewSet(ScopedModelViewSet):
    """The messages of one conversation, in order (404 if the conversation is not yours)."""

    scope = Owner("conversation__user")
    queryset = AgentMessage.objects.all()
    serializer_class = AgentMessageSerializer
    filterset_class = AgentMessageFilterSet
    ordering_fields = ("message_order", "timestamp")
    ordering = ("message_order",)
    lookup_value_regex = UUID_REGEX

    def get_conversation(self) -> Conversation:
        if not hasattr(self, "_conversation"):
            conversations = Owner("user").rows(Conversation.objects.all(), self.request.user)
            self._conversation = get_object_or_404(conversations, pk=self.kwargs["conversation_pk"])
        return self._conversation

    def get_queryset(self):
        queryset = super().get_queryset()
        if getattr(self, "swagger_fake_view", False):
            return queryset
        return queryset.filter(conversation=self.get_conversation())

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if not getattr(self, "swagger_fake_view", False) and "conversation_pk" in self.kwargs:
            context["conversation"] = self.get_conversation()
        return context
