"""No oracles in filters: a filter by an id the caller may not see answers exactly like
a filter by an unknown id (same status, same body).

Every filter of every route's filterset that takes a foreign id is found by
introspection (``ModelChoiceFilter`` and friends, and id filters whose field path ends
at a foreign key), so a new one is covered without a line here. For each, a row of the
target model the caller may not see (another user's, or a catalogue row that is not
public) is filtered by, and so is an id no row has.
"""

import uuid

import pytest
from django.db import models
from django_filters import rest_framework as df
from rest_framework.filters import OrderingFilter

from core.api.filters import ScopedFilterBackend
from core.api.scopes import Catalogue, Owner, StaffOnly
from core.api.viewsets import model_scopes
from tests.accounts import factories as accounts
from tests.test_scoping import MAKERS, PARENTS, VIEWSETS, client_for, list_url, make

# Catalogue models whose ``public`` rows a non-staff caller sees: how a row stops being public
HIDE = {
    "portfolio.Basket": {"status": "draft"},
    "portfolio.Quest": {"is_active": False},
    "portfolio.Achievement": {"is_hidden": True},
    "portfolio.AIExpert": {"is_active": False},
    "portfolio.AITip": {"is_published": False},
}
BASENAME_OF = {}
for _basename, _viewset in sorted(VIEWSETS.items()):
    if getattr(_viewset, "queryset", None) is not None:
        BASENAME_OF.setdefault(_viewset.queryset.model, _basename)


def target_of(model, filter_) -> type[models.Model] | None:
    """The model whose id ``filter_`` takes, or None for a filter of another kind."""
    if isinstance(filter_, df.ModelChoiceFilter | df.ModelMultipleChoiceFilter):
        return filter_.queryset.model
    if filter_.method is not None or not isinstance(filter_, df.UUIDFilter | df.NumberFilter):
        return None
    target, current = None, model
    for part in filter_.field_name.split("__"):
        try:
            field = current._meta.get_field(part)
        except models.FieldDoesNotExist:
            field = next((f for f in current._meta.concrete_fields if f.attname == part), None)
            if field is None:
                return None
        if field.is_relation and field.many_to_one:
            target = current = field.related_model
        elif field.primary_key and target is current:
            continue  # ``business_idea__id``: the related row's own key
        else:
            return target if field.attname == part and field.is_relation else None
    return target


def foreign_id_filters():
    backend = ScopedFilterBackend()
    for basename, viewset in sorted(VIEWSETS.items()):
        queryset = getattr(viewset, "queryset", None)
        if queryset is None:
            continue
        filterset_class = backend.get_filterset_class(viewset, queryset)
        if filterset_class is None:
            continue
        for name, filter_ in filterset_class.base_filters.items():
            target = target_of(queryset.model, filter_)
            if target is not None:
                yield basename, name, target


CASES = {f"{b}?{n}": (b, n, t) for b, n, t in foreign_id_filters()}


def test_the_foreign_id_filters_are_found():
    for case in (
        "portfolio-holding?portfolio",
        "portfolio-holding?basket",
        "portfolio-transaction?portfolio",
        "portfolio-userquest?quest",
        "portfolio-aitip?expert",
        "ideas-evaluation?business_idea",
        "ideas-agentresult?evaluation",
        "research-run?definition",
        "engagement-escalation?assigned_to",
    ):
        assert case in CASES, sorted(CASES)


def hidden_row(target, caller, bob):
    """A row of ``target`` that ``caller`` may not see, or None when it sees them all."""
    scope, _product = model_scopes().get(target, (None, None))
    if isinstance(scope, Owner):
        return make(BASENAME_OF[target], bob)
    if isinstance(scope, Catalogue) and scope.public is not None and not caller.is_staff:
        row = make(BASENAME_OF[target], bob)
        label = target._meta.label
        assert label in HIDE, f"{label} is a catalogue with hidden rows: say how in HIDE"
        target.objects.filter(pk=row.pk).update(**HIDE[label])
        return row
    return None


def unknown_id(target):
    if isinstance(target._meta.pk, models.UUIDField):
        return str(uuid.uuid4())
    last = target.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    return str(last + 1000)


def answer(client, url, name, value):
    response = client.get(url, {name: value})
    assert response["Content-Type"] == "application/json"
    return response.status_code, response.content.decode().replace(value, "<id>")


@pytest.mark.django_db
@pytest.mark.parametrize("case", sorted(CASES))
def test_an_unseen_id_answers_like_an_unknown_id(case):
    basename, name, target = CASES[case]
    staff_route = isinstance(VIEWSETS[basename].scope, StaffOnly)
    caller = accounts.UserFactory(products=list(_products()), is_staff=staff_route)
    bob = accounts.UserFactory(products=list(_products()))
    mine = make(basename, caller) if basename in PARENTS else None
    row = hidden_row(target, caller, bob)
    if row is None:  # nothing to hide: the caller's scope shows every row of the target
        assert target in model_scopes() or caller.is_staff, (
            f"{case}: {target.__name__} has no route, so no scope says who may name it"
        )
        return
    client = client_for(caller)
    url = list_url(basename, mine)
    unseen = answer(client, url, name, str(row.pk))
    unknown = answer(client, url, name, unknown_id(target))
    assert unseen == unknown
    status, body = unseen
    assert status in (200, 400), body
    if status == 200:
        assert '"results":[]' in body.replace(" ", ""), body


def _products():
    from core.products import PRODUCTS

    return PRODUCTS


@pytest.mark.django_db
def test_without_the_scoped_backend_the_filter_was_an_oracle(monkeypatch):
    """What the backend fixes: django-filter alone answers ``200 []`` for another user's
    portfolio and 400 for an unknown one."""
    from portfolio.api.views import PortfolioHoldingViewSet

    alice, bob = (accounts.UserFactory(products=list(_products())) for _ in range(2))
    theirs = MAKERS["portfolio-portfolio"](bob)
    client, url = client_for(alice), list_url("portfolio-holding")
    monkeypatch.setattr(
        PortfolioHoldingViewSet, "filter_backends", [df.DjangoFilterBackend, OrderingFilter]
    )
    leaked = answer(client, url, "portfolio", str(theirs.pk))
    unknown = answer(client, url, "portfolio", unknown_id(type(theirs)))
    assert leaked[0] == 200 and unknown[0] == 400
    monkeypatch.undo()
    assert answer(client, url, "portfolio", str(theirs.pk)) == unknown
