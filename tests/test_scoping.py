"""The access model over the whole URL router (README, "Access model").

Routes are enumerated from ``config.api_router.router``: a new route is covered
automatically, and fails ``test_every_route_has_a_row_maker`` until it has a maker here.
Alice and Bob are ordinary users holding every product, with rows in every app.
"""

import re

import pytest
from django.core.exceptions import FieldDoesNotExist
from django.urls import reverse
from rest_framework.relations import RelatedField
from rest_framework.test import APIClient

from config.api_router import router
from core.api.scopes import Catalogue, Owner, ProductShared, StaffOnly
from core.api.viewsets import model_scopes
from core.products import PRODUCTS
from tests.accounts import factories as accounts
from tests.conversations import factories as conversations
from tests.engagement import factories as engagement
from tests.ideas import factories as ideas
from tests.portfolio import factories as portfolio
from tests.research import factories as research

# basename -> make(user): a row of the route; for Owner routes, one ``user`` owns
MAKERS = {
    "accounts-apikey": lambda u: accounts.ApiKeyFactory(user=u),
    "conversations-conversation": lambda u: conversations.ConversationFactory(user=u),
    "conversations-message": lambda u: conversations.AgentMessageFactory(conversation__user=u),
    "ideas-idea": lambda u: ideas.BusinessIdeaFactory(user=u, submitted=True),
    "ideas-evaluation": lambda u: ideas.EvaluationFactory(business_idea__user=u),
    "ideas-agentresult": lambda u: ideas.AgentResultFactory(evaluation__business_idea__user=u),
    "engagement-author": lambda u: engagement.AuthorFactory(),
    "engagement-post": lambda u: engagement.PostFactory(),
    "engagement-decision": lambda u: engagement.DecisionFactory(),
    "engagement-reply": lambda u: engagement.ReplyFactory(),
    "engagement-escalation": lambda u: engagement.EscalationFactory(),
    "engagement-experiment": lambda u: engagement.ExperimentFactory(),
    "engagement-kpimetric": lambda u: engagement.KpiMetricFactory(),
    "engagement-competitor": lambda u: engagement.CompetitorFactory(),
    "engagement-champion": lambda u: engagement.CommunityChampionFactory(),
    "engagement-auditlog": lambda u: engagement.AuditLogFactory(),
    "research-definition": lambda u: research.DefinitionFactory(),
    "research-experiment": lambda u: research.ExperimentFactory(),
    "research-run": lambda u: research.RunFactory(),
    "research-scenario": lambda u: research.ScenarioFactory(),
    "research-transcript": lambda u: research.TranscriptFactory(),
    "research-comparison": lambda u: research.RunComparisonFactory(),
    "research-analysisresult": lambda u: research.AnalysisResultFactory(),
    "research-rubric": lambda u: research.RubricFactory(),
    "portfolio-portfolio": lambda u: portfolio.PortfolioFactory(user=u),
    "portfolio-holding": lambda u: portfolio.PortfolioHoldingFactory(portfolio__user=u),
    "portfolio-basket": lambda u: portfolio.PublishedBasketFactory(),
    "portfolio-transaction": lambda u: portfolio.TransactionFactory(portfolio__user=u),
    "portfolio-quest": lambda u: portfolio.QuestFactory(),
    "portfolio-userquest": lambda u: portfolio.UserQuestFactory(user=u),
    "portfolio-achievement": lambda u: portfolio.AchievementFactory(),
    "portfolio-userachievement": lambda u: portfolio.UserAchievementFactory(user=u),
    "portfolio-battlepass": lambda u: portfolio.BattlePassFactory(),
    "portfolio-userbattlepass": lambda u: portfolio.UserBattlePassFactory(user=u),
    "portfolio-aiexpert": lambda u: portfolio.AIExpertFactory(),
    "portfolio-aitip": lambda u: portfolio.AITipFactory(),
    "portfolio-aiinteraction": lambda u: portfolio.UserAIInteractionFactory(user=u),
    "portfolio-autoinvestrule": lambda u: portfolio.AutoInvestRuleFactory(portfolio__user=u),
    "portfolio-rounduprule": lambda u: portfolio.RoundUpRuleFactory(portfolio__user=u),
    "portfolio-loanapplication": lambda u: portfolio.LoanApplicationFactory(user=u),
    "portfolio-loan": lambda u: portfolio.LoanFactory(application__user=u),
    "portfolio-notification": lambda u: portfolio.NotificationFactory(user=u),
    "portfolio-notificationpreference": lambda u: portfolio.NotificationPreferenceFactory(user=u),
}
# URL kwargs of nested routes, from the row
PARENTS = {"conversations-message": lambda row: {"conversation_pk": row.conversation_id}}
# non-router views and their product
PLAIN_VIEWS = {"api:portfolio-level": "portfolio"}

