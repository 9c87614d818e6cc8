"""The fast read paths (issue 13): same JSON, constant statements per request, no work
a request does not need."""

import json
from datetime import timedelta

import psycopg
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from rest_framework import serializers
from rest_framework.renderers import JSONRenderer

from accounts.authentication import auth_cache
from conversations.api.serializers import (
    ConversationListSerializer,
    ConversationSerializer,
    NestedAgentMessageSerializer,
    PlainConversationListSerializer,
)
from conversations.models import Conversation
from core.api.fast import plan_for
from core.db import pool
from core.db.connect import connection_params
from tests.conversations.factories import AgentMessageFactory, ConversationFactory
from tests.conversations.test_api import payload

pytestmark = pytest.mark.django_db
LIST = reverse("api:conversations-conversation-list")


def detail(pk):
    return reverse("api:conversations-conversation-detail", kwargs={"pk": pk})


def messages_url(pk):
    return reverse("api:conversations-message-list", kwargs={"conversation_pk": pk})


def seed(user, conversations, messages=5):
    rows = []
    for i in range(conversations):
        conversation = ConversationFactory(
            user=user,
            confidence_score=None if i % 2 else 0.123456789,
            content_metadata={"i": i, "nested": {"ü": [1, 2.5, None]}},
            completed_at=None if i % 3 else timezone.now() + timedelta(hours=1, microseconds=i),
            content_author=None if i % 4 == 0 else "Analyst",
        )
        for order in range(1, messages + 1):
            AgentMessageFactory(
                conversation=conversation,
                message_order=order,
                confidence_level=[None, 0.7, 1.0, 0.0, 0.3333][order % 5],
                metadata={"order": order},
                cited_sources=[] if order % 2 else ["a", "b ✓"],
            )
        rows.append(conversation)
    return rows


def drf_output(serializer_class, instance):
    """What DRF itself makes of ``instance`` (the plan bypassed, nested ones too)."""
    serializer = serializer_class(instance)
    output = {}
    for name, field in serializer.fields.items():
        if field.write_only:
            continue
        value = field.get_attribute(instance)
        if value is None:
            output[name] = None
        elif isinstance(field, serializers.ListSerializer):
            output[name] = [drf_output(type(field.child), m) for m in value.all()]
        else:
            output[name] = field.to_representation(value)
    return output


def render(data) -> bytes:
    return JSONRenderer().render(data)


# --- the same JSON ---------------------------------------------------------------------


def test_planned_output_is_drf_output_byte_for_byte(user):
    seed(user, 6)
    for serializer_class in (
        ConversationSerializer,
        ConversationListSerializer,
        PlainConversationListSerializer,
        NestedAgentMessageSerializer,
    ):
        assert plan_for(serializer_class) is not None, serializer_class
    queryset = Conversation.objects.with_message_count().prefetch_related("messages")
    for conversation in queryset:
        for serializer_class in (
            ConversationSerializer,
            ConversationListSerializer,
            PlainConversationListSerializer,
        ):
            planned = render(serializer_class(conversation).data)
            assert planned == render(drf_output(serializer_class, conversation))
        for message in conversation.messages.all():
            planned = render(NestedAgentMessageSerializer(message).data)
            assert planned == render(drf_output(NestedAgentMessageSerializer, message))


@pytest.mark.parametrize("zone", ["UTC", "America/New_York", "Asia/Kathmandu"])
def test_planned_datetimes_follow_the_current_time_zone_as_drf_does(user, zone):
    """The plan looks the time zone up once per row: an activated one (a +05:45 offset,
    say) gives the same text as DRF's field, value by value."""
    seed(user, 3)
    queryset = Conversation.objects.with_message_count().prefetch_related("messages")
    with timezone.override(zone):
        for conversation in queryset:
            for serializer_class in (ConversationSerializer, ConversationListSerializer):
                planned = render(serializer_class(conversation).data)
                assert planned == render(drf_output(serializer_class, conversation))
                if zone != "UTC":
                    assert b"Z" not in planned.split(b'"created_at"')[1][:40]


def test_planned_datetimes_follow_the_settings_format_as_drf_does(user, settings):
    seed(user, 2)
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DATETIME_FORMAT": "%Y-%m-%d %H:%M"}
    for conversation in Conversation.objects.prefetch_related("messages"):
        planned = ConversationSerializer(conversation).data
        assert planned == drf_output(ConversationSerializer, conversation)
        assert planned["created_at"] == conversation.created_at.strftime("%Y-%m-%d %H:%M")


def test_create_response_is_what_a_read_returns(api_client):
    data = payload()
    data["messages"][0]["confidence_level"] = 0.123456789
    created = api_client.post(LIST, data, format="json")
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["messages"][0]["confidence_level"] == 0.12345679
    read = api_client.get(detail(body["id"])).json()
    assert read == body


def test_include_messages_embeds_what_the_detail_shows(api_client, user):
    seed(user, 3)
    page = api_client.get(LIST, {"include": "messages"}).json()
    for item in page["results"]:
        shown = api_client.get(detail(item["id"])).json()
        assert item["messages"] == shown["messages"]
        assert item["message_count"] == len(shown["messages"]) == 5
    plain = api_client.get(LIST).json()["results"][0]
    assert "messages" not in plain


