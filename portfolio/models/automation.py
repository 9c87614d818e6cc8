"""Automation (seed 004 group 6): AutoInvestRule, RoundUpRule.

Both invest into one target of a portfolio: a basket or a single asset (exactly one).
"""

from django.db import models

from core.db.constraints import (
    check,
    implies,
    in_range,
    matches,
    non_negative,
    positive,
    valid_choice,
)
from core.models import TimeStampedModel, choice_field
from core.presentation import money as money_text
from portfolio.choices import RuleFrequency, RuleStatus
from portfolio.models.base import (
    ASSET_SYMBOL_REGEX,
    CURRENCY_REGEX,
    currency,
    money,
)


class AutomationRule(TimeStampedModel):
    """Shared fields: the portfolio, the target (basket xor asset) and the status."""

    portfolio = models.ForeignKey(
        "portfolio.Portfolio", on_delete=models.DB_CASCADE, related_name="%(class)ss"
    )
    basket = models.ForeignKey(
        "portfolio.Basket",
        on_delete=models.DO_NOTHING,  # restrict: NO ACTION foreign key
        null=True,
        blank=True,
        related_name="%(class)ss",
    )
    asset_symbol = models.CharField(max_length=20, blank=True, default="", db_default="")
    currency = currency()
    status = choice_field(RuleStatus, default=RuleStatus.ACTIVE, max_length=16)

    class Meta:
        abstract = True
        ordering = ["-created_at", "-id"]
        constraints = [
            matches("asset_symbol", ASSET_SYMBOL_REGEX, nullable=True, blank_ok=True),
            matches("currency", CURRENCY_REGEX, nullable=True),
            valid_choice("status", RuleStatus),
            check(
                "one_target",
                models.Q(basket__isnull=False, asset_symbol="")
                | models.Q(basket__isnull=True) & ~models.Q(asset_symbol=""),
                "Choose either a basket or an asset, not both.",
            ),
        ]

    @property
    def target(self) -> str:
        return self.basket.symbol if self.basket_id else self.asset_symbol


class AutoInvestRule(AutomationRule):
    """Invest a fixed amount on a schedule (dollar-cost averaging)."""

    name = models.CharField(max_length=100, blank=True, default="", db_default="")
    amount = money()
    frequency = choice_field(RuleFrequency, default=RuleFrequency.MONTHLY, max_length=16)
    day_of_week = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="0 = Monday … 6 = Sunday (weekly rules)."
    )
    day_of_month = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="1..28 (monthly rules)."
    )
    next_run_at = models.DateTimeField(null=True, blank=True)
    last_run_at = models.DateTimeField(null=True, blank=True)

    class Meta(AutomationRule.Meta):
        constraints = AutomationRule.Meta.constraints + [
            positive("amount", finite=True),
            valid_choice("frequency", RuleFrequency),
            in_range("day_of_week", 0, 6),
            in_range("day_of_month", 1, 28),
            implies(
                "weekly_has_weekday",
                models.Q(frequency__in=[RuleFrequency.WEEKLY, RuleFrequency.BIWEEKLY]),
                models.Q(day_of_week__isnull=False),
                "A weekly rule needs its day of the week.",
            ),
            implies(
                "monthly_has_day",
                models.Q(frequency=RuleFrequency.MONTHLY),
                models.Q(day_of_month__isnull=False),
                "A monthly rule needs its day of the month.",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "next_run_at"], name="autoinvest_due_idx"),
            models.Index(fields=["frequency"], name="autoinvest_frequency_idx"),
        ]

    def __str__(self):
        return f"{money_text(self.amount, self.currency)} {self.get_frequency_display().lower()} → {self.target}"


class RoundUpRule(AutomationRule):
    """Round card purchases up and invest the spare change once it reaches a threshold."""

    round_up_to = money(default=1, db_default=1, help_text="Round each purchase up to this.")
    multiplier = models.PositiveSmallIntegerField(default=1, db_default=1)
    investment_threshold = money(default=5, db_default=5)
    monthly_cap = money(null=True, blank=True)
    pending_amount = money(default=0, db_default=0, help_text="Collected, not yet invested.")

    class Meta(AutomationRule.Meta):
        constraints = AutomationRule.Meta.constraints + [
            positive("round_up_to", finite=True),
            in_range("multiplier", 1, 10),
            positive("investment_threshold", finite=True),
            positive("monthly_cap", finite=True),
            non_negative("pending_amount", finite=True),
            models.UniqueConstraint(
                fields=["portfolio"],
                condition=models.Q(status=RuleStatus.ACTIVE),
                name="portfolio_rounduprule_one_active",
                violation_error_message="The portfolio already has an active round-up rule.",
            ),
        ]
        indexes = [
            models.Index(fields=["status"], name="roundup_status_idx"),
        ]

    def __str__(self):
        return f"Round up to {self.round_up_to} ×{self.multiplier} → {self.target}"
