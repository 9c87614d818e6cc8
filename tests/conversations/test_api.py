import pytest
from django.urls import reverse

from conversations.models import AgentMessage, Conversation
from tests.conversations.factories import AgentMessageFactory, ConversationFactory

pytestmark = pytest.mark.django_db

LIST_URL = reverse("api:conversations-conversation-list")


def detail_url(conversation):
    return reverse("api:conversations-conversation-detail", kwargs={"pk": conversation.pk})


def messages_url(conversation):
    return reverse("api:conversations-message-list", kwargs={"conversation_pk": conversation.pk})


def message_url(message):
    return reverse(
        "api:conversations-message-detail",
        kwargs={"conversation_pk": message.conversation_id, "pk": message.pk},
    )


def payload(**overrides):
    data = {
        "content_type": "substack_article",
        "content_title": "Utilities lead the market again",
        "content_content": "When utilities outperform the S&P 500 for four weeks, volatility rises.",
        "content_url": "https://example.substack.com/p/utilities",
        "content_author": "Analyst",
        "content_metadata": {"platform": "substack"},
        "messages": [
            {
                "agent_type": "financial_analyst",
                "agent_name": "Financial Analyst",
                "content": "Defensive positioning suggests caution.",
                "confidence_level": 0.8,
                "cited_sources": ["Utilities/SPY Ratio"],
                "signal_references": ["defensive_signal"],
            },
            {
                "agent_type": "risk_challenger",
                "agent_name": "Risk Challenger",
                "content": "The signal is early; do not overreact.",
                "confidence_level": 0.6,
            },
        ],
    }
    data.update(overrides)
    return data


# --- CRUD by the owner -----------------------------------------------------------------


def test_owner_creates_conversation_with_messages_in_one_request(api_client, user):
    response = api_client.post(LIST_URL, payload(), format="json")
    assert response.status_code == 201, response.data
    body = response.data
    conversation = Conversation.objects.get(pk=body["id"])
    assert conversation.user == user
    assert body["status"] == "initialized" and body["metadata"] == {}
    assert [m["message_order"] for m in body["messages"]] == [1, 2]
    assert [m["agent_type"] for m in body["messages"]] == ["financial_analyst", "risk_challenger"]
    assert body["messages"][0]["timestamp"] is not None
    assert body["messages"][1]["cited_sources"] == []
    assert conversation.messages.count() == 2


def test_create_with_explicit_orders_keeps_them(api_client):
    data = payload()
    data["messages"][0]["message_order"] = 5
    data["messages"][1]["message_order"] = 2
    response = api_client.post(LIST_URL, data, format="json")
    assert response.status_code == 201, response.data
    assert [m["message_order"] for m in response.data["messages"]] == [2, 5]


def test_create_completed_conversation_stamps_completed_at(api_client):
    response = api_client.post(LIST_URL, payload(status="completed"), format="json")
    assert response.status_code == 201, response.data
    assert response.data["completed_at"] is not None
    conversation = Conversation.objects.get(pk=response.data["id"])
    assert conversation.completed_at == conversation.created_at


def test_owner_reads_conversation_with_ordered_messages(api_client, user):
    conversation = ConversationFactory(user=user)
    for order in (3, 1, 2):
        AgentMessageFactory(conversation=conversation, message_order=order)
    response = api_client.get(detail_url(conversation))
    assert response.status_code == 200
    assert response.data["id"] == str(conversation.pk)
    assert [m["message_order"] for m in response.data["messages"]] == [1, 2, 3]


def test_owner_updates_conversation(api_client, conversation):
    response = api_client.patch(
        detail_url(conversation),
        {
            "status": "completed",
            "consensus_reached": True,
            "final_recommendation": "Hold; tilt defensive.",
            "confidence_score": 0.75,
        },
        format="json",
    )
    assert response.status_code == 200, response.data
    conversation.refresh_from_db()
    assert conversation.status == "completed" and conversation.consensus_reached
    assert conversation.confidence_score == pytest.approx(0.75)
    assert (
        conversation.completed_at is not None
        and conversation.completed_at >= conversation.created_at
    )


def test_owner_deletes_conversation_and_its_messages(api_client, conversation):
    response = api_client.delete(detail_url(conversation))
    assert response.status_code == 204
    assert not Conversation.objects.exists()
    assert not AgentMessage.objects.exists()


def test_list_shows_only_own_conversations_with_message_count(api_client, user, conversation):
    ConversationFactory()  # another user's
    response = api_client.get(LIST_URL)
    assert response.status_code == 200
    assert [row["id"] for row in response.data["results"]] == [str(conversation.pk)]
    assert response.data["results"][0]["message_count"] == 3


