from decimal import Decimal

import pytest
from django.urls import reverse

from portfolio.models import BasketAsset, PortfolioHolding, Transaction
from tests.portfolio import factories as f

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"api:portfolio-{name}", args=args)


# (route, make n rows visible to `user`, queries for any page size)
LISTS = [
    (
        "portfolio-list",
        lambda u, n: [
            f.PortfolioHoldingFactory(portfolio=f.PortfolioFactory(user=u)) for _ in range(n)
        ],
        3,
    ),
    (
        "holding-list",
        lambda u, n: f.PortfolioHoldingFactory.create_batch(
            n, portfolio=f.PortfolioFactory(user=u)
        ),
        2,
    ),
    ("basket-list", lambda u, n: [f.PublishedBasketFactory() for _ in range(n)], 3),
    (
        "transaction-list",
        lambda u, n: [
            f.TransactionFeeFactory(transaction=t)
            for t in f.TransactionFactory.create_batch(n, portfolio=f.PortfolioFactory(user=u))
        ],
        3,
    ),
    ("quest-list", lambda u, n: f.QuestFactory.create_batch(n), 2),
    ("userquest-list", lambda u, n: f.UserQuestFactory.create_batch(n, user=u), 2),
    ("achievement-list", lambda u, n: f.AchievementFactory.create_batch(n), 2),
    ("userachievement-list", lambda u, n: f.UserAchievementFactory.create_batch(n, user=u), 2),
    ("battlepass-list", lambda u, n: f.BattlePassFactory.create_batch(n), 2),
    ("userbattlepass-list", lambda u, n: f.UserBattlePassFactory.create_batch(n, user=u), 2),
    ("aiexpert-list", lambda u, n: f.AIExpertFactory.create_batch(n), 2),
    ("aitip-list", lambda u, n: f.AITipFactory.create_batch(n), 2),
    ("aiinteraction-list", lambda u, n: f.UserAIInteractionFactory.create_batch(n, user=u), 2),
    (
        "autoinvestrule-list",
        lambda u, n: f.AutoInvestRuleFactory.create_batch(n, portfolio=f.PortfolioFactory(user=u)),
        2,
    ),
    (
        "rounduprule-list",
        lambda u, n: f.RoundUpRuleFactory.create_batch(
            n, portfolio=f.PortfolioFactory(user=u), status="paused"
        ),
        2,
    ),
    ("loanapplication-list", lambda u, n: f.LoanApplicationFactory.create_batch(n, user=u), 2),
    ("loan-list", lambda u, n: f.LoanFactory.create_batch(n, application__user=u), 2),
    ("notification-list", lambda u, n: f.NotificationFactory.create_batch(n, user=u), 2),
    (
        "notificationpreference-list",
        lambda u, n: [
            f.NotificationPreferenceFactory(user=u, notification_type=t, channel=c)
            for t, c in _type_channels(n)
        ],
        2,
    ),
]


def _type_channels(n):
    from portfolio.choices import NotificationChannel, NotificationType

    pairs = [(t, c) for t in NotificationType.values for c in NotificationChannel.values]
    return pairs[:n] if n <= len(pairs) else pairs


@pytest.mark.parametrize("rows", [5, 50])
@pytest.mark.parametrize(("route", "make", "queries"), LISTS, ids=[r[0] for r in LISTS])
def test_list_queries_do_not_grow(
    api_client, user, route, make, queries, rows, django_assert_num_queries
):
    make(user, rows)
    with django_assert_num_queries(queries + 1):  # + the caller's product grants
        response = api_client.get(url(route), {"page_size": 100})
    assert response.status_code == 200
    assert response.data["count"] >= min(rows, 44)


