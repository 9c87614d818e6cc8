"""Embedding on the ideas, research-run and portfolio lists (issue 13): ``?include=``
embeds the children in one request with a constant number of statements (the same for 5
and 200 rows), the planned output is DRF's byte for byte, and the schema documents it."""

import pytest
from django.urls import reverse

from core.api.fast import plan_for
from ideas.api.serializers import (
    AgentResultSummarySerializer,
    BusinessIdeaListSerializer,
    BusinessIdeaSerializer,
    EvaluationSerializer,
)
from ideas.api.views import evaluations_newest_first
from ideas.choices import IdeaStatus
from ideas.models import BusinessIdea
from portfolio.api.serializers import PortfolioHoldingSerializer, PortfolioSerializer
from portfolio.models import Portfolio
from research.api.serializers import RunListSerializer, RunSerializer, TranscriptSerializer
from research.api.views import transcripts_oldest_first
from research.models import Run
from tests.ideas.factories import AgentResultFactory, BusinessIdeaFactory, EvaluationFactory
from tests.perf.test_read_paths import drf_output, render, statements
from tests.portfolio.factories import PortfolioFactory, PortfolioHoldingFactory
from tests.research.factories import DefinitionFactory, RunFactory, TranscriptFactory

pytestmark = pytest.mark.django_db
IDEAS = reverse("api:ideas-idea-list")
RUNS = reverse("api:research-run-list")
PORTFOLIOS = reverse("api:portfolio-portfolio-list")


def seed_ideas(user, n, children=2):
    for i in range(n):
        idea = BusinessIdeaFactory(user=user, status=IdeaStatus.EVALUATING)
        for _ in range(children - 1):
            EvaluationFactory(business_idea=idea, failed=True)
        evaluation = EvaluationFactory(business_idea=idea, analyzing=True)
        for _ in range(children):
            AgentResultFactory(evaluation=evaluation, score=None if i % 2 else 70.25)


def seed_runs(n, children=2):
    definition = DefinitionFactory()
    for i in range(n):
        run = RunFactory(definition=definition)
        for _ in range(children):
            TranscriptFactory(run=run, content=None if i % 3 == 0 else {"turns": [i, "ü"]})


def seed_portfolios(user, n, children=2):
    for _ in range(n):
        portfolio = PortfolioFactory(user=user)
        for _ in range(children):
            PortfolioHoldingFactory(portfolio=portfolio)


# --- the same JSON -----------------------------------------------------------------------


def same_as_drf(serializer_class, rows):
    assert plan_for(serializer_class) is not None, serializer_class
    for row in rows:
        assert render(serializer_class(row).data) == render(drf_output(serializer_class, row))


def test_planned_output_is_drf_output_byte_for_byte(user):
    seed_ideas(user, 3)
    seed_runs(3)
    seed_portfolios(user, 3)
    ideas = list(
        BusinessIdea.objects.with_evaluation_count().prefetch_related(evaluations_newest_first())
    )
    same_as_drf(BusinessIdeaSerializer, ideas)
    same_as_drf(BusinessIdeaListSerializer, ideas)
    evaluations = [e for idea in ideas for e in idea.evaluations.all()]
    same_as_drf(EvaluationSerializer, evaluations)
    same_as_drf(
        AgentResultSummarySerializer, [r for e in evaluations for r in e.agent_results.all()]
    )
    runs = list(Run.objects.prefetch_related(transcripts_oldest_first()))
    same_as_drf(RunSerializer, runs)
    same_as_drf(RunListSerializer, runs)
    same_as_drf(TranscriptSerializer, [t for run in runs for t in run.transcripts.all()])
    portfolios = list(Portfolio.objects.prefetch_related("holdings"))
    same_as_drf(PortfolioSerializer, portfolios)
    same_as_drf(PortfolioHoldingSerializer, [h for p in portfolios for h in p.holdings.all()])


def test_include_evaluations_embeds_what_the_evaluation_routes_show(api_client, user):
    seed_ideas(user, 2)
    page = api_client.get(IDEAS, {"include": "evaluations"}).json()
    for idea in page["results"]:
        shown = api_client.get(
            reverse("api:ideas-evaluation-list"), {"business_idea": idea["id"]}
        ).json()["results"]
        assert idea["evaluations"] == shown
        assert len(idea["evaluations"]) == idea["evaluation_count"] == 2
        assert [len(e["agent_results"]) for e in idea["evaluations"]] == [2, 0]
    assert "evaluations" not in api_client.get(IDEAS).json()["results"][0]


def test_include_transcripts_embeds_what_the_transcript_routes_show(api_client):
    seed_runs(2)
    page = api_client.get(RUNS, {"include": "transcripts"}).json()
    for run in page["results"]:
        shown = api_client.get(
            reverse("api:research-transcript-list"), {"run": run["id"], "ordering": "created_at"}
        ).json()["results"]
        assert run["transcripts"] == shown and len(shown) == 2
    assert "transcripts" not in api_client.get(RUNS).json()["results"][0]


def test_portfolios_embed_their_holdings_with_or_without_include(api_client, user):
    seed_portfolios(user, 2)
    plain = api_client.get(PORTFOLIOS).json()
    assert api_client.get(PORTFOLIOS, {"include": "holdings"}).json() == plain
    assert all(len(p["holdings"]) == 2 for p in plain["results"])


@pytest.mark.parametrize("url", [IDEAS, RUNS, PORTFOLIOS])
def test_unknown_include_is_a_json_400(api_client, url):
    response = api_client.get(url, {"include": "secrets"})
    assert response.status_code == 400
    assert "include" in response.json()


# --- statements per request --------------------------------------------------------------


@pytest.mark.parametrize("rows", [5, 200])
def test_constant_statements_for_5_and_200_rows(
    api_client, user, rows, django_assert_num_queries, settings
):
    settings.API_LARGE_ROWS_MAX_PAGE_SIZE = 200  # the page budget (20) aside
    children = 2 if rows > 5 else 3
    seed_ideas(user, rows, children)
    seed_runs(rows, children)
    seed_portfolios(user, rows, children)
    cases = [
        # COUNT, ideas, evaluations, agent results (evaluation_count from the embedded rows)
        (IDEAS, {"include": "evaluations"}, 4),
        (IDEAS, {"include": "evaluations", "cursor": ""}, 3),  # no COUNT
        (IDEAS, {}, 3),  # COUNT, ideas, the page's evaluation counts
        (RUNS, {"include": "transcripts"}, 3),  # COUNT, runs, transcripts
        (RUNS, {"include": "transcripts", "cursor": ""}, 2),
        (PORTFOLIOS, {}, 3),  # COUNT, portfolios, holdings
        (PORTFOLIOS, {"cursor": ""}, 2),
    ]
    for url, params, expected in cases:
        statements(api_client, url, {**params, "page_size": 200})  # warm the product grants
        with django_assert_num_queries(expected):
            response = api_client.get(url, {**params, "page_size": 200})
        assert len(response.json()["results"]) == rows, (url, params)


# --- the schema --------------------------------------------------------------------------


def test_schema_documents_include():
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    for path, embedded, component in [
        ("/api/v1/ideas/ideas/", "evaluations", "BusinessIdeaList"),
        ("/api/v1/research/runs/", "transcripts", "RunList"),
        ("/api/v1/portfolio/portfolios/", "holdings", "Portfolio"),
    ]:
        parameters = {p["name"]: p for p in schema["paths"][path]["get"]["parameters"]}
        assert parameters["include"]["schema"]["enum"] == [embedded], path
        item = schema["components"]["schemas"][component]
        assert embedded in item["properties"], component
