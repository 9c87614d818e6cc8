"""Write paths that touch several rows: keyword-only, atomic, row-locked where money moves.

Holdings change only here: ``record_trade`` (and ``settle_transaction`` for a pending
order another service recorded) update the holding under ``SELECT … FOR UPDATE`` in the
same database transaction as the Transaction row, so concurrent trades on one holding
serialise and a sell can never take it below zero (the CHECK would refuse it anyway).
"""

from __future__ import annotations

import decimal
from decimal import Decimal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models, transaction
from django.db.models.functions import Now
from django.utils import timezone

from core.errors import ConflictError, DomainValidationError, NotFoundError
from portfolio.choices import (
    OPEN_APPLICATION_STATUSES,
    BasketStatus,
    LoanApplicationStatus,
    NotificationType,
    PortfolioStatus,
    QuestStatus,
    TransactionSource,
    TransactionStatus,
    TransactionType,
)
from portfolio.models import (
    Basket,
    BasketAsset,
    Loan,
    LoanApplication,
    Notification,
    Portfolio,
    PortfolioHolding,
    Transaction,
    TransactionFee,
    UserLevel,
    UserQuest,
)
from portfolio.models.base import MONEY_MAX

QUANTUM = Decimal("0.00000001")
XP_PER_LEVEL = 1000
# Enough digits for quantity × price of two 18-digit numbers before rounding to 8 places.
_WIDE = decimal.Context(prec=60, rounding=decimal.ROUND_HALF_EVEN)


def _money(value: Decimal, field: str) -> Decimal:
    value = _WIDE.quantize(Decimal(value), QUANTUM)
    if value <= 0:
        raise DomainValidationError(f"{field} must be greater than zero.", field=field)
    if value > MONEY_MAX:
        raise DomainValidationError(f"{field} cannot exceed {MONEY_MAX}.", field=field)
    return value


# --- trading ----------------------------------------------------------------
@transaction.atomic
def record_trade(
    *,
    user,
    portfolio: Portfolio | int,
    transaction_type: str,
    quantity: Decimal,
    price: Decimal,
    asset_symbol: str = "",
    basket: Basket | None = None,
    currency: str = "USD",
    source: str = TransactionSource.MANUAL,
    settle: bool = True,
    chain: str | None = None,
    tx_hash: str | None = None,
    fees: list[dict] | tuple = (),
) -> Transaction:
    """Record a buy or sell on one of ``user``'s portfolios and, if ``settle``, apply it.

    ``amount`` is ``quantity × price`` rounded to 8 places. Raises NotFoundError for a
    portfolio that is not the user's, DomainValidationError for a bad order or an oversell.
    """
    if transaction_type not in (TransactionType.BUY, TransactionType.SELL):
        raise DomainValidationError(
            "Only buy and sell orders are trades.", field="transaction_type"
        )
    portfolio_id = portfolio.pk if isinstance(portfolio, Portfolio) else portfolio
    target = Portfolio.objects.filter(pk=portfolio_id, user=user).first()
    if target is None:
        raise NotFoundError("Portfolio not found.", field="portfolio")
    if target.status != PortfolioStatus.ACTIVE:
        raise DomainValidationError("The portfolio is archived.", field="portfolio")
    if basket is not None:
        if transaction_type == TransactionType.BUY and basket.status != BasketStatus.PUBLISHED:
            raise DomainValidationError("Only published baskets can be bought.", field="basket")
        asset_symbol = basket.symbol
    if not asset_symbol:
        raise DomainValidationError("Choose an asset or a basket.", field="asset_symbol")
    quantity = _money(quantity, "quantity")
    price = _money(price, "price")
    amount = _money(_WIDE.multiply(quantity, price), "amount")
    txn = Transaction.objects.create(
        user=user,
        portfolio=target,
        basket=basket,
        transaction_type=transaction_type,
        source=source,
        asset_symbol=asset_symbol,
        quantity=quantity,
        price=price,
        amount=amount,
        currency=currency,
        chain=chain,
        tx_hash=tx_hash,
    )
    TransactionFee.objects.bulk_create(TransactionFee(transaction=txn, **fee) for fee in fees)
    _audit(txn, None, actor=user, action="CREATED")
    if settle:
        _settle(txn, actor=user)
    return txn


@transaction.atomic
def settle_transaction(*, transaction_id: int, actor=None) -> Transaction:
    """Settle a pending buy/sell recorded earlier (for example by the chain watcher)."""
    txn = Transaction.objects.select_for_update().filter(pk=transaction_id).first()
    if txn is None:
        raise NotFoundError("Transaction not found.")
    if txn.status != TransactionStatus.PENDING:
        raise ConflictError(f"Only a pending transaction can settle (this one is {txn.status}).")
    _settle(txn, actor=actor)
    return txn