# --- scoping ---------------------------------------------------------------------
OWNED = [
    ("portfolio", lambda u: f.PortfolioFactory(user=u)),
    ("holding", lambda u: f.PortfolioHoldingFactory(portfolio__user=u)),
    ("transaction", lambda u: f.TransactionFactory(portfolio__user=u)),
    ("userquest", lambda u: f.UserQuestFactory(user=u)),
    ("userachievement", lambda u: f.UserAchievementFactory(user=u)),
    ("userbattlepass", lambda u: f.UserBattlePassFactory(user=u)),
    ("aiinteraction", lambda u: f.UserAIInteractionFactory(user=u)),
    ("autoinvestrule", lambda u: f.AutoInvestRuleFactory(portfolio__user=u)),
    ("rounduprule", lambda u: f.RoundUpRuleFactory(portfolio__user=u)),
    ("loanapplication", lambda u: f.LoanApplicationFactory(user=u)),
    ("loan", lambda u: f.LoanFactory(application__user=u)),
    ("notification", lambda u: f.NotificationFactory(user=u)),
    ("notificationpreference", lambda u: f.NotificationPreferenceFactory(user=u)),
]


@pytest.mark.parametrize(("name", "make"), OWNED, ids=[o[0] for o in OWNED])
def test_other_users_rows_are_404(api_client, other_user, name, make):
    row = make(other_user)
    assert api_client.get(url(f"{name}-detail", row.pk)).status_code == 404
    assert api_client.get(url(f"{name}-list")).data["count"] == 0


def test_anonymous_is_refused(anon_client):
    assert anon_client.get(url("portfolio-list")).status_code in (401, 403)


# --- orders and decimals -------------------------------------------------------------
@pytest.mark.parametrize("quantity", ["0.00000001", "9999999999.99999999"])
def test_order_decimal_round_trip(api_client, user, quantity):
    portfolio = f.PortfolioFactory(user=user)
    response = api_client.post(
        url("transaction-list"),
        {
            "portfolio": portfolio.pk,
            "transaction_type": "buy",
            "asset_symbol": "ETH",
            "quantity": quantity,
            "price": "1",
        },
        format="json",
    )
    assert response.status_code == 201, response.data
    assert response.data["quantity"] == quantity
    assert response.data["amount"] == quantity
    assert response.data["status"] == "settled"
    assert Transaction.objects.get(pk=response.data["id"]).amount == Decimal(quantity)
    holding = api_client.get(url("holding-list")).data["results"][0]
    assert holding["quantity"] == quantity
    assert PortfolioHolding.objects.get(portfolio=portfolio).quantity == Decimal(quantity)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("quantity", "-1"),
        ("quantity", "0"),
        ("quantity", "0.000000001"),
        ("price", "10000000000"),
        ("transaction_type", "deposit"),
    ],
)
def test_bad_order_is_400_naming_the_field(api_client, user, field, value):
    portfolio = f.PortfolioFactory(user=user)
    body = {
        "portfolio": portfolio.pk,
        "transaction_type": "buy",
        "asset_symbol": "ETH",
        "quantity": "1",
        "price": "1",
        field: value,
    }
    response = api_client.post(url("transaction-list"), body, format="json")
    assert response.status_code == 400
    assert field in response.data
    assert not Transaction.objects.exists()


def test_oversell_via_api_is_400(api_client, user):
    portfolio = f.PortfolioFactory(user=user)
    body = {
        "portfolio": portfolio.pk,
        "transaction_type": "sell",
        "asset_symbol": "ETH",
        "quantity": "1",
        "price": "1",
    }
    response = api_client.post(url("transaction-list"), body, format="json")
    assert response.status_code == 400
    assert response.data["code"] == "insufficient_holding"
    assert "quantity" in response.data


def test_order_on_another_users_portfolio_is_400(api_client, other_user):
    portfolio = f.PortfolioFactory(user=other_user)
    body = {
        "portfolio": portfolio.pk,
        "transaction_type": "buy",
        "asset_symbol": "ETH",
        "quantity": "1",
        "price": "1",
    }
    response = api_client.post(url("transaction-list"), body, format="json")
    assert response.status_code == 400 and "portfolio" in response.data


def test_cancel_pending_transaction(api_client, user):
    txn = f.TransactionFactory(portfolio__user=user)
    response = api_client.post(url("transaction-cancel", txn.pk))
    assert response.status_code == 200 and response.data["status"] == "cancelled"
    assert api_client.post(url("transaction-cancel", txn.pk)).status_code == 409


