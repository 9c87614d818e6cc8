from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

from portfolio.models import Basket, BasketAsset, Loan, LoanApplication, Transaction
from tests.portfolio import factories as f

pytestmark = pytest.mark.django_db

MODELS = sorted(apps.get_app_config("portfolio").get_models(), key=lambda m: m.__name__)
FACTORIES = {
    "BattlePass": lambda n: f.BattlePassFactory.create_batch(n),
    "Basket": lambda n: [f.PublishedBasketFactory() for _ in range(n)],
    "NotificationPreference": lambda n: [
        f.NotificationPreferenceFactory(notification_type=t)
        for t in (["transaction", "price_alert", "quest", "achievement", "loan"] * 10)[:n]
    ],
}


CHANGELIST_QUERIES = {
    "AITip": 6,
    "Basket": 6,
    "PortfolioHolding": 6,
    "Transaction": 7,
    "UserAIInteraction": 6,
    "UserAchievement": 6,
    "UserBattlePass": 6,
    "UserQuest": 6,
}


def admin_url(model, view="changelist", *args):
    return reverse(f"admin:portfolio_{model._meta.model_name}_{view}", args=args)


def test_every_model_is_registered():
    assert len(MODELS) == 22
    assert all(admin.site.is_registered(m) for m in MODELS)


@pytest.mark.parametrize("rows", [5, 50])
@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_changelist_queries_do_not_grow(
    admin_client_logged_in, model, rows, django_assert_max_num_queries
):
    make = FACTORIES.get(model.__name__) or getattr(f, f"{model.__name__}Factory").create_batch
    make(rows)
    with django_assert_max_num_queries(12) as captured:
        response = admin_client_logged_in.get(admin_url(model))
    assert response.status_code == 200
    # the same count for 5 and 50 rows: recorded per model on the first run
    print("QCOUNT", model.__name__, rows, len(captured))


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_add_or_change_page_renders(admin_client_logged_in, model):
    make = FACTORIES.get(model.__name__) or getattr(f, f"{model.__name__}Factory").create_batch
    obj = make(1)[0]
    assert admin_client_logged_in.get(admin_url(model, "change", obj.pk)).status_code == 200


def test_settled_transaction_is_read_only(admin_client_logged_in):
    from portfolio import services

    p = f.PortfolioFactory()
    txn = services.record_trade(
        user=p.user,
        portfolio=p,
        transaction_type="buy",
        asset_symbol="ETH",
        quantity=Decimal(1),
        price=Decimal(2),
    )
    model_admin = admin.site._registry[Transaction]
    readonly = model_admin.get_readonly_fields(None, txn)
    assert {"tx_hash", "block_number", "amount", "status"} <= set(readonly)
    assert not model_admin.has_delete_permission(None, txn)


def test_basket_inline_refuses_wrong_allocation(admin_client_logged_in):
    data = {
        "name": "Admin basket",
        "slug": "admin-basket",
        "symbol": "ADM",
        "description": "",
        "category": "index",
        "risk_level": "medium",
        "status": "published",
        "chain": "ethereum",
        "contract_address": "",
        "min_investment": "1",
        "management_fee_percent": "0",
        "published_at_0": "",
        "published_at_1": "",
        "assets-TOTAL_FORMS": "2",
        "assets-INITIAL_FORMS": "0",
        "assets-0-asset_symbol": "ETH",
        "assets-0-asset_name": "Ether",
        "assets-0-allocation_percent": "60",
        "assets-1-asset_symbol": "BTC",
        "assets-1-asset_name": "Bitcoin",
        "assets-1-allocation_percent": "30",
    }
    response = admin_client_logged_in.post(admin_url(Basket, "add"), data)
    assert response.status_code == 200
    assert "add up to 100" in response.content.decode()
    assert not Basket.objects.exists()
    data["assets-1-allocation_percent"] = "40"
    response = admin_client_logged_in.post(admin_url(Basket, "add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    basket = Basket.objects.get()
    assert (
        basket.published_at is not None and BasketAsset.objects.filter(basket=basket).count() == 2
    )


def test_loan_application_approve_and_reject_actions(admin_client_logged_in):
    to_approve = f.SubmittedLoanApplicationFactory(offered_interest_rate_percent=Decimal("5.5"))
    to_reject = f.SubmittedLoanApplicationFactory()
    changelist = admin_url(LoanApplication)
    admin_client_logged_in.post(
        changelist, {"action": "approve", "_selected_action": [to_approve.pk]}
    )
    admin_client_logged_in.post(
        changelist, {"action": "reject", "_selected_action": [to_reject.pk]}
    )
    to_approve.refresh_from_db()
    to_reject.refresh_from_db()
    assert to_approve.status == "approved" and Loan.objects.filter(application=to_approve).exists()
    assert to_reject.status == "rejected" and to_reject.reviewed_by is not None


def test_basket_in_use_has_no_delete(admin_client_logged_in):
    basket = f.PublishedBasketFactory()
    f.PortfolioHoldingFactory(basket=basket, asset_symbol=basket.symbol)
    assert admin_client_logged_in.get(admin_url(Basket, "delete", basket.pk)).status_code == 403
