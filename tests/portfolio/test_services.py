import threading
from decimal import Decimal
from functools import partial

import pytest
from django.db import IntegrityError, close_old_connections, connection, transaction

from core.errors import ConflictError, DomainValidationError, NotFoundError
from portfolio import services
from portfolio.choices import (
    BasketStatus,
    LoanApplicationStatus,
    LoanStatus,
    QuestStatus,
    TransactionStatus,
)
from portfolio.models import (
    BasketAsset,
    Notification,
    PortfolioHolding,
    Transaction,
    UserLevel,
)
from tests.portfolio import factories as f

pytestmark = pytest.mark.django_db
D = Decimal


def trade(transaction_type, portfolio, qty, price="10", symbol="ETH", **kw):
    return services.record_trade(
        user=portfolio.user,
        portfolio=portfolio,
        transaction_type=transaction_type,
        asset_symbol=symbol,
        quantity=D(qty),
        price=D(price),
        **kw,
    )


buy = partial(trade, "buy")
sell = partial(trade, "sell")


def holding(portfolio, symbol="ETH"):
    return PortfolioHolding.objects.get(portfolio=portfolio, asset_symbol=symbol)


def test_buy_creates_holding_and_settled_transaction():
    p = f.PortfolioFactory()
    txn = buy(p, "2", "1500", fees=[{"fee_type": "platform", "amount": D("1.5")}])
    assert txn.status == TransactionStatus.SETTLED and txn.settled_at is not None
    assert txn.amount == D("3000.00000000")
    assert txn.fees.get().amount == D("1.5")
    h = holding(p)
    assert (h.quantity, h.average_cost) == (D("2"), D("1500"))


def test_buys_average_the_cost_and_sells_keep_it():
    p = f.PortfolioFactory()
    buy(p, "1", "100")
    buy(p, "3", "200")
    assert (holding(p).quantity, holding(p).average_cost) == (D("4"), D("175"))
    sell(p, "1.5", "300")
    assert (holding(p).quantity, holding(p).average_cost) == (D("2.5"), D("175"))


def test_oversell_is_refused_and_nothing_is_written():
    p = f.PortfolioFactory()
    buy(p, "1")
    with pytest.raises(DomainValidationError, match="holds 1"):
        sell(p, "1.00000001")
    assert holding(p).quantity == D("1")
    assert Transaction.objects.filter(portfolio=p).count() == 1


def test_sell_without_holding_is_refused():
    p = f.PortfolioFactory()
    with pytest.raises(DomainValidationError):
        sell(p, "1")
    assert not Transaction.objects.exists()


def test_selling_everything_leaves_zero():
    p = f.PortfolioFactory()
    buy(p, "0.00000001")
    sell(p, "0.00000001")
    assert holding(p).quantity == 0


def test_extreme_decimals_are_exact():
    p = f.PortfolioFactory()
    txn = buy(p, "9999999999.99999999", "1")
    txn.refresh_from_db()
    assert txn.amount == D("9999999999.99999999")
    with pytest.raises(DomainValidationError, match="exceed"):
        buy(p, "0.00000001", "1")
    assert holding(p).quantity == D("9999999999.99999999")


def test_amount_rounding_to_zero_is_refused():
    p = f.PortfolioFactory()
    with pytest.raises(DomainValidationError, match="amount"):
        buy(p, "0.00000001", "0.1")


def test_trade_on_another_users_portfolio_is_not_found(other_user):
    p = f.PortfolioFactory()
    with pytest.raises(NotFoundError):
        services.record_trade(
            user=other_user,
            portfolio=p,
            transaction_type="buy",
            asset_symbol="ETH",
            quantity=D(1),
            price=D(1),
        )


def test_draft_basket_cannot_be_bought():
    p = f.PortfolioFactory()
    with pytest.raises(DomainValidationError, match="published"):
        buy(p, "1", basket=f.BasketFactory())


