import pytest
from django.db import IntegrityError

from conversations import services
from conversations.models import AgentMessage, Conversation
from core.errors import DomainValidationError
from tests.conversations.factories import ConversationFactory

pytestmark = pytest.mark.django_db

CONTENT = {
    "content_type": "news_article",
    "content_title": "Fed holds rates",
    "content_content": "The Federal Reserve left rates unchanged and signalled patience.",
}


def test_create_assigns_positions_and_writes_all_rows(user):
    conversation = services.conversation_create(
        user=user,
        messages=[
            {"agent_type": "financial_analyst", "agent_name": "FA", "content": "a"},
            {"agent_type": "market_context", "agent_name": "MC", "content": "b"},
        ],
        **CONTENT,
    )
    orders = conversation.messages.order_by("message_order").values_list("message_order", flat=True)
    assert list(orders) == [1, 2]


def test_create_rolls_back_when_a_message_is_rejected_by_the_database(user):
    with pytest.raises(IntegrityError, match="conversations_agentmessage_agent_type_valid"):
        services.conversation_create(
            user=user,
            messages=[
                {"agent_type": "financial_analyst", "agent_name": "FA", "content": "a"},
                {"agent_type": "moderator", "agent_name": "X", "content": "b"},
            ],
            **CONTENT,
        )
    assert not Conversation.objects.exists()
    assert not AgentMessage.objects.exists()


def test_create_rejects_duplicate_orders_and_writes_nothing(user):
    with pytest.raises(DomainValidationError):
        services.conversation_create(
            user=user,
            messages=[
                {
                    "agent_type": "financial_analyst",
                    "agent_name": "FA",
                    "content": "a",
                    "message_order": 1,
                },
                {
                    "agent_type": "market_context",
                    "agent_name": "MC",
                    "content": "b",
                    "message_order": 1,
                },
            ],
            **CONTENT,
        )
    assert not Conversation.objects.exists()


def test_entering_terminal_status_stamps_completed_at_once(user):
    conversation = services.conversation_create(user=user, **CONTENT)
    assert conversation.completed_at is None
    services.conversation_update(conversation=conversation, status="completed")
    stamped = conversation.completed_at
    assert stamped is not None and stamped >= conversation.created_at
    services.conversation_update(conversation=conversation, status="error")
    assert conversation.completed_at == stamped


def test_message_add_appends_after_the_last(user):
    conversation = ConversationFactory(user=user)
    first = services.message_add(
        conversation=conversation, agent_type="risk_challenger", agent_name="RC", content="c"
    )
    second = services.message_add(
        conversation=conversation, agent_type="risk_challenger", agent_name="RC", content="d"
    )
    assert (first.message_order, second.message_order) == (1, 2)
