import pytest
from django.urls import reverse

from conversations.models import AgentMessage, Conversation
from tests.conversations.factories import AgentMessageFactory, ConversationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("rows", [5, 50])
def test_conversation_changelist_queries_do_not_grow(
    admin_client_logged_in, rows, django_assert_num_queries
):
    for conversation in ConversationFactory.create_batch(rows):
        AgentMessageFactory.create_batch(2, conversation=conversation)
    url = reverse("admin:conversations_conversation_changelist")
    admin_client_logged_in.get(url)  # warm caches (content types, session)
    # session, user, count capped at the threshold, page (user joined, message_count)
    with django_assert_num_queries(4):
        response = admin_client_logged_in.get(url)
    assert response.status_code == 200
    assert response.context["cl"].result_count == rows


@pytest.mark.parametrize("rows", [5, 50])
def test_message_changelist_queries_do_not_grow(
    admin_client_logged_in, rows, django_assert_num_queries
):
    conversation = ConversationFactory()
    AgentMessageFactory.create_batch(rows, conversation=conversation)
    url = reverse("admin:conversations_agentmessage_changelist")
    admin_client_logged_in.get(url)
    with django_assert_num_queries(4):
        response = admin_client_logged_in.get(url)
    assert response.status_code == 200


def test_changelist_filters_and_search(admin_client_logged_in):
    match = ConversationFactory(content_title="Yield curve review", status="completed")
    ConversationFactory(content_title="Lumber and gold", status="running")
    url = reverse("admin:conversations_conversation_changelist")
    for params in (
        {"status__exact": "completed"},
        {"content_type__exact": "text", "q": "yield"},
        {"consensus_reached__exact": "0", "q": match.user.email},
    ):
        response = admin_client_logged_in.get(url, params)
        assert response.status_code == 200
        assert list(response.context["cl"].result_list) == [match]


def test_change_page_shows_messages_inline_in_order(admin_client_logged_in):
    conversation = ConversationFactory()
    for order in (2, 3, 1):
        AgentMessageFactory(
            conversation=conversation, message_order=order, agent_name=f"Agent {order}"
        )
    response = admin_client_logged_in.get(
        reverse("admin:conversations_conversation_change", args=[conversation.pk])
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Agent 1") < html.index("Agent 2") < html.index("Agent 3")


def _add_form(user, **overrides):
    data = {
        "user": str(user.pk),
        "status": "initialized",
        "content_type": "text",
        "content_title": "Admin-made analysis",
        "content_content": "Staff typed this content in the admin.",
        "content_url": "",
        "content_author": "",
        "content_metadata": "{}",
        "metadata": "{}",
        "messages-TOTAL_FORMS": "1",
        "messages-INITIAL_FORMS": "0",
        "messages-MIN_NUM_FORMS": "0",
        "messages-MAX_NUM_FORMS": "1000",
        "messages-0-message_order": "1",
        "messages-0-agent_type": "financial_analyst",
        "messages-0-agent_name": "Financial Analyst",
        "messages-0-content": "Looks defensive.",
        "messages-0-confidence_level": "0.5",
        "messages-0-cited_sources": "Utilities/SPY Ratio",
        "messages-0-signal_references": "",
        "messages-0-metadata": "{}",
    }
    data.update(overrides)
    return data


def test_admin_adds_conversation_with_inline_message(admin_client_logged_in, user):
    response = admin_client_logged_in.post(
        reverse("admin:conversations_conversation_add"), _add_form(user)
    )
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    conversation = Conversation.objects.get()
    assert conversation.content_url is None
    message = conversation.messages.get()
    assert message.cited_sources == ["Utilities/SPY Ratio"] and message.signal_references == []


@pytest.mark.parametrize(
    "field, value",
    [
        ("content_content", "short"),
        ("content_url", "ftp://example.com"),
        ("confidence_score", "2"),
        ("messages-0-message_order", "-1"),
        ("messages-0-confidence_level", "-1"),
    ],
)
def test_admin_reports_invalid_input_as_form_errors(admin_client_logged_in, user, field, value):
    response = admin_client_logged_in.post(
        reverse("admin:conversations_conversation_add"), _add_form(user, **{field: value})
    )
    assert response.status_code == 200
    assert not Conversation.objects.exists()
    assert not AgentMessage.objects.exists()
