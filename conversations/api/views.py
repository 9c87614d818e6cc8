from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from rest_framework import viewsets

from conversations.api.filters import AgentMessageFilterSet, ConversationFilterSet
from conversations.api.serializers import (
    AgentMessageSerializer,
    ConversationListSerializer,
    ConversationSerializer,
)
from conversations.models import AgentMessage, Conversation

UUID_REGEX = "[0-9a-fA-F-]{36}"


def conversations_for(user):
    """The conversations ``user`` may see: their own; staff see all."""
    if user.is_staff:
        return Conversation.objects.all()
    return Conversation.objects.filter(user=user)


class ConversationViewSet(viewsets.ModelViewSet):
    """The caller's conversations (staff: everyone's).

    The list shows each conversation with ``message_count``; the detail embeds its
    messages in ``message_order``. ``POST`` may carry ``messages``: the conversation
    and all of them are written in one transaction, or nothing is.
    """

    filterset_class = ConversationFilterSet
    ordering_fields = ("created_at",)
    ordering = ("-created_at", "-id")
    lookup_value_regex = UUID_REGEX

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Conversation.objects.none()
        queryset = conversations_for(self.request.user)
        if self.action == "list":
            queryset = queryset.with_message_count()
        else:
            queryset = queryset.prefetch_related(
                Prefetch("messages", queryset=AgentMessage.objects.order_by("message_order"))
            )
        return queryset.order_by("-created_at", "-id")

    def get_serializer_class(self):
        if self.action == "list":
            return ConversationListSerializer
        return ConversationSerializer

    def perform_create(self, serializer):
        serializer.save(user=self.request.user)


class AgentMessageViewSet(viewsets.ModelViewSet):
    """The messages of one conversation, in order (404 if the conversation is not yours)."""

    serializer_class = AgentMessageSerializer
    filterset_class = AgentMessageFilterSet
    ordering_fields = ("message_order", "timestamp")
    ordering = ("message_order",)
    lookup_value_regex = UUID_REGEX

    def get_conversation(self) -> Conversation:
        if not hasattr(self, "_conversation"):
            self._conversation = get_object_or_404(
                conversations_for(self.request.user), pk=self.kwargs["conversation_pk"]
            )
        return self._conversation

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return AgentMessage.objects.none()
        return AgentMessage.objects.filter(conversation=self.get_conversation()).order_by(
            "message_order"
        )

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if not getattr(self, "swagger_fake_view", False) and "conversation_pk" in self.kwargs:
            context["conversation"] = self.get_conversation()
        return context
