"""Numbers that are numbers: no numeric or float column holds NaN or ±Infinity.

PostgreSQL sorts NaN above every number (``NaN >= 0`` is true), so a sign rule alone
lets it in, and float columns (numeric without a precision too, from PostgreSQL 14)
also take ``Infinity`` and ``-Infinity``. Every such column declares a range, a sign
rule with ``finite=True`` or ``finite(f)`` (``core.db.constraints``). The columns are
found by introspection, of the models and of the catalog, so a new column cannot be
forgotten; each one is proven in raw SQL on a real row made by its factory.
"""

import importlib
import inspect

import factory
import pytest
from django.apps import apps
from django.conf import settings
from django.db import DataError, IntegrityError, models, transaction

from tests.utils import assert_sql_rejected, refused_by, run_sql

pytestmark = pytest.mark.django_db

SPECIALS = ("NaN", "Infinity", "-Infinity")
CHECK_VIOLATION, NUMERIC_OVERFLOW = "23514", "22003"


def number_columns() -> list[tuple[type[models.Model], models.Field]]:
    """Every numeric, real and double precision column of the project's own models."""
    found = []
    for label in settings.LOCAL_APPS:
        for model in apps.get_app_config(label.rsplit(".", 1)[-1]).get_models():
            if model._meta.proxy or not model._meta.managed:
                continue
            found += [
                (model, f)
                for f in model._meta.concrete_fields
                if isinstance(f, models.DecimalField | models.FloatField)
            ]
    return found


COLUMNS = {f"{m._meta.db_table}.{f.column}": (m, f) for m, f in number_columns()}


def catalog_number_columns() -> set[str]:
    """The same, read from PostgreSQL: a column a RunSQL added counts too."""
    prefixes = tuple(
        f"{apps.get_app_config(n.rsplit('.', 1)[-1]).label}_" for n in settings.LOCAL_APPS
    )
    rows = run_sql(
        "SELECT c.relname, a.attname FROM pg_attribute a"
        " JOIN pg_class c ON c.oid = a.attrelid"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"
        " AND a.attnum > 0 AND NOT a.attisdropped"
        " AND a.atttypid IN ('numeric'::regtype, 'real'::regtype, 'double precision'::regtype)"
    )
    return {f"{table}.{column}" for table, column in rows if table.startswith(prefixes)}


def factories() -> dict[type[models.Model], type[factory.django.DjangoModelFactory]]:
    """The one factory per model (STYLE.md) of every app's ``tests/<app>/factories.py``."""
    found = {}
    for name in settings.LOCAL_APPS:
        label = name.rsplit(".", 1)[-1]
        try:
            module = importlib.import_module(f"tests.{label}.factories")
        except ModuleNotFoundError:
            continue
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, factory.django.DjangoModelFactory) and cls._meta.model:
                found.setdefault(cls._meta.model, cls)
    return found


def checks_on(table: str, column: str) -> set[str]:
    """Names of the CHECK constraints of ``table`` that read ``column``."""
    rows = run_sql(
        "SELECT con.conname FROM pg_constraint con JOIN pg_attribute a"
        " ON a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)"
        " WHERE con.contype = 'c' AND con.conrelid = %s::regclass AND a.attname = %s",
        [table, column],
    )
    return {name for (name,) in rows}


def accepted_specials(table: str, column: str, pk) -> list[str]:
    """The special values PostgreSQL lets into ``table.column`` of row ``pk``.

    A value counts as refused only when a CHECK on that very column refuses it, or the
    column's type does (numeric(p, s) has no room for Infinity): any other error (a
    trigger, another rule) fails the test, so a refusal for the wrong reason does not
    pass for the rule."""
    update = f'UPDATE "{table}" SET "{column}" = %s WHERE id = %s'
    with transaction.atomic():  # the row can be written at all: its own value goes back in
        assert run_sql(
            f'UPDATE "{table}" SET "{column}" = "{column}" WHERE id = %s RETURNING id', [pk]
        )
    rules, accepted = checks_on(table, column), []
    for value in SPECIALS:
        try:
            with transaction.atomic():
                run_sql(update, [value, pk])
                accepted.append(value)
                raise _Undo
        except _Undo:
            pass
        except IntegrityError as exc:
            code = getattr(exc.__cause__, "sqlstate", None)
            assert code == CHECK_VIOLATION and refused_by(exc) in rules, (
                f"{table}.{column} = {value} refused, but not by a CHECK on the column: {exc}"
            )
        except DataError as exc:
            assert getattr(exc.__cause__, "sqlstate", None) == NUMERIC_OVERFLOW, exc
    return accepted


class _Undo(Exception):
    """Rolls back the savepoint of a value that got in."""


def test_every_number_column_is_found():
    """The models and the catalog agree, and the list is not empty by accident."""
    assert set(COLUMNS) == catalog_number_columns()
    assert len(COLUMNS) >= 45
    assert "portfolio_portfolioholding.quantity" in COLUMNS
    assert "engagement_kpimetric.value" in COLUMNS


@pytest.mark.parametrize("column", sorted(COLUMNS))
def test_column_refuses_nan_and_infinity(column):
    model, field = COLUMNS[column]
    made = factories().get(model)
    assert made, f"{model.__name__} has no factory in tests/{model._meta.app_label}/factories.py"
    row = made()
    assert accepted_specials(model._meta.db_table, field.column, row.pk) == []