def test_basket_buy_holds_the_basket_token():
    p = f.PortfolioFactory()
    basket = f.PublishedBasketFactory()
    buy(p, "2", basket=basket, symbol="")
    assert holding(p, basket.symbol).basket == basket


def test_pending_trade_applies_on_settlement_only():
    p = f.PortfolioFactory()
    txn = buy(p, "5", settle=False)
    assert not PortfolioHolding.objects.filter(portfolio=p).exists()
    services.settle_transaction(transaction_id=txn.pk)
    assert holding(p).quantity == 5
    with pytest.raises(ConflictError):
        services.settle_transaction(transaction_id=txn.pk)


def test_cancel_pending_transaction():
    p = f.PortfolioFactory()
    txn = buy(p, "5", settle=False)
    services.cancel_transaction(transaction_id=txn.pk, reason="user cancelled")
    txn.refresh_from_db()
    assert txn.status == TransactionStatus.CANCELLED


# --- concurrency ----------------------------------------------------------------
def run_in_threads(jobs):
    """Run callables in parallel threads, each on its own connection; return results/errors."""
    results = [None] * len(jobs)
    barrier = threading.Barrier(len(jobs))

    def worker(i, job):
        try:
            barrier.wait()
            results[i] = job()
        except Exception as exc:  # noqa: BLE001 - reported to the test
            results[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    close_old_connections()
    return results


@pytest.mark.django_db(transaction=True)
def test_concurrent_buys_and_sells_lose_no_update():
    p = f.PortfolioFactory()
    buy(p, "100")

    def trader(n):
        def job():
            for _ in range(5):
                buy(p, "1.00000001")
                sell(p, "0.5")
            return n

        return job

    results = run_in_threads([trader(n) for n in range(6)])
    assert results == list(range(6)), results
    expected = D("100") + 6 * 5 * (D("1.00000001") - D("0.5"))
    assert holding(p).quantity == expected == D("115.00000030")
    assert Transaction.objects.filter(portfolio=p).count() == 1 + 6 * 10


@pytest.mark.django_db(transaction=True)
def test_concurrent_first_buys_share_one_holding():
    p = f.PortfolioFactory()
    results = run_in_threads([lambda: buy(p, "0.25", symbol="SOL") for _ in range(6)])
    assert all(isinstance(r, Transaction) for r in results), results
    assert holding(p, "SOL").quantity == D("1.5")


@pytest.mark.django_db(transaction=True)
def test_concurrent_oversell_is_refused():
    p = f.PortfolioFactory()
    buy(p, "10")
    results = run_in_threads([lambda: sell(p, "3") for _ in range(6)])
    sold = [r for r in results if isinstance(r, Transaction)]
    refused = [r for r in results if isinstance(r, DomainValidationError)]
    assert (len(sold), len(refused)) == (3, 3), results
    assert holding(p).quantity == D("1")
    assert Transaction.objects.filter(portfolio=p, transaction_type="sell").count() == 3


# --- baskets --------------------------------------------------------------------
def test_basket_save_checks_allocation_when_published():
    basket = f.BasketFactory.build(status=BasketStatus.PUBLISHED)
    with pytest.raises(DomainValidationError, match="99.5"):
        services.basket_save(
            basket=basket,
            assets=[
                {"asset_symbol": "ETH", "asset_name": "Ether", "allocation_percent": D("60")},
                {"asset_symbol": "BTC", "asset_name": "Bitcoin", "allocation_percent": D("39.5")},
            ],
        )
    assert basket.pk is None


def test_basket_publish_and_replace_assets():
    basket = f.BasketFactory()
    f.BasketAssetFactory(basket=basket, allocation_percent=D("100"))
    services.basket_publish(basket=basket)
    basket.refresh_from_db()
    assert basket.status == BasketStatus.PUBLISHED and basket.published_at
    services.basket_save(
        basket=basket,
        assets=[
            {"asset_symbol": "A", "asset_name": "A", "allocation_percent": D("33.3333")},
            {"asset_symbol": "B", "asset_name": "B", "allocation_percent": D("33.3333")},
            {"asset_symbol": "C", "asset_name": "C", "allocation_percent": D("33.3334")},
        ],
    )
    assert BasketAsset.objects.filter(basket=basket).count() == 3


def test_basket_publish_refuses_incomplete_allocation():
    basket = f.BasketFactory()
    f.BasketAssetFactory(basket=basket, allocation_percent=D("50"))
    with pytest.raises(DomainValidationError, match="100"):
        services.basket_publish(basket=basket)


def test_basket_in_use_cannot_be_deleted():
    basket = f.PublishedBasketFactory()
    f.PortfolioHoldingFactory(basket=basket, asset_symbol=basket.symbol)
    with pytest.raises(ConflictError, match="portfolio holdings"):
        services.delete_unless_referenced(basket)
    with pytest.raises(
        IntegrityError, match=r"\"portfolio_portfolioholding\" violates foreign key"
    ):
        with transaction.atomic(), connection.cursor() as cur:
            cur.execute("DELETE FROM portfolio_basket WHERE id = %s", [basket.pk])
            cur.execute("SET CONSTRAINTS ALL IMMEDIATE")


def test_unused_basket_can_be_deleted_with_its_assets():
    basket = f.PublishedBasketFactory()
    services.delete_unless_referenced(basket)
    assert not BasketAsset.objects.filter(basket_id=basket.pk).exists()


# --- gamification, loans, notifications -------------------------------------------
def test_quest_claim_adds_experience(user):
    uq = f.UserQuestFactory(
        user=user,
        quest__xp_reward=1200,
        status=QuestStatus.COMPLETED,
        completed_at="2026-01-01T00:00Z",
    )
    services.quest_claim(user=user, user_quest_id=uq.pk)
    level = UserLevel.objects.get(user=user)
    assert (level.experience_points, level.level) == (1200, 2)
    with pytest.raises(ConflictError):
        services.quest_claim(user=user, user_quest_id=uq.pk)


def test_quest_claim_of_another_user_is_not_found(user, other_user):
    uq = f.UserQuestFactory(user=other_user)
    with pytest.raises(NotFoundError):
        services.quest_claim(user=user, user_quest_id=uq.pk)


def test_loan_application_flow(user, staff_user):
    app = f.LoanApplicationFactory(user=user)
    services.loan_application_submit(user=user, application_id=app.pk)
    loan = services.loan_application_approve(
        application_id=app.pk, reviewer=staff_user, interest_rate_percent=D("6.5")
    )
    app.refresh_from_db()
    assert app.status == LoanApplicationStatus.APPROVED and app.reviewed_by == staff_user
    assert loan.status == LoanStatus.PENDING_DISBURSEMENT
    assert loan.outstanding_balance == app.requested_amount
    assert Notification.objects.filter(user=user, notification_type="loan").count() == 1
    with pytest.raises(ConflictError):
        services.loan_application_reject(application_id=app.pk, reviewer=staff_user)


def test_loan_application_reject_and_withdraw(user, staff_user):
    app = f.SubmittedLoanApplicationFactory(user=user)
    services.loan_application_reject(application_id=app.pk, reviewer=staff_user, note="income")
    app.refresh_from_db()
    assert app.status == LoanApplicationStatus.REJECTED
    with pytest.raises(ConflictError):
        services.loan_application_withdraw(user=user, application_id=app.pk)
    draft = f.LoanApplicationFactory(user=user)
    services.loan_application_withdraw(user=user, application_id=draft.pk)
    draft.refresh_from_db()
    assert draft.status == LoanApplicationStatus.WITHDRAWN


def test_mark_read_touches_only_own_unread(user, other_user):
    mine = f.NotificationFactory.create_batch(3, user=user)
    theirs = f.NotificationFactory(user=other_user)
    assert services.notifications_mark_read(user=user, ids=[mine[0].pk, theirs.pk]) == 1
    assert services.notifications_mark_read(user=user) == 2
    theirs.refresh_from_db()
    assert theirs.read_at is None
