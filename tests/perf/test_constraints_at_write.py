"""Create and update check the model's constraints only when PostgreSQL refuses the write
(issue 13, W1): no SELECT per constraint on success, and a refused write answers with the
same field messages, in the same JSON, as the checks before the write."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework.test import APIRequestFactory

from conversations.api.serializers import ConversationSerializer
from conversations.api.views import ConversationViewSet
from conversations.models import AgentMessage, Conversation
from core.api.serializers import CONSTRAINTS_AT_WRITE
from tests.conversations.factories import ConversationFactory
from tests.conversations.test_api import payload

pytestmark = pytest.mark.django_db
LIST = reverse("api:conversations-conversation-list")


def checks_before_the_write(monkeypatch, viewset, send):
    """The response ``send()`` gets with the checks in ``validate()``, before any write."""
    with monkeypatch.context() as patch:
        patch.setattr(viewset, "constraints_at_write", False)
        return send()


def bad_message(field, value):
    data = payload()
    data["messages"][1][field] = value
    return data


# Refused by field validators (which cost no query) before any write, as before.
REFUSED = {
    "metadata not an object": payload(metadata=[1, 2]),
    "content_metadata not an object": payload(content_metadata="text"),
    "url scheme": payload(content_url="ftp://example.com/x"),
    "message metadata not an object": bad_message("metadata", []),
    "message cited source null": bad_message("cited_sources", [None]),
}


def test_a_valid_create_runs_no_constraint_select(api_client):
    api_client.post(LIST, payload(), format="json")  # warm: the product grants are cached
    with CaptureQueriesContext(connection) as ctx:
        response = api_client.post(LIST, payload(), format="json")
    assert response.status_code == 201, response.content
    sql = [q["sql"] for q in ctx.captured_queries]
    assert not [s for s in sql if s.startswith("SELECT")], sql
    assert len([s for s in sql if s.startswith("INSERT")]) == 2  # the row, its messages


@pytest.mark.parametrize("case", REFUSED)
def test_a_refused_create_answers_as_the_checks_before_the_write(api_client, monkeypatch, case):
    def send():
        return api_client.post(LIST, REFUSED[case], format="json")

    response = send()
    assert response.status_code == 400, response.content
    before = checks_before_the_write(monkeypatch, ConversationViewSet, send)
    assert response.content == before.content
    assert not Conversation.objects.exists() and not AgentMessage.objects.exists()


def test_a_rule_between_fields_refused_at_create_is_the_field_message(api_client, user):
    """completed_at before created_at: passes validation (nothing checked before the
    write), the INSERT is refused, and the answer is the rule's message on the field."""
    request = APIRequestFactory().post(LIST)
    request.user = user
    data = payload(completed_at="2000-01-01T00:00:00Z")
    deferred = ConversationSerializer(
        data=data, context={"request": request, CONSTRAINTS_AT_WRITE: True}
    )
    assert deferred.is_valid(), deferred.errors
    response = api_client.post(LIST, data, format="json")
    assert response.status_code == 400, response.content
    assert response.json() == {
        "completed_at": ["A conversation cannot complete before it was created."]
    }
    assert not Conversation.objects.exists()


def test_a_check_only_the_constraint_holds_answers_as_before_on_create(
    api_client, user, monkeypatch
):
    """research comparisons: "not against itself" is a CHECK with no field validator (and
    the service refuses it too, with its own error body): deferred to the write, the answer
    is still the constraint's field message, byte for byte."""
    from research.api.serializers import RunComparisonSerializer
    from research.api.views import RunComparisonViewSet
    from research.models import RunComparison
    from tests.research.factories import RunFactory

    run = RunFactory()
    data = {"baseline_run": str(run.pk), "comparison_run": str(run.pk)}
    url = reverse("api:research-comparison-list")
    request = APIRequestFactory().post(url)
    request.user = user
    deferred = RunComparisonSerializer(
        data=data, context={"request": request, CONSTRAINTS_AT_WRITE: True}
    )
    assert deferred.is_valid(), deferred.errors  # nothing checked before the write

    def send():
        return api_client.post(url, data, format="json")

    response = send()
    assert response.status_code == 400, response.content
    before = checks_before_the_write(monkeypatch, RunComparisonViewSet, send)
    assert response.content == before.content
    assert "itself" in response.json()["comparison_run"][0]
    assert not RunComparison.objects.exists()


def test_a_refused_update_answers_as_the_checks_before_the_write(api_client, user, monkeypatch):
    conversation = ConversationFactory(user=user)
    url = reverse("api:conversations-conversation-detail", kwargs={"pk": conversation.pk})

    def send():
        return api_client.patch(url, {"completed_at": "2000-01-01T00:00:00Z"}, format="json")

    response = send()
    assert response.status_code == 400, response.content
    assert (
        response.content == checks_before_the_write(monkeypatch, ConversationViewSet, send).content
    )
    assert "completed_at" in response.json()
    conversation.refresh_from_db()
    assert conversation.completed_at is None


# --- outside a test transaction: the request's own transaction, as in production -------
def transaction_control(ctx):
    return [q["sql"] for q in ctx.captured_queries if q["sql"].startswith(("SAVEPOINT", "RELEASE"))]


@pytest.mark.django_db(transaction=True)
def test_a_create_outside_a_transaction_opens_no_savepoint(user):
    """The service's ``transaction.atomic`` is the only one: BEGIN, the two INSERTs, COMMIT,
    as raw psycopg does it; no SAVEPOINT and RELEASE around the service (two round trips)."""
    from tests.utils import client_for

    client = client_for(user)
    client.post(LIST, payload(), format="json")  # warm: the product grants are cached
    with CaptureQueriesContext(connection) as ctx:
        response = client.post(LIST, payload(), format="json")
    assert response.status_code == 201, response.content
    assert transaction_control(ctx) == [], ctx.captured_queries
    assert [q["sql"].split()[0] for q in ctx.captured_queries] == [
        "BEGIN",
        "INSERT",
        "INSERT",
        "COMMIT",
    ]
    created = Conversation.objects.get(pk=response.json()["id"])
    assert created.messages.count() == len(payload()["messages"])


@pytest.mark.django_db(transaction=True)
def test_a_create_refused_at_its_messages_outside_a_transaction_writes_nothing(user, monkeypatch):
    """The conversation's INSERT went through, then PostgreSQL refuses a message: the
    service's transaction rolls both back (no transaction of the serializer around it),
    the answer is a JSON 4xx, and no row is left."""
    from tests.utils import client_for

    real = AgentMessage.objects.bulk_create

    def refused_by_postgres(rows, *args, **kwargs):
        rows[0].message_order = -1  # order_non_negative: a CHECK only the database holds here
        return real(rows, *args, **kwargs)

    monkeypatch.setattr(AgentMessage.objects, "bulk_create", refused_by_postgres)
    response = client_for(user).post(LIST, payload(), format="json")
    assert 400 <= response.status_code < 500, response.content
    assert response["Content-Type"].startswith("application/")
    assert not Conversation.objects.exists() and not AgentMessage.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_rule_between_fields_refused_outside_a_transaction_is_the_field_message(user):
    """The CHECK refuses the INSERT in the service's own transaction; the checks then run
    in autocommit and answer with the rule's message on its field, as in a transaction."""
    from tests.utils import client_for

    data = payload(completed_at="2000-01-01T00:00:00Z")
    response = client_for(user).post(LIST, data, format="json")
    assert response.status_code == 400, response.content
    assert response.json() == {
        "completed_at": ["A conversation cannot complete before it was created."]
    }
    assert not Conversation.objects.exists() and not AgentMessage.objects.exists()