# --- portfolios ------------------------------------------------------------------------
def test_portfolio_crud_and_guarded_delete(api_client, user):
    response = api_client.post(url("portfolio-list"), {"name": "Retirement"}, format="json")
    assert response.status_code == 201
    pk = response.data["id"]
    assert api_client.patch(
        url("portfolio-detail", pk), {"base_currency": "eur"}, format="json"
    ).data == {"base_currency": ["Base currency is not valid."]}
    duplicate = api_client.post(url("portfolio-list"), {"name": "retirement"}, format="json")
    assert duplicate.status_code == 409
    f.TransactionFactory(portfolio_id=pk, user=user)
    assert api_client.delete(url("portfolio-detail", pk)).status_code == 409
    empty = f.PortfolioFactory(user=user)
    assert api_client.delete(url("portfolio-detail", empty.pk)).status_code == 204


# --- catalogues ------------------------------------------------------------------------
def test_catalogue_is_read_only_for_users(api_client):
    assert api_client.post(url("quest-list"), {}, format="json").status_code == 403


def test_users_see_only_live_catalogue(api_client):
    f.BasketFactory()
    published = f.PublishedBasketFactory()
    f.QuestFactory(is_active=False)
    assert [b["id"] for b in api_client.get(url("basket-list")).data["results"]] == [published.pk]
    assert api_client.get(url("quest-list")).data["count"] == 0


BASKET = {
    "name": "Blue chips",
    "slug": "blue-chips",
    "symbol": "BLUE",
    "category": "index",
    "status": "published",
    "assets": [
        {"asset_symbol": "ETH", "asset_name": "Ether", "allocation_percent": "60"},
        {"asset_symbol": "BTC", "asset_name": "Bitcoin", "allocation_percent": "40"},
    ],
}


def test_staff_create_published_basket_with_assets(staff_client):
    response = staff_client.post(url("basket-list"), BASKET, format="json")
    assert response.status_code == 201, response.data
    assert response.data["allocation_total"] == "100.0000"
    assert response.data["published_at"] is not None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (
            {
                "assets": [
                    {"asset_symbol": "ETH", "asset_name": "Ether", "allocation_percent": "99"}
                ]
            },
            "assets",
        ),
        (
            {
                "assets": [
                    {"asset_symbol": "ETH", "asset_name": "Ether", "allocation_percent": "101"}
                ]
            },
            "assets",
        ),
        ({"management_fee_percent": "101"}, "management_fee_percent"),
        ({"status": "live"}, "status"),
        ({"min_investment": "-1"}, "min_investment"),
    ],
)
def test_staff_basket_validation(staff_client, change, field):
    response = staff_client.post(url("basket-list"), {**BASKET, **change}, format="json")
    assert response.status_code == 400
    assert field in response.data, response.data
    assert not BasketAsset.objects.exists()


def test_staff_publish_checks_allocation(staff_client):
    basket = f.BasketFactory()
    f.BasketAssetFactory(basket=basket, allocation_percent="70")
    response = staff_client.post(url("basket-publish", basket.pk))
    assert response.status_code == 400 and "assets" in response.data
    f.BasketAssetFactory(basket=basket, allocation_percent="30")
    assert staff_client.post(url("basket-publish", basket.pk)).data["status"] == "published"


def test_staff_cannot_delete_basket_in_use(staff_client):
    basket = f.PublishedBasketFactory()
    f.PortfolioHoldingFactory(basket=basket, asset_symbol=basket.symbol)
    assert staff_client.delete(url("basket-detail", basket.pk)).status_code == 409


# --- gamification, AI, rules, loans, notifications ------------------------------------------
def test_quest_claim_and_level(api_client, user):
    uq = f.UserQuestFactory(
        user=user, status="completed", completed_at="2026-01-01T00:00Z", quest__xp_reward=250
    )
    assert api_client.get(reverse("api:portfolio-level")).data["experience_points"] == 0
    assert api_client.post(url("userquest-claim", uq.pk)).data["status"] == "claimed"
    assert api_client.get(reverse("api:portfolio-level")).data["experience_points"] == 250
    assert api_client.post(url("userquest-claim", uq.pk)).status_code == 409