def test_staff_see_only_their_own_conversations_through_the_api(
    staff_client, staff_user, conversation
):
    """One staff policy: the API acts as the caller; staff oversee others in the admin."""
    own = ConversationFactory(user=staff_user)
    response = staff_client.get(LIST_URL)
    assert [row["id"] for row in response.data["results"]] == [str(own.pk)]
    assert staff_client.get(detail_url(conversation)).status_code == 404
    assert staff_client.get(detail_url(own)).status_code == 200


def test_anonymous_client_is_refused(anon_client, conversation):
    assert anon_client.get(LIST_URL).status_code in (401, 403)
    assert anon_client.get(detail_url(conversation)).status_code in (401, 403)


# --- Another user's conversation is a 404 everywhere -----------------------------------


@pytest.mark.parametrize(
    "method, data",
    [("get", None), ("patch", {"status": "paused"}), ("put", payload()), ("delete", None)],
)
def test_other_user_gets_404_on_conversation(other_client, conversation, method, data):
    response = getattr(other_client, method)(detail_url(conversation), data, format="json")
    assert response.status_code == 404
    conversation.refresh_from_db()
    assert conversation.status == "initialized"


def test_other_user_gets_404_on_messages(other_client, conversation):
    message = conversation.messages.first()
    assert other_client.get(messages_url(conversation)).status_code == 404
    assert other_client.get(message_url(message)).status_code == 404
    response = other_client.post(
        messages_url(conversation),
        {"agent_type": "market_context", "agent_name": "M", "content": "x"},
        format="json",
    )
    assert response.status_code == 404
    assert other_client.delete(message_url(message)).status_code == 404
    assert conversation.messages.count() == 3


def test_unknown_id_is_404(api_client, db):
    url = reverse(
        "api:conversations-conversation-detail",
        kwargs={"pk": "00000000-0000-4000-8000-00000000dead"},
    )
    assert api_client.get(url).status_code == 404


# --- Invalid input: 400 with field errors, nothing written -----------------------------


@pytest.mark.parametrize(
    "field, value",
    [
        ("content_type", "podcast"),
        ("content_title", ""),
        ("content_title", "t" * 501),
        ("content_content", "too short"),
        ("content_url", "ftp://example.com/x"),
        ("content_author", "a" * 201),
        ("content_metadata", [1, 2]),
        ("status", "finished"),
        ("confidence_score", 1.5),
        ("metadata", "text"),
    ],
)
def test_invalid_conversation_field_is_400_and_writes_nothing(api_client, field, value):
    response = api_client.post(LIST_URL, payload(**{field: value}), format="json")
    assert response.status_code == 400
    assert field in response.data
    assert not Conversation.objects.exists()
    assert not AgentMessage.objects.exists()


@pytest.mark.parametrize(
    "field, value",
    [
        ("agent_type", "moderator"),
        ("agent_name", ""),
        ("agent_name", "n" * 101),
        ("content", ""),
        ("confidence_level", -0.1),
        ("message_order", -1),
        ("cited_sources", [None]),
        ("metadata", []),
    ],
)
def test_one_bad_message_creates_nothing(api_client, field, value):
    data = payload()
    data["messages"][1][field] = value
    response = api_client.post(LIST_URL, data, format="json")
    assert response.status_code == 400
    assert field in response.data["messages"][1]
    assert not Conversation.objects.exists()
    assert not AgentMessage.objects.exists()


def test_duplicate_message_orders_create_nothing(api_client):
    data = payload()
    data["messages"][0]["message_order"] = 2
    response = api_client.post(LIST_URL, data, format="json")
    assert response.status_code == 400
    assert "messages" in response.data
    assert not Conversation.objects.exists()


def test_completed_at_before_creation_is_400(api_client, conversation):
    response = api_client.patch(
        detail_url(conversation), {"completed_at": "2000-01-01T00:00:00Z"}, format="json"
    )
    assert response.status_code == 400
    assert "completed_at" in response.data


def test_messages_cannot_be_replaced_through_conversation_update(api_client, conversation):
    response = api_client.patch(
        detail_url(conversation), {"messages": payload()["messages"]}, format="json"
    )
    assert response.status_code == 400
    assert "messages" in response.data
    assert conversation.messages.count() == 3


def test_empty_url_is_stored_as_null(api_client):
    response = api_client.post(LIST_URL, payload(content_url=""), format="json")
    assert response.status_code == 201, response.data
    assert Conversation.objects.get().content_url is None


# --- Messages endpoint -----------------------------------------------------------------