def test_unknown_include_is_a_json_400(api_client):
    response = api_client.get(LIST, {"include": "messages,secrets"})
    assert response.status_code == 400
    assert "include" in json.dumps(response.json())


# --- statements per request ------------------------------------------------------------


def statements(client, url, params=None):
    client.get(url, params)  # warm: the product grants are cached on the user
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    assert response.status_code == 200, response.content
    return len(ctx.captured_queries), response.json()


@pytest.mark.parametrize("rows", [5, 200])
def test_constant_statements_for_5_and_200_rows(api_client, user, rows, settings):
    settings.API_LARGE_ROWS_MAX_PAGE_SIZE = 200  # the budget's default is 20 rows a page
    conversations = seed(user, rows, messages=2 if rows > 5 else 5)
    n, page = statements(api_client, LIST, {"include": "messages", "page_size": 200})
    assert len(page["results"]) == rows and n <= 3  # COUNT, page, messages
    n, page = statements(api_client, LIST, {"include": "messages", "cursor": "", "page_size": 200})
    assert len(page["results"]) == rows and n <= 2  # page, messages: no COUNT
    n, _ = statements(api_client, LIST, {"page_size": 200})
    assert n <= 3  # COUNT, page, message counts of the page's ids (issue 14)
    n, _ = statements(api_client, detail(conversations[0].pk))
    assert n <= 2  # the row, its messages


@pytest.fixture
def key_cache(settings):
    settings.API_KEY_CACHE_SECONDS = 300
    yield auth_cache
    auth_cache.shutdown()


def test_api_key_requests_make_no_auth_statements_once_cached(anon_client, api_key, key_cache):
    conversation = seed(api_key.user, 1)[0]
    anon_client.credentials(HTTP_AUTHORIZATION=f"Api-Key {api_key.key}")
    n, _ = statements(anon_client, detail(conversation.pk))
    assert n <= 2  # no key lookup, no product grants: the row and its messages
    n, _ = statements(anon_client, LIST, {"include": "messages", "cursor": ""})
    assert n <= 2
    key_cache.invalidate(f"key:{api_key.prefix}")  # as a notification does
    with CaptureQueriesContext(connection) as ctx:
        anon_client.get(detail(conversation.pk))
    assert len(ctx.captured_queries) > 2  # looked up afresh
    wrong = f"{api_key.prefix}.not-the-secret"
    anon_client.credentials(HTTP_AUTHORIZATION=f"Api-Key {wrong}")
    assert anon_client.get(detail(conversation.pk)).status_code == 401


def test_create_does_not_read_back_its_messages(api_client):
    with CaptureQueriesContext(connection) as ctx:
        response = api_client.post(LIST, payload(), format="json")
    assert response.status_code == 201
    selects = [q["sql"] for q in ctx.captured_queries if q["sql"].startswith("SELECT")]
    assert not [sql for sql in selects if "conversations_agentmessage" in sql], selects


def test_detail_runs_no_filters(api_client, user):
    conversation = seed(user, 1)[0]
    assert api_client.get(LIST, {"status": "bogus"}).status_code == 400
    assert api_client.get(detail(conversation.pk), {"status": "bogus"}).status_code == 200


# --- cursor mode -------------------------------------------------------------------------


def test_cursor_mode_walks_every_row_once_without_count(api_client, user):
    ids = {str(c.pk) for c in seed(user, 7, messages=1)}
    seen, url, params = [], LIST, {"cursor": "", "page_size": 3}
    while url:
        body = api_client.get(url, params).json()
        assert "count" not in body
        seen += [row["id"] for row in body["results"]]
        url, params = body["next"], None
    assert len(seen) == len(set(seen)) == 7 and set(seen) == ids
    assert api_client.get(LIST).json()["count"] == 7  # page numbers stay the default


def test_cursor_mode_on_a_nested_list(api_client, user):
    conversation = seed(user, 1, messages=5)[0]
    body = api_client.get(messages_url(conversation.pk), {"cursor": "", "page_size": 2}).json()
    assert [m["message_order"] for m in body["results"]] == [1, 2] and body["next"]


def test_schema_documents_cursor_and_include():
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    operation = schema["paths"]["/api/v1/conversations/"]["get"]
    names = {p["name"] for p in operation["parameters"]}
    assert {"cursor", "include", "page"} <= names
    page = schema["components"]["schemas"]["PaginatedConversationListList"]
    assert "count" not in page["required"]
    item = schema["components"]["schemas"]["ConversationList"]
    assert "messages" in item["properties"] and "messages" not in item.get("required", [])


# --- the pool's check only after idle ----------------------------------------------------


def test_pool_checks_only_connections_idle_past_the_limit(monkeypatch):
    conn = psycopg.connect(**connection_params(autocommit=True))
    pool.stamp_return(conn)
    conn.close()  # dead, but returned a moment ago: handed out unchecked
    pool.check_after_idle(conn)
    monkeypatch.setattr(pool, "IDLE_SECONDS", 0.0)  # idle past the limit: checked
    with pytest.raises(psycopg.OperationalError):
        pool.check_after_idle(conn)
