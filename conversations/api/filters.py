import django_filters

from conversations.choices import AgentType, ContentSourceType, ConversationStatus
from conversations.models import AgentMessage, Conversation


class ConversationFilterSet(django_filters.FilterSet):
    """Every filter is backed by an index: (status|content_type|consensus|user, created_at)."""

    status = django_filters.MultipleChoiceFilter(choices=ConversationStatus.choices)
    content_type = django_filters.MultipleChoiceFilter(choices=ContentSourceType.choices)
    consensus_reached = django_filters.BooleanFilter()
    created_after = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="lt")

    class Meta:
        model = Conversation
        fields = ("status", "content_type", "consensus_reached", "created_after", "created_before")


class AgentMessageFilterSet(django_filters.FilterSet):
    agent_type = django_filters.MultipleChoiceFilter(choices=AgentType.choices)

    class Meta:
        model = AgentMessage
        fields = ("agent_type",)
