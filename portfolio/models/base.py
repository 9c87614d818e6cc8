"""Small helpers shared by every portfolio model: money fields and named CHECK constraints.

Constraint names follow ``<app>_<model>_<field>_<rule>``; the API reports a violated
rule on the field it references (``core.api.serializers.ConstraintValidationMixin``).
"""

from decimal import Decimal

from django.conf import settings
from django.db import models

MONEY_DIGITS = 18
MONEY_PLACES = 8
MONEY_MAX = Decimal("9999999999.99999999")
PERCENT_DIGITS = 7
PERCENT_PLACES = 4

ASSET_SYMBOL_REGEX = r"^[A-Z0-9][A-Z0-9.]{0,19}$"
CURRENCY_REGEX = r"^[A-Z0-9]{2,10}$"
EVM_ADDRESS_REGEX = r"^0x[0-9a-fA-F]{40}$"
TX_HASH_REGEX = r"^0x[0-9a-fA-F]{64}$"
SLUG_REGEX = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def money(**kwargs) -> models.DecimalField:
    """Money or a quantity: Decimal(18, 8), never float (seed 004 Dev Notes)."""
    return models.DecimalField(max_digits=MONEY_DIGITS, decimal_places=MONEY_PLACES, **kwargs)


def percent(**kwargs) -> models.DecimalField:
    """A percentage 0..100 with four decimals (33.3334 %)."""
    return models.DecimalField(max_digits=PERCENT_DIGITS, decimal_places=PERCENT_PLACES, **kwargs)


def currency(**kwargs) -> models.CharField:
    kwargs.setdefault("default", "USD")
    kwargs.setdefault("db_default", "USD")
    return models.CharField(
        max_length=10, help_text="ISO 4217 code or token symbol, in capitals.", **kwargs
    )


def choice(choices, *, default=None, max_length=24, **kwargs) -> models.CharField:
    if default is not None:
        kwargs.update(default=default, db_default=default)
    return models.CharField(max_length=max_length, choices=choices, **kwargs)


def user_fk(related_name: str, **kwargs) -> models.ForeignKey:
    """A personal record: deleted with its user, by PostgreSQL itself (ON DELETE CASCADE)."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.DB_CASCADE, related_name=related_name, **kwargs
    )


def _name(field: str, rule: str) -> str:
    return f"%(app_label)s_%(class)s_{field}_{rule}"


def valid_choice(field: str, choices, *, nullable=False) -> models.CheckConstraint:
    condition = models.Q(**{f"{field}__in": choices.values})
    if nullable:
        condition |= models.Q(**{f"{field}__isnull": True})
    return models.CheckConstraint(condition=condition, name=_name(field, "valid"))


def positive(field: str) -> models.CheckConstraint:
    """> 0 (NULL passes: pair with null=False where the value is required)."""
    return models.CheckConstraint(
        condition=models.Q(**{f"{field}__gt": 0}),
        name=_name(field, "positive"),
        violation_error_message=f"{field.replace('_', ' ').capitalize()} must be greater than zero.",
    )


def non_negative(field: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=models.Q(**{f"{field}__gte": 0}),
        name=_name(field, "non_negative"),
        violation_error_message=f"{field.replace('_', ' ').capitalize()} cannot be negative.",
    )


def in_range(field: str, low, high, *, low_inclusive=True) -> models.CheckConstraint:
    lower = f"{field}__gte" if low_inclusive else f"{field}__gt"
    return models.CheckConstraint(
        condition=models.Q(**{lower: low, f"{field}__lte": high}),
        name=_name(field, "range"),
        violation_error_message=(
            f"{field.replace('_', ' ').capitalize()} must be between {low} and {high}."
        ),
    )


def percentage(field: str, *, allow_zero=True) -> models.CheckConstraint:
    return in_range(field, 0, 100, low_inclusive=allow_zero)


def not_blank(field: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=~models.Q(**{field: ""}),
        name=_name(field, "not_blank"),
        violation_error_message=f"{field.replace('_', ' ').capitalize()} cannot be blank.",
    )


def matches(field: str, regex: str, *, blank_ok=False, message="") -> models.CheckConstraint:
    condition = models.Q(**{f"{field}__regex": regex}) | models.Q(**{f"{field}__isnull": True})
    if blank_ok:
        condition |= models.Q(**{field: ""})
    return models.CheckConstraint(
        condition=condition,
        name=_name(field, "format"),
        violation_error_message=message or f"{field.replace('_', ' ').capitalize()} is not valid.",
    )


def requires(name: str, when: models.Q, then: models.Q, message: str) -> models.CheckConstraint:
    """``when`` implies ``then`` (a rule between columns of one row)."""
    return models.CheckConstraint(
        condition=~when | then,
        name=f"%(app_label)s_%(class)s_{name}",
        violation_error_message=message,
    )


def raise_check_violation_sql(constraint: str, message_sql: str) -> str:
    """PL/pgSQL that fails like a CHECK: SQLSTATE 23514 (Django IntegrityError), named."""
    return (
        "RAISE EXCEPTION USING ERRCODE = 'check_violation', "
        f"CONSTRAINT = '{constraint}', MESSAGE = {message_sql};"
    )


def portfolio_owner_trigger(model_name: str):
    """A row's ``user_id`` must own its ``portfolio_id`` (the two FKs may not disagree).

    Rows keep a direct ``user`` FK (PROTECT) so a user with financial records cannot be
    deleted; this trigger keeps that copy honest for every writer, not only Django.
    """
    import pgtrigger

    constraint = f"portfolio_{model_name}_portfolio_owner"
    return pgtrigger.Trigger(
        name="portfolio_owner",
        when=pgtrigger.Before,
        operation=pgtrigger.Insert | pgtrigger.Update,
        func=(
            "IF NEW.portfolio_id IS NOT NULL AND NOT EXISTS ("
            " SELECT 1 FROM portfolio_portfolio p"
            " WHERE p.id = NEW.portfolio_id AND p.user_id = NEW.user_id) THEN "
            + raise_check_violation_sql(
                constraint,
                f"format('{constraint}: portfolio %s does not belong to user %s', "
                "NEW.portfolio_id, NEW.user_id)",
            )
            + " END IF; RETURN NEW;"
        ),
    )
