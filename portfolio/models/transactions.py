"""Transactions (seed 004 group 3): Transaction, TransactionFee.

Financial records: nothing cascades into them. A transaction keeps a PROTECT foreign key
to its user (so a user with transactions cannot be deleted, by Django or by raw SQL) and
a restricting one to its portfolio; once settled it can be neither changed nor deleted.
"""

import pgtrigger
from django.conf import settings
from django.db import models
from django.db.models.functions import Lower

from core.db.constraints import (
    check,
    implies,
    matches,
    non_negative,
    percentage,
    positive,
    raise_check_violation_sql,
    valid_choice,
)
from core.db.indexes import trigram
from core.models import TimeStampedModel, choice_field
from core.presentation import money as money_text
from portfolio.choices import (
    TRADE_TYPES,
    Chain,
    FeeType,
    TransactionSource,
    TransactionStatus,
    TransactionType,
)
from portfolio.models.base import (
    ASSET_SYMBOL_REGEX,
    CURRENCY_REGEX,
    TX_HASH_REGEX,
    currency,
    money,
    percent,
    portfolio_owner_trigger,
)

SETTLED_IMMUTABLE = "portfolio_transaction_settled_immutable"


def settled_immutable_trigger(name, operation, condition):
    return pgtrigger.Trigger(
        name=name,
        when=pgtrigger.Before,
        operation=operation,
        condition=pgtrigger.Condition(condition),
        func=raise_check_violation_sql(
            SETTLED_IMMUTABLE,
            f"format('{SETTLED_IMMUTABLE}: settled transaction %s cannot be changed or deleted', "
            "OLD.id)",
        )
        + " RETURN NULL;",
    )


class Transaction(TimeStampedModel):
    """A buy, sell, deposit, withdrawal or reward on a portfolio, optionally on-chain."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="portfolio_transactions"
    )
    portfolio = models.ForeignKey(
        "portfolio.Portfolio",
        # Restrict (NO ACTION in PostgreSQL): a portfolio with transactions cannot be deleted.
        on_delete=models.DO_NOTHING,
        related_name="transactions",
    )
    basket = models.ForeignKey(
        "portfolio.Basket",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="transactions",
    )
    transaction_type = choice_field(TransactionType, max_length=16)
    status = choice_field(TransactionStatus, default=TransactionStatus.PENDING, max_length=16)
    source = choice_field(TransactionSource, default=TransactionSource.MANUAL, max_length=16)
    asset_symbol = models.CharField(max_length=20)
    quantity = money(null=True, blank=True, help_text="Units bought or sold (trades only).")
    price = money(null=True, blank=True, help_text="Price per unit in `currency` (trades only).")
    amount = money(help_text="Gross value in `currency`.")
    currency = currency()
    chain = choice_field(Chain, max_length=16, null=True, blank=True)
    tx_hash = models.CharField(max_length=66, null=True, blank=True)
    block_number = models.BigIntegerField(null=True, blank=True)
    settled_at = models.DateTimeField(null=True, blank=True)
    failure_reason = models.TextField(blank=True, default="", db_default="")

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            valid_choice("transaction_type", TransactionType),
            valid_choice("status", TransactionStatus),
            valid_choice("source", TransactionSource),
            valid_choice("chain", Chain, nullable=True),
            matches("asset_symbol", ASSET_SYMBOL_REGEX, nullable=True),
            matches("currency", CURRENCY_REGEX, nullable=True),
            matches("tx_hash", TX_HASH_REGEX, nullable=True),
            positive("quantity", finite=True),
            positive("price", finite=True),
            positive("amount", finite=True),
            non_negative("block_number"),
            implies(
                "trade_has_quantity_price",
                models.Q(transaction_type__in=TRADE_TYPES),
                models.Q(quantity__isnull=False, price__isnull=False),
                "A buy or sell needs a quantity and a price.",
            ),
            implies(
                "tx_hash_needs_chain",
                models.Q(tx_hash__isnull=False),
                models.Q(chain__isnull=False),
                "An on-chain transaction hash needs its chain.",
            ),
            check(
                "settled_at_matches_status",
                models.Q(status=TransactionStatus.SETTLED, settled_at__isnull=False)
                | (~models.Q(status=TransactionStatus.SETTLED) & models.Q(settled_at__isnull=True)),
                "settled_at is set exactly when the status is settled.",
            ),
            models.UniqueConstraint(
                "chain",
                Lower("tx_hash"),
                name="portfolio_transaction_chain_tx_hash_unique",
                violation_error_message="This transaction hash is already recorded on this chain.",
            ),
        ]
        indexes = [
            trigram("portfolio", "txn", "asset_symbol"),
            trigram("portfolio", "txn", "tx_hash"),
            models.Index(fields=["portfolio", "-created_at"], name="txn_portfolio_created_idx"),
            models.Index(fields=["user", "-created_at"], name="txn_user_created_idx"),
            models.Index(fields=["status", "-created_at"], name="txn_status_created_idx"),
            models.Index(fields=["transaction_type"], name="txn_type_idx"),
            # the admin's changelist order (-created_at, -id), every page (issue 14)
            models.Index(fields=["-created_at", "-id"], name="pf_txn_created_at_id_idx"),
            models.Index(fields=["asset_symbol"], name="txn_asset_idx"),
            models.Index(fields=["source"], name="txn_source_idx"),
        ]
        triggers = [
            portfolio_owner_trigger("transaction"),
            # A settled row is final: no change (a no-op rewrite, as loaddata does, passes)
            # and no delete.
            settled_immutable_trigger(
                "transaction_settled_unchanged",
                pgtrigger.Update,
                "OLD.status = 'settled' AND OLD.* IS DISTINCT FROM NEW.*",
            ),
            settled_immutable_trigger(
                "transaction_settled_undeletable", pgtrigger.Delete, "OLD.status = 'settled'"
            ),
        ]

    def __str__(self):
        return (
            f"{self.get_transaction_type_display()} {self.asset_symbol} "
            f"{money_text(self.amount, self.currency)}"
        )

    @property
    def is_settled(self) -> bool:
        return self.status == TransactionStatus.SETTLED


class TransactionFee(TimeStampedModel):
    """One fee charged on a transaction (platform, gas, spread, management)."""

    transaction = models.ForeignKey(Transaction, on_delete=models.PROTECT, related_name="fees")
    fee_type = choice_field(FeeType, max_length=16)
    amount = money(help_text="Zero is meaningful: a waived fee.")
    currency = currency()
    rate_percent = percent(null=True, blank=True)

    class Meta:
        ordering = ["transaction", "fee_type"]
        constraints = [
            valid_choice("fee_type", FeeType),
            non_negative("amount", finite=True),
            matches("currency", CURRENCY_REGEX, nullable=True),
            percentage("rate_percent"),
            models.UniqueConstraint(
                fields=["transaction", "fee_type"],
                name="portfolio_transactionfee_transaction_type_unique",
                violation_error_message="This fee is already recorded on the transaction.",
            ),
        ]
        indexes = [models.Index(fields=["fee_type"], name="txnfee_type_idx")]

    def __str__(self):
        return f"{self.get_fee_type_display()} fee {money_text(self.amount, self.currency)}"
