"""Bounded responses: a list of rows with large JSON holds at most
``API_LARGE_ROWS_MAX_PAGE_SIZE`` rows a page (core/api/pagination.py), whatever
``page_size`` the client asks for, in page and cursor mode; the schema says so."""

import tracemalloc

import pytest
from django.urls import reverse

from config.api_router import router
from core.api.pagination import MAX_PAGE_SIZE, page_budget
from tests.conversations.factories import ConversationFactory

pytestmark = pytest.mark.django_db

LIST = reverse("api:conversations-conversation-list")
MIB = 1024 * 1024
BIG = {"blob": "x" * MIB}  # one MiB of JSON per row


@pytest.fixture
def big_rows(user):
    return [ConversationFactory(user=user, content_metadata=BIG) for _ in range(25)]


def fetch(client, params):
    tracemalloc.start()
    try:
        response = client.get(LIST, params)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert response.status_code == 200, response.content[:300]
    return response, peak


@pytest.mark.parametrize(
    "params", [{"page_size": 200}, {}, {"page_size": 200, "cursor": ""}, {"include": "messages"}]
)
def test_a_list_of_large_rows_holds_at_most_the_budget(api_client, big_rows, params):
    response, peak = fetch(api_client, params)
    body = response.json()
    assert len(body["results"]) == 20
    assert body["next"]  # the rest is one page further
    assert len(response.content) < 21 * MIB
    assert peak < 20 * 8 * MIB  # the page's rows, serialized and rendered; not 25 of them


def test_the_budget_is_what_bounds_the_worker(api_client, big_rows, settings):
    """Without it (a budget of 200), the same request holds every row: more memory."""
    _response, bounded = fetch(api_client, {"page_size": 200})
    settings.API_LARGE_ROWS_MAX_PAGE_SIZE = 200
    response, unbounded = fetch(api_client, {"page_size": 200})
    assert len(response.json()["results"]) == 25
    assert unbounded > bounded + 4 * MIB


def test_small_rows_keep_200_a_page():
    from portfolio.api.views import PortfolioHoldingViewSet

    assert page_budget(PortfolioHoldingViewSet()) == MAX_PAGE_SIZE


def test_every_route_with_json_rows_has_the_budget():
    from conversations.api.views import ConversationViewSet
    from research.api.views import DefinitionViewSet, TranscriptViewSet

    for viewset in (ConversationViewSet, DefinitionViewSet, TranscriptViewSet):
        assert page_budget(viewset(action="list", request=None, format_kwarg=None)) == 20


def test_the_schema_shows_the_budget(api_client):
    schema = api_client.get("/api/schema/", {"format": "json"}).json()

    def page_size(path):
        parameters = schema["paths"][path]["get"]["parameters"]
        return next(p for p in parameters if p["name"] == "page_size")

    assert page_size("/api/v1/conversations/")["schema"]["maximum"] == 20
    assert page_size("/api/v1/research/definitions/")["schema"]["maximum"] == 20
    assert page_size("/api/v1/portfolio/holdings/")["schema"]["maximum"] == MAX_PAGE_SIZE
    assert "large JSON" in page_size("/api/v1/conversations/")["description"]
    assert router.registry  # every route's list is paginated by the same classes