@transaction.atomic
def cancel_transaction(*, transaction_id: int, reason: str = "", actor=None) -> Transaction:
    txn = Transaction.objects.select_for_update().filter(pk=transaction_id).first()
    if txn is None:
        raise NotFoundError("Transaction not found.")
    if txn.status != TransactionStatus.PENDING:
        raise ConflictError(
            f"Only a pending transaction can be cancelled (this one is {txn.status})."
        )
    before = _state(txn)
    txn.status = TransactionStatus.CANCELLED
    txn.failure_reason = reason
    txn.save(update_fields=["status", "failure_reason", "updated_at"])
    _audit(txn, before, actor=actor)
    return txn


def _settle(txn: Transaction, *, actor=None) -> None:
    """Apply a trade to its holding under a row lock, then mark it settled (audited)."""
    if txn.transaction_type in (TransactionType.BUY, TransactionType.SELL):
        _apply_to_holding(txn)
    before = _state(txn)
    txn.status = TransactionStatus.SETTLED
    txn.settled_at = timezone.now()
    txn.save(update_fields=["status", "settled_at", "updated_at"])
    _audit(txn, before, actor=actor)


def _apply_to_holding(txn: Transaction) -> PortfolioHolding:
    key = {"portfolio_id": txn.portfolio_id, "asset_symbol": txn.asset_symbol}
    if txn.transaction_type == TransactionType.BUY:
        # INSERT … ON CONFLICT DO NOTHING: two first buys at once both end up locking one row.
        PortfolioHolding.objects.bulk_create(
            [PortfolioHolding(basket_id=txn.basket_id, **key)], ignore_conflicts=True
        )
    holding = PortfolioHolding.objects.select_for_update().filter(**key).first()
    quantity = txn.quantity
    if txn.transaction_type == TransactionType.SELL:
        if holding is None or holding.quantity < quantity:
            held = holding.quantity if holding else Decimal(0)
            raise DomainValidationError(
                f"Cannot sell {quantity} {txn.asset_symbol}: the portfolio holds {held}.",
                field="quantity",
                code="insufficient_holding",
            )
        holding.quantity = holding.quantity - quantity
    else:
        new_quantity = _WIDE.add(holding.quantity, quantity)
        if new_quantity > MONEY_MAX:
            raise DomainValidationError(
                "The holding would exceed the largest quantity.", field="quantity"
            )
        cost = _WIDE.add(
            _WIDE.multiply(holding.quantity, holding.average_cost),
            _WIDE.multiply(quantity, txn.price),
        )
        holding.average_cost = _WIDE.quantize(_WIDE.divide(cost, new_quantity), QUANTUM)
        holding.quantity = new_quantity
    holding.last_transaction_at = timezone.now()
    holding.save(update_fields=["quantity", "average_cost", "last_transaction_at", "updated_at"])
    return holding


# --- baskets ----------------------------------------------------------------
def allocation_total(assets) -> Decimal:
    return sum((Decimal(a["allocation_percent"]) for a in assets), start=Decimal(0))


def check_allocation(assets, *, status: str) -> None:
    """The validation twin of the deferred trigger ``portfolio_basket_allocation_sum``."""
    if status == BasketStatus.PUBLISHED and allocation_total(assets) != 100:
        raise DomainValidationError(
            f"A published basket's allocations must add up to 100 % "
            f"(they add up to {allocation_total(assets)} %).",
            field="assets",
        )


def publication_date(*, status: str, published_at):
    """A basket's ``published_at`` for ``status``: stamped the first time it is published,
    kept afterwards. The one home of that rule: ``basket_save``, the API serializer and the
    admin form all ask here (the CHECK ``portfolio_basket_published_has_date`` holds it)."""
    if status == BasketStatus.PUBLISHED and published_at is None:
        return timezone.now()
    return published_at


@transaction.atomic
def basket_save(*, basket: Basket, assets: list[dict] | None = None) -> Basket:
    """Save a basket and (if given) replace its assets; the allocation rule holds at commit."""
    basket.published_at = publication_date(status=basket.status, published_at=basket.published_at)
    if assets is None:
        current = list(BasketAsset.objects.filter(basket=basket).values("allocation_percent"))
        check_allocation(current if basket.pk else [], status=basket.status)
    else:
        check_allocation(assets, status=basket.status)
    basket.save()
    if assets is not None:
        BasketAsset.objects.filter(basket=basket).delete()
        BasketAsset.objects.bulk_create(BasketAsset(basket=basket, **a) for a in assets)
    return basket