def test_battle_pass_enrolment_once(api_client):
    bp = f.BattlePassFactory()
    assert (
        api_client.post(
            url("userbattlepass-list"), {"battle_pass": bp.pk}, format="json"
        ).status_code
        == 201
    )
    again = api_client.post(url("userbattlepass-list"), {"battle_pass": bp.pk}, format="json")
    assert again.status_code == 409
    assert again.data["constraint"] == "portfolio_userbattlepass_user_season_unique"


def test_ask_an_expert(api_client):
    expert = f.AIExpertFactory()
    response = api_client.post(
        url("aiinteraction-list"),
        {"expert": expert.pk, "interaction_type": "question"},
        format="json",
    )
    assert response.status_code == 400 and "non_field_errors" in response.data
    response = api_client.post(
        url("aiinteraction-list"),
        {"expert": expert.pk, "interaction_type": "question", "prompt": "ETH or BTC?", "rating": 6},
        format="json",
    )
    assert response.status_code == 400 and "rating" in response.data


def test_auto_invest_rule_validation_and_scoping(api_client, user, other_user):
    mine = f.PortfolioFactory(user=user)
    theirs = f.PortfolioFactory(user=other_user)
    body = {
        "portfolio": mine.pk,
        "asset_symbol": "ETH",
        "amount": "25",
        "frequency": "weekly",
        "day_of_week": 0,
    }
    assert api_client.post(url("autoinvestrule-list"), body, format="json").status_code == 201
    assert (
        "portfolio"
        in api_client.post(
            url("autoinvestrule-list"), {**body, "portfolio": theirs.pk}, format="json"
        ).data
    )
    assert (
        "amount"
        in api_client.post(url("autoinvestrule-list"), {**body, "amount": "-5"}, format="json").data
    )
    assert (
        "day_of_week"
        in api_client.post(
            url("autoinvestrule-list"), {**body, "day_of_week": 9}, format="json"
        ).data
    )
    no_day = api_client.post(
        url("autoinvestrule-list"), {**body, "day_of_week": None}, format="json"
    )
    assert no_day.status_code == 400 and "non_field_errors" in no_day.data


def test_round_up_rule_one_active_per_portfolio(api_client, user):
    p = f.PortfolioFactory(user=user)
    body = {"portfolio": p.pk, "asset_symbol": "BTC", "round_up_to": "1", "multiplier": 2}
    assert api_client.post(url("rounduprule-list"), body, format="json").status_code == 201
    second = api_client.post(url("rounduprule-list"), body, format="json")
    assert second.status_code == 400, second.data
    assert "active round-up rule" in str(second.data)


def test_loan_application_flow(api_client, user):
    body = {"requested_amount": "2500.50", "term_months": 24, "purpose": "education"}
    created = api_client.post(url("loanapplication-list"), body, format="json")
    assert created.status_code == 201 and created.data["status"] == "draft"
    pk = created.data["id"]
    assert (
        api_client.patch(
            url("loanapplication-detail", pk), {"term_months": 400}, format="json"
        ).status_code
        == 400
    )
    assert api_client.post(url("loanapplication-submit", pk)).data["status"] == "submitted"
    assert (
        api_client.patch(
            url("loanapplication-detail", pk), {"term_months": 12}, format="json"
        ).status_code
        == 400
    )
    assert api_client.post(url("loanapplication-withdraw", pk)).data["status"] == "withdrawn"


def test_notifications_mark_read(api_client, user):
    first, second = f.NotificationFactory.create_batch(2, user=user)
    response = api_client.post(url("notification-mark-read", first.pk))
    assert response.data["is_read"] is True
    assert api_client.get(url("notification-list"), {"is_read": "false"}).data["count"] == 1
    assert api_client.post(url("notification-mark-all-read")).data == {"marked_read": 1}


def test_notification_preference_quiet_hours_pair(api_client):
    body = {"notification_type": "price_alert", "channel": "push", "quiet_hours_start": "22:00"}
    response = api_client.post(url("notificationpreference-list"), body, format="json")
    assert response.status_code == 400 and "non_field_errors" in response.data
