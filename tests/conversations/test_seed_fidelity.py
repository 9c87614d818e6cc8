"""Issue 12 item 8, seed 000: message_order allows 0 (Pydantic ge=0), unique per conversation."""

import pytest
from django.db import connection
from django.urls import reverse

from conversations import services
from conversations.models import AgentMessage
from tests.conversations.factories import AgentMessageFactory, ConversationFactory
from tests.utils import assert_sql_rejected

pytestmark = pytest.mark.django_db

INSERT = (
    "INSERT INTO conversations_agentmessage "
    "(conversation_id, agent_type, agent_name, content, message_order) "
    "VALUES (%s, 'financial_analyst', 'Financial Analyst', 'Caution.', %s)"
)


def test_db_accepts_message_order_zero():
    conversation = ConversationFactory()
    with connection.cursor() as cur:
        cur.execute(INSERT, [conversation.pk, 0])
    assert conversation.messages.get().message_order == 0


def test_db_rejects_message_order_minus_one():
    conversation = ConversationFactory()
    assert_sql_rejected(
        "conversations_agentmessage_order_non_negative", INSERT, [conversation.pk, -1]
    )


def test_db_order_zero_is_unique_per_conversation():
    conversation = ConversationFactory()
    AgentMessageFactory(conversation=conversation, message_order=0)
    assert_sql_rejected("conversations_agentmessage_order_unique", INSERT, [conversation.pk, 0])
    with connection.cursor() as cur:  # another conversation may use 0 too
        cur.execute(INSERT, [ConversationFactory().pk, 0])


def test_model_validation_accepts_zero_and_refuses_negative():
    from django.core.exceptions import ValidationError

    message = AgentMessageFactory.build(conversation=ConversationFactory(), message_order=0)
    message.full_clean()
    message.message_order = -1
    with pytest.raises(ValidationError) as exc:
        message.full_clean()
    assert "message_order" in exc.value.message_dict


def _message(**overrides):
    data = {"agent_type": "financial_analyst", "agent_name": "FA", "content": "Caution."}
    data.update(overrides)
    return data


def _conversation(**overrides):
    data = {
        "content_type": "substack_article",
        "content_title": "Utilities lead again",
        "content_content": "When utilities outperform the S&P 500 for four weeks, volatility rises.",
    }
    data.update(overrides)
    return data


def test_api_creates_messages_numbered_from_zero(api_client):
    body = _conversation(messages=[_message(message_order=0), _message(message_order=1)])
    response = api_client.post(reverse("api:conversations-conversation-list"), body, format="json")
    assert response.status_code == 201, response.data
    assert [m["message_order"] for m in response.data["messages"]] == [0, 1]


def test_api_zero_and_a_default_position_do_not_collide(api_client):
    """0 is a position, not "missing": the second message takes its position (2)."""
    body = _conversation(messages=[_message(message_order=0), _message()])
    response = api_client.post(reverse("api:conversations-conversation-list"), body, format="json")
    assert response.status_code == 201, response.data
    assert [m["message_order"] for m in response.data["messages"]] == [0, 2]


def test_api_duplicate_zero_is_400(api_client):
    body = _conversation(messages=[_message(message_order=0), _message(message_order=0)])
    response = api_client.post(reverse("api:conversations-conversation-list"), body, format="json")
    assert response.status_code == 400
    assert not AgentMessage.objects.exists()


def test_api_message_route_accepts_zero_and_refuses_minus_one(api_client, user):
    conversation = ConversationFactory(user=user)
    url = reverse("api:conversations-message-list", kwargs={"conversation_pk": conversation.pk})
    ok = api_client.post(url, _message(message_order=0), format="json")
    assert ok.status_code == 201, ok.data
    assert ok.data["message_order"] == 0
    bad = api_client.post(url, _message(message_order=-1), format="json")
    assert bad.status_code == 400 and "message_order" in bad.data
    taken = api_client.post(url, _message(message_order=0), format="json")
    assert taken.status_code == 400 and "message_order" in taken.data


def test_service_appends_after_zero():
    conversation = ConversationFactory()
    AgentMessageFactory(conversation=conversation, message_order=0)
    message = services.message_add(conversation=conversation, **_message())
    assert message.message_order == 1