@transaction.atomic
def basket_publish(*, basket: Basket) -> Basket:
    basket = Basket.objects.select_for_update().get(pk=basket.pk)
    basket.status = BasketStatus.PUBLISHED
    return basket_save(basket=basket)


# --- gamification -------------------------------------------------------------
@transaction.atomic
def quest_claim(*, user, user_quest_id: int) -> UserQuest:
    """Claim a completed quest's reward: the quest becomes claimed and the XP is added."""
    uq = (
        UserQuest.objects.select_for_update()
        .select_related("quest")
        .filter(pk=user_quest_id, user=user)
        .first()
    )
    if uq is None:
        raise NotFoundError("Quest progress not found.")
    if uq.status != QuestStatus.COMPLETED:
        raise ConflictError(f"Only a completed quest can be claimed (this one is {uq.status}).")
    uq.status = QuestStatus.CLAIMED
    uq.claimed_at = timezone.now()
    uq.save(update_fields=["status", "claimed_at", "updated_at"])
    add_experience(user=user, points=uq.quest.xp_reward)
    return uq


@transaction.atomic
def add_experience(*, user, points: int) -> UserLevel:
    UserLevel.objects.bulk_create([UserLevel(user=user)], ignore_conflicts=True)
    level = UserLevel.objects.select_for_update().get(user=user)
    level.experience_points += points
    level.level = 1 + level.experience_points // XP_PER_LEVEL
    level.save(update_fields=["experience_points", "level", "updated_at"])
    return level


# --- audit ------------------------------------------------------------------
STATE_FIELDS = {
    "transaction": ("status", "settled_at", "failure_reason"),
    "loanapplication": ("status", "reviewed_by", "decision_note", "offered_interest_rate_percent"),
    "loan": ("status", "principal", "outstanding_balance"),
}


def _audit(obj, before: dict | None, *, actor=None, action="UPDATED", **extra) -> None:
    """The AuditLog row of a state change (engagement.AuditLog), in this transaction."""
    from engagement.services import record_change, snapshot

    fields = STATE_FIELDS[obj._meta.model_name]
    record_change(
        entity=obj,
        action=action,
        actor=actor,
        before=before or {},
        after=snapshot(obj, fields),
        **extra,
    )


def _state(obj) -> dict:
    from engagement.services import snapshot

    return snapshot(obj, STATE_FIELDS[obj._meta.model_name])


# --- loans ------------------------------------------------------------------
def _locked_application(application_id: int, **scope) -> LoanApplication:
    app = LoanApplication.objects.select_for_update().filter(pk=application_id, **scope).first()
    if app is None:
        raise NotFoundError("Loan application not found.")
    return app


@transaction.atomic
def loan_application_submit(*, user, application_id: int) -> LoanApplication:
    app = _locked_application(application_id, user=user)
    if app.status != LoanApplicationStatus.DRAFT:
        raise ConflictError("Only a draft application can be submitted.")
    before = _state(app)
    app.status = LoanApplicationStatus.SUBMITTED
    app.submitted_at = timezone.now()
    app.save(update_fields=["status", "submitted_at", "updated_at"])
    _audit(app, before, actor=user)
    return app


@transaction.atomic
def loan_application_withdraw(*, user, application_id: int) -> LoanApplication:
    app = _locked_application(application_id, user=user)
    if app.status not in (LoanApplicationStatus.DRAFT, *OPEN_APPLICATION_STATUSES):
        raise ConflictError("A decided application cannot be withdrawn.")
    before = _state(app)
    app.status = LoanApplicationStatus.WITHDRAWN
    app.submitted_at = app.submitted_at or timezone.now()
    app.save(update_fields=["status", "submitted_at", "updated_at"])
    _audit(app, before, actor=user)
    return app


