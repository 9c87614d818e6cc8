from django.contrib import admin

from conversations.models import AgentMessage, Conversation
from core.admin import BaseModelAdmin


class AgentMessageInline(admin.TabularInline):
    model = AgentMessage
    extra = 0
    ordering = ("message_order",)
    fields = (
        "message_order",
        "agent_type",
        "agent_name",
        "content",
        "confidence_level",
        "cited_sources",
        "signal_references",
        "timestamp",
        "metadata",
    )
    readonly_fields = ("timestamp",)


@admin.register(Conversation)
class ConversationAdmin(BaseModelAdmin):
    list_display = (
        "content_title",
        "user",
        "status",
        "content_type",
        "consensus_reached",
        "confidence_score",
        "message_count",
        "created_at",
    )
    list_filter = ("status", "content_type", "consensus_reached")
    list_select_related = ("user",)
    search_fields = ("content_title", "user__email")
    autocomplete_fields = ("user",)
    readonly_fields = ("id", "created_at", "updated_at")
    ordering = ("-created_at", "-id")
    inlines = (AgentMessageInline,)
    fieldsets = (
        (None, {"fields": ("id", "user", "status", "created_at", "updated_at", "completed_at")}),
        (
            "Content source",
            {
                "fields": (
                    "content_type",
                    "content_title",
                    "content_content",
                    "content_url",
                    "content_author",
                    "content_published_at",
                    "content_metadata",
                )
            },
        ),
        (
            "Outcome",
            {
                "fields": (
                    "consensus_reached",
                    "final_recommendation",
                    "confidence_score",
                    "metadata",
                )
            },
        ),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).with_message_count()

    @admin.display(description="messages", ordering="message_count")
    def message_count(self, obj):
        return obj.message_count


@admin.register(AgentMessage)
class AgentMessageAdmin(BaseModelAdmin):
    list_display = (
        "conversation",
        "message_order",
        "agent_type",
        "agent_name",
        "confidence_level",
        "timestamp",
    )
    list_filter = ("agent_type",)
    list_select_related = ("conversation",)
    search_fields = ("agent_name", "conversation__content_title")
    autocomplete_fields = ("conversation",)
    readonly_fields = ("id", "timestamp")
    ordering = ("-timestamp", "-id")
