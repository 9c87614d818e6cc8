"""Portfolio & Investments (seed 004 group 2): Portfolio, PortfolioHolding, Basket, BasketAsset."""

import pgtrigger
from django.conf import settings
from django.db import models
from django.db.models.functions import Lower

from core.db.constraints import (
    implies,
    matches,
    non_negative,
    not_blank,
    percentage,
    positive,
    raise_check_violation_sql,
    valid_choice,
)
from core.db.indexes import trigram
from core.models import TimeStampedModel, choice_field
from core.presentation import percent as percent_text
from core.presentation import quantity as quantity_text
from portfolio.choices import BasketCategory, BasketStatus, Chain, PortfolioStatus, RiskLevel
from portfolio.models.base import (
    ASSET_SYMBOL_REGEX,
    CURRENCY_REGEX,
    EVM_ADDRESS_REGEX,
    SLUG_REGEX,
    currency,
    money,
    percent,
)

ALLOCATION_CONSTRAINT = "portfolio_basket_allocation_sum"


def allocation_check_sql(basket_id: str) -> str:
    """PL/pgSQL: fail if basket ``basket_id`` is published and its weights do not sum to 100."""
    return (
        "SELECT b.status, COALESCE(SUM(a.allocation_percent), 0) INTO _status, _total "
        "FROM portfolio_basket b LEFT JOIN portfolio_basketasset a ON a.basket_id = b.id "
        f"WHERE b.id = {basket_id} GROUP BY b.status; "
        f"IF _status = '{BasketStatus.PUBLISHED}' AND _total <> 100 THEN "
        + raise_check_violation_sql(
            ALLOCATION_CONSTRAINT,
            f"format('{ALLOCATION_CONSTRAINT}: published basket %s allocations add up to %s, "
            f"not 100', {basket_id}, _total)",
        )
        + " END IF; "
    )


