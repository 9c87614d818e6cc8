"""The one constraint library: named CHECK constraints every app builds its rules from.

Every builder returns a ``models.CheckConstraint`` named
``%(app_label)s_%(class)s_<rule>`` (Django fills in the app label and the lower-case
model name, so ``valid_choice("status", ...)`` on ``portfolio.Transaction`` is
``portfolio_transaction_status_valid``) and carrying a ``violation_error_message``,
which ``core.api.serializers.ConstraintValidationMixin`` reports as a 400 on the
field the rule is about. PostgreSQL holds the rule for every writer; the message is
what Django's side says.

The default rule suffix is ``<field>_<kind>`` (``amount_positive``, ``score_range``,
``email_format``); pass ``rule=`` to keep an older name. Pass ``message=`` to say
it better than the default.

| builder | SQL it holds | default rule suffix |
|---|---|---|
| ``valid_choice(f, Choices, nullable=)`` | ``f IN (...)`` | ``f_valid`` |
| ``not_blank(f, strip=)`` | ``f <> ''`` (``strip``: ``f ~ '\\S'``) | ``f_not_blank`` |
| ``matches(f, regex, nullable=, blank_ok=)`` | ``f ~ regex`` | ``f_format`` |
| ``in_range(f, low, high)``, ``unit_range``, ``percentage`` | ``low <= f <= high`` | ``f_range`` |
| ``length_range(f, low, high)`` | ``char_length(f) BETWEEN low AND high`` | ``f_length`` |
| ``min_length(f, low)`` | ``char_length(f) >= low`` | ``f_min_length`` |
| ``positive(f)``, ``non_negative(f)``, ``at_least(f, n)`` | ``f > 0``, ``f >= 0``, ``f >= n`` | ``f_positive``, ... |
| the same with ``finite=True`` (numeric, float) | and ``f <> 'NaN' AND f <> 'Infinity'`` | the same |
| ``finite(f)`` (numeric, float without a sign or range rule) | ``f`` is not NaN, ``Infinity``, ``-Infinity`` | ``f_finite`` |
| ``json_object(f, nullable=)`` | ``jsonb_typeof(f) = 'object'`` | ``f_object`` |
| ``array_no_nulls(f)`` | ``array_position(f, NULL) IS NULL`` | ``f_no_nulls`` |
| ``implies(rule, when, then, message)`` | ``NOT when OR then`` | ``rule`` |
| ``check(rule, condition, message)`` | anything else | ``rule`` |

NULL passes every CHECK in PostgreSQL (and in Django's validation); nullability is
the column's. ``nullable=True`` adds an explicit ``IS NULL`` branch, which only some
older constraints spell out.

**Numbers that are numbers.** numeric and float columns also hold ``NaN``, and float
(and numeric without a precision, PostgreSQL 14+) ``Infinity`` and ``-Infinity``.
PostgreSQL sorts NaN above every number, Infinity included, so ``NaN >= 0`` is true: a
lower bound alone lets NaN (and Infinity) in. A two-sided range (``in_range``,
``unit_range``, ``percentage``) with finite bounds already refuses all three. Every
numeric or float column therefore declares either a range, a sign rule with
``finite=True``, or ``finite(f)``; ``tests/test_finite_numbers.py`` proves it in raw
SQL for every such column of every model, so a new column cannot forget it.

Triggers that enforce a rule spanning rows fail the same way: see
``raise_check_violation_sql``.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import Exact, GreaterThanOrEqual, IsNull, Range

NAME = "%(app_label)s_%(class)s_"


def label(field: str) -> str:
    """``confidence_score`` -> ``Confidence score`` (how default messages name a field)."""
    return field.replace("__", " ").replace("_", " ").capitalize()


def name(rule: str) -> str:
    """The constraint name template for ``rule``: ``%(app_label)s_%(class)s_<rule>``."""
    return f"{NAME}{rule}"


def check(rule: str, condition, message: str) -> models.CheckConstraint:
    """Any CHECK, named ``<app>_<model>_<rule>``: the builder the others are made of."""
    return models.CheckConstraint(
        condition=condition, name=name(rule), violation_error_message=message
    )


def each(builder: Callable[..., models.CheckConstraint], *fields: str, **kwargs) -> list:
    """One constraint per field: ``*each(non_negative, "likes", "shares")``."""
    return [builder(field, **kwargs) for field in fields]


def _or_null(field: str, condition, nullable: bool, *, first: bool = False):
    if not nullable:
        return condition
    null = models.Q(**{f"{field}__isnull": True})
    return null | condition if first else condition | null


# --- choices, text ----------------------------------------------------------------------


def valid_choice(
    field: str, choices, *, nullable=False, rule=None, message=None
) -> models.CheckConstraint:
    """The column holds one of the enum's values (``TextChoices`` or a list of values)."""
    values = list(getattr(choices, "values", choices))
    return check(
        rule or f"{field}_valid",
        _or_null(field, models.Q(**{f"{field}__in": values}), nullable),
        message or f"{label(field)} must be one of: {', '.join(map(str, values))}.",
    )


