"""API lists count children for the page's ids only (core.api.page_counts, issue 14)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ideas.choices import IdeaStatus
from tests.conversations.factories import AgentMessageFactory, ConversationFactory
from tests.ideas.factories import BusinessIdeaFactory, EvaluationFactory

pytestmark = pytest.mark.django_db


def child_queries(queries, table):
    return [q["sql"] for q in queries if f'FROM "{table}"' in q["sql"]]


def listed(api_client, url, params):
    with CaptureQueriesContext(connection) as ctx:
        response = api_client.get(url, params)
    assert response.status_code == 200, response.content
    return response.json(), ctx.captured_queries


@pytest.mark.parametrize("params", [{"page_size": 2}, {"page_size": 2, "cursor": ""}])
def test_idea_list_counts_evaluations_for_the_page_only(api_client, user, params):
    ideas = [BusinessIdeaFactory(user=user, status=IdeaStatus.SUBMITTED) for _ in range(5)]
    for idea, n in zip(ideas, [0, 1, 2, 2, 1], strict=True):
        for _ in range(n):
            EvaluationFactory(business_idea=idea, failed=True)
    url = reverse("api:ideas-idea-list")
    listed(api_client, url, params)  # warm-up: the first request reads permissions
    body, queries = listed(api_client, url, params)
    page = {row["id"]: row["evaluation_count"] for row in body["results"]}
    assert len(page) == 2
    expected = {str(i.pk): i.evaluations.count() for i in ideas}
    assert page == {pk: expected[pk] for pk in page}
    # the page query does not count; one grouped count filtered by exactly the page's ids
    counted = child_queries(queries, "ideas_evaluation")
    assert len(counted) == 1
    assert all(pk.replace("-", "") in counted[0].replace("-", "") for pk in page)
    others = set(expected) - set(page)
    assert not any(pk.replace("-", "") in counted[0].replace("-", "") for pk in others)
    # query count constant as the data grows
    for _ in range(20):
        BusinessIdeaFactory(user=user)
    _, more = listed(api_client, url, params)
    assert len(more) == len(queries)
    # one idea still reads its count
    detail = api_client.get(reverse("api:ideas-idea-detail", args=[ideas[2].pk])).json()
    assert detail["evaluation_count"] == 2


def test_conversation_list_counts_messages_for_the_page_only(api_client, user):
    conversations = [ConversationFactory(user=user) for _ in range(4)]
    for conversation, n in zip(conversations, [3, 0, 1, 2], strict=True):
        for _ in range(n):
            AgentMessageFactory(conversation=conversation)
    url = reverse("api:conversations-conversation-list")
    listed(api_client, url, {"page_size": 2})  # warm-up
    body, queries = listed(api_client, url, {"page_size": 2, "page": 2})
    page = {row["id"]: row["message_count"] for row in body["results"]}
    expected = {str(c.pk): c.messages.count() for c in conversations}
    assert len(page) == 2 and page == {pk: expected[pk] for pk in page}
    counted = child_queries(queries, "conversations_agentmessage")
    assert len(counted) == 1 and " IN (" in counted[0]
    for _ in range(10):
        ConversationFactory(user=user)
    _, more = listed(api_client, url, {"page_size": 2, "page": 2})
    assert len(more) == len(queries)