class Portfolio(TimeStampedModel):
    """A user's account of holdings, optionally custodied at an on-chain wallet."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.DB_CASCADE, related_name="portfolios"
    )
    name = models.CharField(max_length=100)
    description = models.TextField(blank=True, default="", db_default="")
    base_currency = currency()
    status = choice_field(PortfolioStatus, default=PortfolioStatus.ACTIVE, max_length=16)
    is_default = models.BooleanField(default=False, db_default=False)
    chain = choice_field(Chain, max_length=16, null=True, blank=True)
    wallet_address = models.CharField(
        max_length=42, null=True, blank=True, help_text="Custody wallet: 0x + 40 hex digits."
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            not_blank("name"),
            matches("base_currency", CURRENCY_REGEX, nullable=True),
            valid_choice("status", PortfolioStatus),
            valid_choice("chain", Chain, nullable=True),
            matches("wallet_address", EVM_ADDRESS_REGEX, nullable=True),
            implies(
                "wallet_needs_chain",
                models.Q(wallet_address__isnull=False),
                models.Q(chain__isnull=False),
                "A wallet address needs its chain.",
            ),
            models.UniqueConstraint(
                Lower("wallet_address"),
                name="portfolio_portfolio_wallet_ci_unique",
                violation_error_message="Another portfolio uses this wallet address.",
            ),
            models.UniqueConstraint(
                "user",
                Lower("name"),
                name="portfolio_portfolio_user_name_unique",
                violation_error_message="You already have a portfolio with this name.",
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(is_default=True),
                name="portfolio_portfolio_one_default",
                violation_error_message="Only one portfolio can be the default.",
            ),
        ]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="pf_user_created_idx"),
            trigram("portfolio", "pf", "name"),
            models.Index(fields=["status"], name="pf_status_idx"),
        ]

    def __str__(self):
        return self.name


class Basket(TimeStampedModel):
    """A curated, on-chain basket of assets (an index token) users can invest in."""

    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    symbol = models.CharField(max_length=20, help_text="Token symbol, e.g. DEFI10.")
    description = models.TextField(blank=True, default="", db_default="")
    category = choice_field(BasketCategory, max_length=16)
    risk_level = choice_field(RiskLevel, default=RiskLevel.MEDIUM, max_length=16)
    status = choice_field(BasketStatus, default=BasketStatus.DRAFT, max_length=16)
    chain = choice_field(Chain, default=Chain.ETHEREUM, max_length=16)
    contract_address = models.CharField(
        max_length=42, null=True, blank=True, help_text="Basket token contract, 0x + 40 hex."
    )
    min_investment = money(default=1, db_default=1)
    management_fee_percent = percent(default=0, db_default=0)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            not_blank("name"),
            matches("slug", SLUG_REGEX, nullable=True),
            matches("symbol", ASSET_SYMBOL_REGEX, nullable=True),
            valid_choice("category", BasketCategory),
            valid_choice("risk_level", RiskLevel),
            valid_choice("status", BasketStatus),
            valid_choice("chain", Chain),
            matches("contract_address", EVM_ADDRESS_REGEX, nullable=True),
            positive("min_investment", finite=True),
            percentage("management_fee_percent"),
            implies(
                "published_has_date",
                models.Q(status=BasketStatus.PUBLISHED),
                models.Q(published_at__isnull=False),
                "A published basket needs its publication date.",
            ),
            models.UniqueConstraint(fields=["slug"], name="portfolio_basket_slug_unique"),
            models.UniqueConstraint(fields=["symbol"], name="portfolio_basket_symbol_unique"),
            models.UniqueConstraint(
                "chain",
                Lower("contract_address"),
                name="portfolio_basket_contract_unique",
                violation_error_message="Another basket uses this contract on this chain.",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "category"], name="basket_status_category_idx"),
            models.Index(fields=["category"], name="basket_category_idx"),
            models.Index(fields=["risk_level"], name="basket_risk_idx"),
            models.Index(fields=["chain"], name="basket_chain_idx"),
        ]
        triggers = [
            pgtrigger.Trigger(
                name="basket_allocation_sum",
                when=pgtrigger.After,
                operation=pgtrigger.Insert | pgtrigger.Update,
                timing=pgtrigger.Deferred,
                declare=[("_status", "varchar"), ("_total", "numeric")],
                func=allocation_check_sql("NEW.id") + "RETURN NULL;",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.symbol})"

    @property
    def allocation_total(self):
        return sum((a.allocation_percent for a in self.assets.all()), start=0)


class BasketAsset(TimeStampedModel):
    """One asset of a basket and its target weight; a published basket's weights sum to 100."""

    basket = models.ForeignKey(Basket, on_delete=models.DB_CASCADE, related_name="assets")
    asset_symbol = models.CharField(max_length=20)
    asset_name = models.CharField(max_length=100)
    token_address = models.CharField(max_length=42, null=True, blank=True)
    allocation_percent = percent()

    class Meta:
        ordering = ["basket", "-allocation_percent", "asset_symbol"]
        constraints = [
            matches("asset_symbol", ASSET_SYMBOL_REGEX, nullable=True),
            not_blank("asset_name"),
            matches("token_address", EVM_ADDRESS_REGEX, nullable=True),
            percentage("allocation_percent", allow_zero=False),
            models.UniqueConstraint(
                fields=["basket", "asset_symbol"],
                name="portfolio_basketasset_basket_asset_unique",
                violation_error_message="This asset is already in the basket.",
            ),
        ]
        triggers = [
            pgtrigger.Trigger(
                name="basketasset_allocation_sum",
                when=pgtrigger.After,
                operation=pgtrigger.Insert | pgtrigger.Update | pgtrigger.Delete,
                timing=pgtrigger.Deferred,
                declare=[("_status", "varchar"), ("_total", "numeric")],
                func=(
                    "IF TG_OP <> 'INSERT' THEN "
                    + allocation_check_sql("OLD.basket_id")
                    + "END IF; IF TG_OP <> 'DELETE' THEN "
                    + allocation_check_sql("NEW.basket_id")
                    + "END IF; RETURN NULL;"
                ),
            ),
        ]

    def __str__(self):
        return f"{self.asset_symbol} {percent_text(self.allocation_percent)}"


class PortfolioHolding(TimeStampedModel):
    """How much of one asset a portfolio holds; changed only by ``services.record_trade``."""

    portfolio = models.ForeignKey(Portfolio, on_delete=models.DB_CASCADE, related_name="holdings")
    asset_symbol = models.CharField(max_length=20)
    basket = models.ForeignKey(
        Basket,
        on_delete=models.DO_NOTHING,  # restrict: NO ACTION foreign key
        null=True,
        blank=True,
        related_name="holdings",
        help_text="Set when the asset is a basket token.",
    )
    quantity = money(default=0, db_default=0)
    average_cost = money(default=0, db_default=0, help_text="Average buy price per unit.")
    last_transaction_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["portfolio", "asset_symbol"]
        constraints = [
            matches("asset_symbol", ASSET_SYMBOL_REGEX, nullable=True),
            non_negative("quantity", finite=True),
            non_negative("average_cost", finite=True),
            models.UniqueConstraint(
                fields=["portfolio", "asset_symbol"],
                name="portfolio_portfolioholding_portfolio_asset_unique",
                violation_error_message="The portfolio already holds this asset.",
            ),
        ]
        indexes = [
            models.Index(fields=["asset_symbol"], name="holding_asset_idx"),
        ]

    def __str__(self):
        return f"{quantity_text(self.quantity)} {self.asset_symbol}"