def not_blank(field: str, *, strip=False, rule=None, message=None) -> models.CheckConstraint:
    """Not the empty string; ``strip=True``: holds a non-whitespace character."""
    condition = models.Q(**{f"{field}__regex": r"\S"}) if strip else ~models.Q(**{field: ""})
    return check(
        rule or f"{field}_not_blank", condition, message or f"{label(field)} cannot be blank."
    )


def matches(
    field: str,
    regex: str,
    *,
    nullable=False,
    blank_ok=False,
    null_first=False,
    rule=None,
    message=None,
) -> models.CheckConstraint:
    """The text matches ``regex`` (PostgreSQL ``~``, POSIX: keep patterns portable)."""
    condition = _or_null(field, models.Q(**{f"{field}__regex": regex}), nullable, first=null_first)
    if blank_ok:
        condition |= models.Q(**{field: ""})
    return check(rule or f"{field}_format", condition, message or f"{label(field)} is not valid.")


def length_range(field: str, low: int, high: int, *, rule=None, message=None):
    """``low <= char_length(field) <= high``."""
    return check(
        rule or f"{field}_length",
        Range(Length(field), (low, high)),
        message or f"{label(field)} must have {low} to {high} characters.",
    )


def min_length(field: str, low: int, *, rule=None, message=None):
    """``char_length(field) >= low``."""
    return check(
        rule or f"{field}_min_length",
        GreaterThanOrEqual(Length(field), low),
        message or f"{label(field)} must have at least {low} characters.",
    )


# --- numbers ----------------------------------------------------------------------------


def in_range(
    field: str, low, high, *, low_inclusive=True, nullable=False, rule=None, message=None
) -> models.CheckConstraint:
    """``low <= field <= high`` (``low_inclusive=False``: ``low < field``).

    NaN sorts above every number in PostgreSQL, so a range also rejects NaN."""
    lower = f"{field}__gte" if low_inclusive else f"{field}__gt"
    return check(
        rule or f"{field}_range",
        _or_null(field, models.Q(**{lower: low, f"{field}__lte": high}), nullable, first=True),
        message or f"{label(field)} must be between {low} and {high}.",
    )


def unit_range(field: str, **kwargs) -> models.CheckConstraint:
    """Scores and fractions in 0.0 .. 1.0."""
    return in_range(field, 0.0, 1.0, **kwargs)


def percentage(field: str, *, allow_zero=True, **kwargs) -> models.CheckConstraint:
    """0..100 (``allow_zero=False``: above 0)."""
    return in_range(field, 0, 100, low_inclusive=allow_zero, **kwargs)


NAN, INFINITY, MINUS_INFINITY = "NaN", "Infinity", "-Infinity"


def not_special(field: str, *values: str) -> models.Q:
    """``field <> 'NaN' AND ...``: the literals are untyped (PostgreSQL reads them as the
    column's numeric or float type), so the field's Python conversion, which refuses
    them, never runs; only for numeric and float columns."""
    condition = models.Q()
    for value in values:
        condition &= ~models.Q(Exact(models.F(field), models.Value(value)))
    return condition


