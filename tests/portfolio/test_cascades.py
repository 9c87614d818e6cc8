"""Delete rules (documented in portfolio/schema_docs.py NOTES), for Django and for raw SQL.

- Personal records go with their user, deleted by PostgreSQL (ON DELETE CASCADE).
- Financial records (transactions, loan applications, loans) keep their user: the user
  cannot be deleted while they exist (deactivate the account instead).
- Catalogue rows in use (a basket held, a quest tracked, …) cannot be deleted.
"""

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.models import ProtectedError

from accounts.models import User
from portfolio import models as m
from tests.portfolio import factories as f
from tests.utils import assert_sql_rejected

pytestmark = pytest.mark.django_db

PERSONAL = [
    m.Portfolio,
    m.PortfolioHolding,
    m.AutoInvestRule,
    m.RoundUpRule,
    m.UserLevel,
    m.UserQuest,
    m.UserAchievement,
    m.UserBattlePass,
    m.UserAIInteraction,
    m.Notification,
    m.NotificationPreference,
]
CATALOGUE = [m.Basket, m.BasketAsset, m.Quest, m.Achievement, m.BattlePass, m.AIExpert, m.AITip]


def personal_records(user):
    portfolio = f.PortfolioFactory(user=user)
    basket = f.PublishedBasketFactory()
    f.PortfolioHoldingFactory(portfolio=portfolio, basket=basket, asset_symbol=basket.symbol)
    f.AutoInvestRuleFactory(portfolio=portfolio, basket=basket, asset_symbol="")
    f.RoundUpRuleFactory(portfolio=portfolio)
    f.UserLevelFactory(user=user)
    f.UserQuestFactory(user=user)
    f.UserAchievementFactory(user=user)
    f.UserBattlePassFactory(user=user)
    f.UserAIInteractionFactory(user=user, tip=f.AITipFactory())
    f.NotificationFactory(user=user)
    f.NotificationPreferenceFactory(user=user)


def counts(models):
    return {model.__name__: model.objects.count() for model in models}


def raw_delete_user(user):
    with connection.cursor() as cur:
        # Django's M2M tables (product grants) do not cascade in SQL
        cur.execute("DELETE FROM accounts_user_user_permissions WHERE user_id = %s", [user.pk])
        cur.execute("DELETE FROM accounts_user WHERE id = %s", [user.pk])
        cur.execute("SET CONSTRAINTS ALL IMMEDIATE")


@pytest.mark.parametrize("how", ["orm", "raw_sql"])
def test_deleting_user_removes_personal_records_and_keeps_catalogue(user, other_user, how):
    personal_records(user)
    personal_records(other_user)
    catalogue_before = counts(CATALOGUE)
    personal_before = counts(PERSONAL)
    if how == "orm":
        user.delete()
    else:
        raw_delete_user(user)
    assert not User.objects.filter(pk=user.pk).exists()
    # other_user's records are untouched: exactly half of each personal table is left
    assert counts(PERSONAL) == {name: n // 2 for name, n in personal_before.items()}
    assert counts(CATALOGUE) == catalogue_before


@pytest.mark.parametrize(
    "make_record",
    [
        lambda u: f.TransactionFactory(portfolio__user=u),
        lambda u: f.LoanApplicationFactory(user=u),
        lambda u: f.LoanFactory(application__user=u),
    ],
    ids=["transaction", "loan_application", "loan"],
)
def test_user_with_financial_records_cannot_be_deleted(user, make_record):
    record = make_record(user)
    with pytest.raises(ProtectedError):
        user.delete()
    with pytest.raises(IntegrityError, match="violates foreign key"), transaction.atomic():
        raw_delete_user(user)
    assert type(record).objects.filter(pk=record.pk).exists()


def test_portfolio_with_transactions_cannot_be_deleted_even_by_raw_sql():
    txn = f.TransactionFactory()
    assert_sql_rejected(
        None,
        "DELETE FROM portfolio_portfolio WHERE id = %s",
        [txn.portfolio_id],
        match="portfolio_transaction",
    )


@pytest.mark.parametrize(
    ("make_user_row", "table", "fk"),
    [
        (lambda: f.UserQuestFactory(), "portfolio_quest", "quest_id"),
        (lambda: f.UserAchievementFactory(), "portfolio_achievement", "achievement_id"),
        (lambda: f.UserBattlePassFactory(), "portfolio_battlepass", "battle_pass_id"),
        (lambda: f.UserAIInteractionFactory(), "portfolio_aiexpert", "expert_id"),
        (
            lambda: f.TransactionFactory(basket=f.PublishedBasketFactory()),
            "portfolio_basket",
            "basket_id",
        ),
    ],
    ids=["quest", "achievement", "battle_pass", "ai_expert", "basket"],
)
def test_catalogue_row_in_use_cannot_be_deleted(make_user_row, table, fk):
    row = make_user_row()
    assert_sql_rejected(
        None, f"DELETE FROM {table} WHERE id = %s", [getattr(row, fk)], match="violates foreign key"
    )


def test_deleting_a_tip_keeps_interactions_and_expert_delete_cascades_tips():
    interaction = f.UserAIInteractionFactory(tip=f.AITipFactory())
    tip = interaction.tip
    with connection.cursor() as cur:
        cur.execute("DELETE FROM portfolio_aitip WHERE id = %s", [tip.pk])
    interaction.refresh_from_db()
    assert interaction.tip_id is None
    unused = f.AITipFactory()
    with connection.cursor() as cur:
        cur.execute("DELETE FROM portfolio_aiexpert WHERE id = %s", [unused.expert_id])
    assert not m.AITip.objects.filter(pk=unused.pk).exists()
