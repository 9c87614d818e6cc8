from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, extend_schema_view

from conversations.api.filters import AgentMessageFilterSet, ConversationFilterSet
from conversations.api.serializers import (
    AgentMessageSerializer,
    ConversationListSerializer,
    ConversationSerializer,
    PlainConversationListSerializer,
)
from conversations.models import AgentMessage, Conversation
from core.api.embed import EmbedMixin, include_parameter
from core.api.page_counts import PageChildCountsMixin
from core.api.scopes import Owner
from core.api.viewsets import ScopedModelViewSet

UUID_REGEX = "[0-9a-fA-F-]{36}"
INCLUDE_PARAMETER = include_parameter(
    "`messages`: embed each conversation's messages, in order (one more query "
    "for the whole page, whatever its size).",
    "messages",
)


def ordered_messages():
    return Prefetch("messages", queryset=AgentMessage.objects.order_by("message_order"))


@extend_schema_view(list=extend_schema(parameters=[INCLUDE_PARAMETER]))
class ConversationViewSet(EmbedMixin, PageChildCountsMixin, ScopedModelViewSet):
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
    serializer_class = ConversationSerializer
    embeddable = {"messages": lambda: [ordered_messages()]}
    list_serializer_class = ConversationListSerializer
    plain_list_serializer_class = PlainConversationListSerializer
    page_child_counts = {"message_count": (AgentMessage, "conversation")}

    def get_queryset(self):
        # the list: its included children (EmbedMixin); message_count for the page only
        queryset = super().get_queryset()
        if self.action not in ("list", "create"):  # create writes its messages, keeps them
            queryset = queryset.prefetch_related(ordered_messages())
        return queryset


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