VIEWSETS = {basename: viewset for _prefix, viewset, basename in router.registry}
BASENAMES = sorted(VIEWSETS)
UNSAFE = ("post", "put", "patch", "delete")
DOES_NOT_EXIST = re.compile(r"does not exist|Invalid pk", re.IGNORECASE)


def product_of(basename):
    return VIEWSETS[basename].declared_product()


def scope_of(basename):
    return VIEWSETS[basename].scope


def make(basename, user):
    try:
        return MAKERS[basename](user)
    except KeyError:
        pytest.fail(f"route {basename!r} has no row maker in tests/test_scoping.py MAKERS")


def list_url(basename, row=None):
    kwargs = PARENTS[basename](row) if basename in PARENTS and row is not None else {}
    return reverse(f"api:{basename}-list", kwargs=kwargs)


def detail_url(basename, row):
    kwargs = PARENTS[basename](row) if basename in PARENTS else {}
    return reverse(f"api:{basename}-detail", kwargs={**kwargs, "pk": row.pk})


def ids(response):
    assert response.status_code == 200, response.content[:300]
    body = response.json()
    rows = body["results"] if isinstance(body, dict) else body
    return {str(r["id"]) for r in rows}


def client_for(user=None, key=None):
    client = APIClient()
    if key is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")
    elif user is not None:
        client.force_authenticate(user=user)
    return client


@pytest.fixture
def alice(db):
    return accounts.UserFactory(products=PRODUCTS)


@pytest.fixture
def bob(db):
    return accounts.UserFactory(products=PRODUCTS)


def test_every_route_has_a_row_maker():
    assert set(BASENAMES) - set(MAKERS) == set(), "add a maker for each new route"
    assert set(MAKERS) - set(BASENAMES) == set(), "a maker for a route that is gone"


def test_every_route_declares_a_scope_and_a_known_product():
    for basename in BASENAMES:
        assert scope_of(basename) is not None, basename
        assert product_of(basename) in (*PRODUCTS, None), basename
    assert {product_of(b) for b in BASENAMES} == {*PRODUCTS, None}


# --- another user's row ---------------------------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize("basename", BASENAMES)
def test_another_users_row_is_404_and_never_listed(basename, alice, bob):
    scope = scope_of(basename)
    mine, theirs = make(basename, alice), make(basename, bob)
    client = client_for(alice)
    if isinstance(scope, StaffOnly):
        assert client.get(list_url(basename, mine)).status_code == 403
        assert client.get(detail_url(basename, theirs)).status_code == 403
        return
    assert client.get(detail_url(basename, mine)).status_code == 200
    listed = ids(client.get(list_url(basename, mine)))
    assert str(mine.pk) in listed
    if isinstance(scope, (ProductShared, Catalogue)):  # shared rows: both see both
        assert str(theirs.pk) in listed
        assert client.get(detail_url(basename, theirs)).status_code == 200
        return
    assert isinstance(scope, Owner), scope
    assert str(theirs.pk) not in listed
    if basename in PARENTS:  # the other user's parent: its list is a 404 too
        assert client.get(list_url(basename, theirs)).status_code == 404
    url = detail_url(basename, theirs)
    assert client.get(url).status_code == 404
    for method in ("put", "patch", "delete"):
        status = getattr(client, method)(url, {}, format="json").status_code
        assert status in (404, 405), (method, status)
    theirs.refresh_from_db()  # nothing happened to it