def test_a_sign_rule_without_finite_lets_nan_in():
    """The check above is not vacuous: the old ``quantity >= 0`` takes NaN (the typmod of
    numeric(18, 8) still refuses Infinity), and a float without ``finite`` takes all three."""
    from tests.engagement.factories import KpiMetricFactory
    from tests.portfolio.factories import PortfolioHoldingFactory

    run_sql(
        "ALTER TABLE portfolio_portfolioholding"
        " DROP CONSTRAINT portfolio_portfolioholding_quantity_non_negative,"
        " ADD CONSTRAINT portfolio_portfolioholding_quantity_non_negative CHECK (quantity >= 0)"
    )
    run_sql("ALTER TABLE engagement_kpimetric DROP CONSTRAINT engagement_kpimetric_value_finite")
    holding, metric = PortfolioHoldingFactory(), KpiMetricFactory()  # after the DDL
    assert accepted_specials("portfolio_portfolioholding", "quantity", holding.pk) == ["NaN"]
    assert accepted_specials("engagement_kpimetric", "value", metric.pk) == list(SPECIALS)


FINITE_RULES = {
    "engagement_kpimetric_value_finite": ("engagement_kpimetric", "value"),
    "engagement_learningevent_predicted_improvement_finite": (
        "engagement_learningevent",
        "predicted_improvement",
    ),
    "engagement_learningevent_baseline_performance_finite": (
        "engagement_learningevent",
        "baseline_performance",
    ),
    "engagement_learningevent_actual_improvement_finite": (
        "engagement_learningevent",
        "actual_improvement",
    ),
    "engagement_weightadjustmentlog_predicted_improvement_finite": (
        "engagement_weightadjustmentlog",
        "predicted_improvement",
    ),
}


@pytest.mark.parametrize("constraint", sorted(FINITE_RULES))
@pytest.mark.parametrize("value", SPECIALS)
def test_finite_rule_refuses(constraint, value):
    table, column = FINITE_RULES[constraint]
    model = next(m for m, f in COLUMNS.values() if m._meta.db_table == table)
    row = factories()[model]()
    if column == "actual_improvement":  # evaluation_complete: an evaluated event
        run_sql(
            "UPDATE engagement_learningevent SET actual_improvement = 0.1, evaluated_at = now()"
            " WHERE id = %s",
            [row.pk],
        )
    assert_sql_rejected(
        constraint, f'UPDATE "{table}" SET "{column}" = %s WHERE id = %s', [value, row.pk]
    )


# --- the API --------------------------------------------------------------------------


def number_fields():
    """(serializer, field name, field) for every writable decimal or float field of every
    serializer an app's API declares (``<app>/api/serializers.py``), nested ones included."""
    from rest_framework import serializers

    found = []
    for name in settings.LOCAL_APPS:
        try:
            module = importlib.import_module(f"{name}.api.serializers")
        except ModuleNotFoundError:
            continue
        for cls_name, cls in inspect.getmembers(module, inspect.isclass):
            if not issubclass(cls, serializers.Serializer) or cls.__module__ != module.__name__:
                continue
            if issubclass(cls, serializers.ModelSerializer) and not hasattr(cls, "Meta"):
                continue  # an abstract base
            for field_name, field in cls().fields.items():
                if not field.read_only and isinstance(
                    field, serializers.DecimalField | serializers.FloatField
                ):
                    found.append((f"{name}.{cls_name}", field_name, field))
    return found


NUMBER_FIELDS = {f"{b}.{n}": field for b, n, field in number_fields()}


def test_every_writable_number_field_is_found():
    assert len(NUMBER_FIELDS) >= 20
    assert "portfolio.AutoInvestRuleSerializer.amount" in NUMBER_FIELDS


@pytest.mark.parametrize("field", sorted(NUMBER_FIELDS))
@pytest.mark.parametrize("value", [*SPECIALS, "nan", "inf", "-inf", "1e999"])
def test_serializer_field_refuses_nan_and_infinity(field, value):
    from rest_framework.exceptions import ValidationError

    with pytest.raises(ValidationError):
        NUMBER_FIELDS[field].run_validation(value)


def auto_invest_body(user):
    from tests.portfolio.factories import PortfolioFactory

    return {
        "portfolio": PortfolioFactory(user=user).pk,
        "asset_symbol": "ETH",
        "amount": "25",
        "frequency": "weekly",
        "day_of_week": 0,
    }


@pytest.mark.parametrize("value", SPECIALS)
def test_api_refuses_nan_strings_with_a_field_message(api_client, user, value):
    from django.urls import reverse

    url = reverse("api:portfolio-autoinvestrule-list")
    response = api_client.post(url, {**auto_invest_body(user), "amount": value}, format="json")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["amount"] == ["A valid number is required."]


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_api_refuses_nan_literals_in_json(api_client, user, literal):
    """``NaN`` is not JSON (RFC 8259); Python's json would read it, DRF's strict parser
    refuses it: a 400 JSON parse error naming the constant, never a stored NaN."""
    import json

    from django.urls import reverse

    body = json.dumps(auto_invest_body(user))[:-1] + f', "amount": {literal}}}'
    response = api_client.post(
        reverse("api:portfolio-autoinvestrule-list"), body, content_type="application/json"
    )
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert literal in response.json()["detail"]