@transaction.atomic
def loan_application_approve(
    *, application_id: int, reviewer, interest_rate_percent: Decimal, note: str = ""
) -> Loan:
    """Approve an open application and open its loan (pending disbursement)."""
    app = _locked_application(application_id)
    if app.status not in OPEN_APPLICATION_STATUSES:
        raise ConflictError(
            f"Only a submitted application can be approved (this one is {app.status})."
        )
    before = _state(app)
    app.status = LoanApplicationStatus.APPROVED
    app.reviewed_by = reviewer
    app.reviewed_at = timezone.now()
    app.decision_note = note
    app.offered_interest_rate_percent = interest_rate_percent
    app.save()
    loan = Loan.objects.create(
        application=app,
        user_id=app.user_id,
        portfolio_id=app.portfolio_id,
        principal=app.requested_amount,
        currency=app.currency,
        interest_rate_percent=interest_rate_percent,
        term_months=app.term_months,
        outstanding_balance=app.requested_amount,
    )
    _audit(app, before, actor=reviewer, action="APPROVED")
    _audit(loan, None, actor=reviewer, action="CREATED")
    notify(
        user_id=app.user_id,
        notification_type=NotificationType.LOAN,
        title="Your loan application was approved",
        data={"loan_application": app.pk, "loan": loan.pk},
    )
    return loan


@transaction.atomic
def loan_application_reject(*, application_id: int, reviewer, note: str = "") -> LoanApplication:
    app = _locked_application(application_id)
    if app.status not in OPEN_APPLICATION_STATUSES:
        raise ConflictError(
            f"Only a submitted application can be rejected (this one is {app.status})."
        )
    before = _state(app)
    app.status = LoanApplicationStatus.REJECTED
    app.reviewed_by = reviewer
    app.reviewed_at = timezone.now()
    app.decision_note = note
    app.save(update_fields=["status", "reviewed_by", "reviewed_at", "decision_note", "updated_at"])
    _audit(app, before, actor=reviewer, action="REJECTED")
    notify(
        user_id=app.user_id,
        notification_type=NotificationType.LOAN,
        title="Your loan application was declined",
        data={"loan_application": app.pk},
    )
    return app


CORRECTABLE_APPLICATION_FIELDS = (
    "requested_amount",
    "currency",
    "term_months",
    "offered_interest_rate_percent",
    "annual_income",
    "collateral_value",
)


@transaction.atomic
def loan_application_correct(*, application_id: int, user, reason: str, **changes):
    """The one way to change a decided application's amounts: audited (CORRECTED, with the
    reason, before and after) in the same transaction, which PostgreSQL's finality
    trigger requires. The loan is not changed here: a loan's terms are its own record."""
    from engagement.services import correction, snapshot

    unknown = set(changes) - set(CORRECTABLE_APPLICATION_FIELDS)
    if unknown:
        raise DomainValidationError(f"Not correctable: {', '.join(sorted(unknown))}.")
    app = _locked_application(application_id)
    before = snapshot(app, changes)
    for name, value in changes.items():
        setattr(app, name, value)
    try:
        app.full_clean()
    except DjangoValidationError as exc:
        raise DomainValidationError("; ".join(exc.messages))
    correction(entity=app, actor=user, reason=reason, before=before, after=snapshot(app, changes))
    app.save(update_fields=[*changes, "updated_at"])
    return app


# --- notifications ------------------------------------------------------------
def notify(
    *, user_id, notification_type: str, title: str, body: str = "", data=None
) -> Notification:
    return Notification.objects.create(
        user_id=user_id,
        notification_type=notification_type,
        title=title,
        body=body,
        data=data or {},
    )


def notifications_mark_read(*, user, ids=None) -> int:
    """Mark the user's unread notifications (all, or those in ``ids``) read; return the count."""
    qs = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        qs = qs.filter(pk__in=ids)
    return qs.update(read_at=Now(), updated_at=Now())


# --- deletes ----------------------------------------------------------------
def restricting_relations(model) -> list:
    """Reverse relations whose foreign key refuses the delete (PROTECT, or NO ACTION)."""
    return [
        rel
        for rel in model._meta.related_objects
        if rel.on_delete in (models.PROTECT, models.DO_NOTHING) and rel.related_model is not model
    ]


def blocking_references(obj) -> list[str]:
    """Labels of the related rows that keep ``obj`` from being deleted (empty: deletable).

    A DO_NOTHING foreign key is checked by PostgreSQL only at COMMIT (Django makes
    foreign keys deferrable), so callers ask first and answer with a clear error.
    """
    blocking = []
    for rel in restricting_relations(type(obj)):
        if rel.related_model._default_manager.filter(**{rel.field.name: obj.pk}).exists():
            blocking.append(str(rel.related_model._meta.verbose_name_plural))
    return blocking


def delete_unless_referenced(obj) -> None:
    blocking = blocking_references(obj)
    if blocking:
        raise ConflictError(
            f"{obj} cannot be deleted: it is referenced by {', '.join(blocking)}.", code="in_use"
        )
    obj.delete()
