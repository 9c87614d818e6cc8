"""Field helpers shared by every portfolio model: money, percentages, currencies, the
portfolio-owner trigger. The CHECK constraint builders are ``core.db.constraints``.
"""

from decimal import Decimal

from django.conf import settings
from django.db import models

from core.db.constraints import raise_check_violation_sql

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


def user_fk(related_name: str, **kwargs) -> models.ForeignKey:
    """A personal record: deleted with its user, by PostgreSQL itself (ON DELETE CASCADE)."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.DB_CASCADE, related_name=related_name, **kwargs
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