# --- foreign keys in request bodies ---------------------------------------------------
def writable_relations(basename, action):
    """(field name, target model) of the serializer ``action`` uses on this route."""
    viewset = VIEWSETS[basename](action=action, format_kwarg=None, kwargs={})
    viewset.request = None
    serializer = viewset.get_serializer_class()(context={"request": None, "view": viewset})
    out = []
    for name, field in serializer.fields.items():
        if field.read_only:
            continue
        relation = getattr(field, "child_relation", field)
        if not isinstance(relation, RelatedField):
            continue
        model = getattr(getattr(serializer, "Meta", None), "model", None)
        try:  # the model's foreign key (works for fields that narrow in get_queryset too)
            target = model._meta.get_field(relation.source or name).related_model
        except (AttributeError, FieldDoesNotExist):
            target = relation.queryset.model if relation.queryset is not None else None
        if target is not None:
            out.append((name, target))
    return out


def owner_route_of(model):
    for basename in BASENAMES:
        if VIEWSETS[basename].queryset.model is model and isinstance(scope_of(basename), Owner):
            return basename
    return None


FK_CASES = sorted(
    {
        (basename, action, name, owner_route_of(model))
        for basename in BASENAMES
        for action in ("create", "partial_update")
        if hasattr(VIEWSETS[basename], action.replace("partial_", ""))
        and not isinstance(scope_of(basename), StaffOnly)
        for name, model in writable_relations(basename, action)
        if owner_route_of(model)
    }
)


def test_the_foreign_key_cases_cover_every_app_with_owned_rows():
    apps = {case[0].split("-")[0] for case in FK_CASES}
    assert {"ideas", "portfolio"} <= apps, FK_CASES
    assert ("portfolio-transaction", "create", "portfolio", "portfolio-portfolio") in FK_CASES


@pytest.mark.django_db
@pytest.mark.parametrize("basename, action, field, target", FK_CASES)
def test_a_foreign_key_to_another_users_row_is_refused(basename, action, field, target, alice, bob):
    theirs = make(target, bob)
    mine = make(target, alice)
    client = client_for(alice)
    if action == "create":
        parent = make(basename, alice) if basename in PARENTS else None

        def send(pk):
            return client.post(list_url(basename, parent), {field: str(pk)}, format="json")
    else:
        own_row = make(basename, alice)

        def send(pk):
            return client.patch(detail_url(basename, own_row), {field: str(pk)}, format="json")

    refused = send(theirs.pk)
    assert refused.status_code == 400, refused.content[:300]
    errors = refused.json()
    assert field in errors, errors
    assert DOES_NOT_EXIST.search(" ".join(map(str, errors[field]))), errors[field]
    # the same field with the caller's own row is not "does not exist"
    accepted = send(mine.pk)
    if accepted.status_code == 400:  # other fields may be missing, but not this one
        assert not DOES_NOT_EXIST.search(str(accepted.json().get(field, ""))), accepted.json()
    else:
        assert accepted.status_code in (200, 201), accepted.content[:300]


# --- products -------------------------------------------------------------------------
def product_routes(product):
    return [b for b in BASENAMES if product_of(b) == product]


@pytest.mark.django_db
@pytest.mark.parametrize("product", PRODUCTS)
def test_a_user_without_the_product_gets_403_on_every_route_of_it(product, alice):
    carol = accounts.UserFactory(products=[p for p in PRODUCTS if p != product])
    client = client_for(carol)
    for basename in product_routes(product):
        row = make(basename, alice)
        urls = (list_url(basename, row), detail_url(basename, row))
        for url in urls:
            assert client.get(url).status_code == 403, (basename, url)
            for method in UNSAFE:
                status = getattr(client, method)(url, {}, format="json").status_code
                assert status in (403, 405), (basename, method, url, status)
    for name, view_product in PLAIN_VIEWS.items():
        expected = 403 if view_product == product else 200
        assert client.get(reverse(name)).status_code == expected, name