def _sign(field, condition, finite):
    # the lower bound refuses -Infinity; NaN and Infinity sort above every number
    return condition & not_special(field, NAN, INFINITY) if finite else condition


def positive(field: str, *, finite=False, rule=None, message=None) -> models.CheckConstraint:
    """> 0 (``finite=True`` for numeric and float columns: not NaN nor Infinity either)."""
    return check(
        rule or f"{field}_positive",
        _sign(field, models.Q(**{f"{field}__gt": 0}), finite),
        message or f"{label(field)} must be greater than zero.",
    )


def non_negative(field: str, *, finite=False, rule=None, message=None) -> models.CheckConstraint:
    """>= 0 (``finite=True`` for numeric and float columns: not NaN nor Infinity either)."""
    return check(
        rule or f"{field}_non_negative",
        _sign(field, models.Q(**{f"{field}__gte": 0}), finite),
        message or f"{label(field)} cannot be negative.",
    )


def at_least(field: str, low, *, finite=False, rule=None, message=None) -> models.CheckConstraint:
    """>= low (``version >= 1``; ``finite=True`` for numeric and float columns)."""
    return check(
        rule or f"{field}_min",
        _sign(field, models.Q(**{f"{field}__gte": low}), finite),
        message or f"{label(field)} must be at least {low}.",
    )


def finite(field: str, *, rule=None, message=None) -> models.CheckConstraint:
    """A numeric or float column with no sign or range rule holds an ordinary number:
    not NaN, ``Infinity`` or ``-Infinity``."""
    return check(
        rule or f"{field}_finite",
        not_special(field, NAN, INFINITY, MINUS_INFINITY),
        message or f"{label(field)} must be a finite number.",
    )


# --- JSON -------------------------------------------------------------------------------


def jsonb_typeof(expression) -> models.Func:
    """PostgreSQL ``jsonb_typeof()`` of a field name or expression (a plain ``Func``, so
    migrations never import this module)."""
    if isinstance(expression, str):
        expression = models.F(expression)
    return models.Func(expression, function="jsonb_typeof", output_field=models.CharField())


def is_json_object(field: str) -> Exact:
    """The lookup ``jsonb_typeof(field) = 'object'``."""
    return Exact(jsonb_typeof(field), models.Value("object"))


def json_object(field: str, *, nullable=False, rule=None, message=None):
    """The JSON value is an object (``{}``), not an array, string, number or ``null``."""
    condition = is_json_object(field)
    if nullable:
        condition = models.Q(**{f"{field}__isnull": True}) | models.Q(condition)
    return check(
        rule or f"{field}_object", condition, message or f"{label(field)} must be a JSON object."
    )


# --- arrays ----------------------------------------------------------------------------


def array_no_nulls(field: str, *, rule=None, message=None) -> models.CheckConstraint:
    """No element of the array is NULL: ``array_position(field, NULL) IS NULL``."""
    position = models.Func(
        models.F(field),
        models.Value(None),
        function="array_position",
        output_field=models.IntegerField(),
    )
    return check(
        rule or f"{field}_no_nulls",
        IsNull(position, True),
        message or f"{label(field)} cannot contain empty (NULL) items.",
    )


# --- rules between columns -------------------------------------------------------------


def implies(rule: str, when: models.Q, then: models.Q, message: str) -> models.CheckConstraint:
    """``when`` implies ``then`` (a rule between columns of one row): ``NOT when OR then``."""
    return check(rule, ~when | then, message)


# --- triggers ---------------------------------------------------------------------------


def raise_check_violation_sql(constraint: str, message_sql: str) -> str:
    """PL/pgSQL that fails like a CHECK: SQLSTATE 23514 (Django ``IntegrityError``), with
    the constraint name set, so callers and tests match it like any named constraint."""
    return (
        "RAISE EXCEPTION USING ERRCODE = 'check_violation', "
        f"CONSTRAINT = '{constraint}', MESSAGE = {message_sql};"
    )