def test_owner_appends_message_after_the_last(api_client, conversation):
    response = api_client.post(
        messages_url(conversation),
        {
            "agent_type": "market_context",
            "agent_name": "Market Context Agent",
            "content": "Fed on hold.",
        },
        format="json",
    )
    assert response.status_code == 201, response.data
    assert response.data["message_order"] == 4
    assert response.data["conversation"] == conversation.pk


def test_taken_message_order_is_400(api_client, conversation):
    response = api_client.post(
        messages_url(conversation),
        {"agent_type": "market_context", "agent_name": "M", "content": "x", "message_order": 2},
        format="json",
    )
    assert response.status_code == 400
    assert "message_order" in response.data
    assert conversation.messages.count() == 3


def test_owner_lists_updates_and_deletes_messages(api_client, conversation):
    response = api_client.get(messages_url(conversation))
    assert [m["message_order"] for m in response.data["results"]] == [1, 2, 3]
    message = conversation.messages.get(message_order=2)
    response = api_client.patch(message_url(message), {"confidence_level": 0.9}, format="json")
    assert response.status_code == 200, response.data
    message.refresh_from_db()
    assert message.confidence_level == pytest.approx(0.9)
    assert api_client.delete(message_url(message)).status_code == 204
    assert list(conversation.messages.values_list("message_order", flat=True)) == [1, 3]


def test_messages_filter_by_agent_type(api_client, conversation):
    response = api_client.get(messages_url(conversation), {"agent_type": "risk_challenger"})
    assert {m["agent_type"] for m in response.data["results"]} == {"risk_challenger"}


# --- Filters and ordering --------------------------------------------------------------


def test_filters_by_status_content_type_and_date_range(api_client, user):
    a = ConversationFactory(user=user, status="completed", content_type="text")
    b = ConversationFactory(user=user, status="running", content_type="youtube_video")
    Conversation.objects.filter(pk=a.pk).update(created_at="2026-01-01T00:00:00Z")
    Conversation.objects.filter(pk=b.pk).update(created_at="2026-02-01T00:00:00Z")

    def ids(params):
        response = api_client.get(LIST_URL, params)
        assert response.status_code == 200, response.data
        return [row["id"] for row in response.data["results"]]

    assert ids({"status": "completed"}) == [str(a.pk)]
    assert ids({"content_type": "youtube_video"}) == [str(b.pk)]
    assert ids({"created_after": "2026-01-15T00:00:00Z"}) == [str(b.pk)]
    assert ids({"created_before": "2026-01-15T00:00:00Z"}) == [str(a.pk)]
    assert ids({"ordering": "created_at"}) == [str(a.pk), str(b.pk)]
    assert ids({}) == [str(b.pk), str(a.pk)]
    assert api_client.get(LIST_URL, {"status": "bogus"}).status_code == 400


# --- Query counts ----------------------------------------------------------------------


@pytest.mark.parametrize("rows", [5, 50])
def test_list_queries_do_not_grow(api_client, user, rows, django_assert_num_queries, settings):
    settings.API_LARGE_ROWS_MAX_PAGE_SIZE = 100  # the page budget (20) aside
    for conversation in ConversationFactory.create_batch(rows, user=user):
        AgentMessageFactory.create_batch(2, conversation=conversation)
    with django_assert_num_queries(4):  # products, count, page, message counts of the page
        response = api_client.get(LIST_URL, {"page_size": 100})
    assert len(response.data["results"]) == rows


@pytest.mark.parametrize("rows", [5, 50])
def test_detail_queries_do_not_grow(api_client, user, rows, django_assert_num_queries):
    conversation = ConversationFactory(user=user)
    AgentMessageFactory.create_batch(rows, conversation=conversation)
    with django_assert_num_queries(3):  # products, conversation, its messages
        response = api_client.get(detail_url(conversation))
    assert len(response.data["messages"]) == rows


@pytest.mark.parametrize("rows", [5, 50])
def test_message_list_queries_do_not_grow(
    api_client, user, rows, django_assert_num_queries, settings
):
    settings.API_LARGE_ROWS_MAX_PAGE_SIZE = 100  # the page budget (20) aside
    conversation = ConversationFactory(user=user)
    AgentMessageFactory.create_batch(rows, conversation=conversation)
    with django_assert_num_queries(4):  # products, conversation, count, page
        response = api_client.get(messages_url(conversation), {"page_size": 100})
    assert len(response.data["results"]) == rows


@pytest.mark.parametrize("value", ["NaN", "Infinity"])
def test_non_finite_confidence_is_400_not_500(api_client, value):
    body = (
        '{"content_type": "text", "content_title": "T", "content_content": "0123456789ab", '
        f'"confidence_score": {value}}}'
    )
    response = api_client.post(LIST_URL, body, content_type="application/json")
    assert response.status_code == 400
    assert not Conversation.objects.exists()