@pytest.mark.django_db
def test_a_grant_through_a_group_works_and_staff_hold_every_product(alice):
    from django.contrib.auth.models import Group

    from core.products import permissions

    group = Group.objects.create(name="researchers")
    group.permissions.add(*permissions(["research"]))
    dora = accounts.UserFactory()
    row = make("research-transcript", alice)
    assert client_for(dora).get(detail_url("research-transcript", row)).status_code == 403
    dora.groups.add(group)
    dora = type(dora).objects.get(pk=dora.pk)  # a new request loads the user afresh
    assert client_for(dora).get(detail_url("research-transcript", row)).status_code == 200
    staff = accounts.StaffUserFactory()
    for basename in BASENAMES:
        assert client_for(staff).get(list_url(basename, make(basename, staff))).status_code == 200


# --- API keys ---------------------------------------------------------------------------
@pytest.mark.django_db
def test_a_key_narrowed_to_one_product_is_403_on_the_others(alice):
    key = accounts.ApiKeyFactory(user=alice, products=["ideas"]).key
    client = client_for(key=key)
    for basename in BASENAMES:
        row = make(basename, alice)
        product = product_of(basename)
        status = client.get(list_url(basename, row)).status_code
        if product in ("ideas", None):
            assert status == 200, basename
        else:
            assert status == 403, basename
            assert client.get(detail_url(basename, row)).status_code == 403, basename
    assert client.get(reverse("api:portfolio-level")).status_code == 403


@pytest.mark.django_db
def test_a_read_only_key_reads_and_is_403_on_every_write(alice):
    key = accounts.ApiKeyFactory(user=alice, read_only=True).key
    client = client_for(key=key)
    for basename in BASENAMES:
        row = make(basename, alice)
        if not isinstance(scope_of(basename), StaffOnly):
            assert client.get(detail_url(basename, row)).status_code == 200, basename
        assert client.post(list_url(basename, row), {}, format="json").status_code in (403, 405)
        for method in ("put", "patch", "delete"):
            status = getattr(client, method)(detail_url(basename, row), {}, format="json")
            assert status.status_code in (403, 405), (basename, method)
    assert client.patch(reverse("api:accounts-me"), {"first_name": "X"}).status_code == 403


@pytest.mark.django_db
def test_a_narrowed_key_cannot_mint_a_broader_key(alice):
    client = client_for(key=accounts.ApiKeyFactory(user=alice, products=["ideas"]).key)
    url = reverse("api:accounts-apikey-list")
    assert client.post(url, {"name": "wider"}, format="json").status_code == 400
    wider = client.post(url, {"name": "w", "products": ["ideas", "research"]}, format="json")
    assert wider.status_code == 400
    same = client.post(url, {"name": "same", "products": ["ideas"]}, format="json")
    assert same.status_code == 201, same.content
    assert same.json()["products"] == ["ideas"]


# --- research is shared among its users; engagement is staff's -------------------------
@pytest.mark.django_db
def test_research_is_shared_among_research_users_only(alice, bob):
    transcript = make("research-transcript", alice)
    url = detail_url("research-transcript", transcript)
    for user in (alice, bob):
        assert client_for(user).get(url).json()["content"] == transcript.content
    outsider = client_for(accounts.UserFactory(products=["ideas"]))
    assert outsider.get(url).status_code == 403
    assert outsider.get(list_url("research-transcript")).status_code == 403
    definition = make("research-definition", alice)
    durl = detail_url("research-definition", definition)
    assert outsider.patch(durl, {"name": "mine now"}, format="json").status_code == 403
    assert outsider.delete(durl).status_code == 403
    definition.refresh_from_db()


@pytest.mark.django_db
def test_engagement_is_staff_only_even_with_the_product(alice):
    assert set(map(type, map(scope_of, product_routes("engagement")))) == {StaffOnly}
    client = client_for(alice)
    for basename in product_routes("engagement"):
        assert client.get(list_url(basename)).status_code == 403


def test_body_foreign_keys_use_the_registry_built_from_the_router():
    scopes = model_scopes()
    for _prefix, viewset, _basename in router.registry:
        assert viewset.queryset.model in scopes
