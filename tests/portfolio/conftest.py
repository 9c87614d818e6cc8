import pytest

from tests.portfolio import factories as f


@pytest.fixture
def every_row(user):
    """One row of every portfolio model, all belonging to ``user``; {table: id}."""
    portfolio = f.PortfolioFactory(user=user, chain="ethereum")
    basket = f.BasketFactory()
    txn = f.TransactionFactory(portfolio=portfolio)
    quest = f.QuestFactory()
    achievement = f.AchievementFactory()
    battle_pass = f.BattlePassFactory()
    expert = f.AIExpertFactory()
    tip = f.AITipFactory(expert=expert)
    rows = {
        "portfolio_portfolio": portfolio,
        "portfolio_basket": basket,
        "portfolio_basketasset": f.BasketAssetFactory(basket=basket),
        "portfolio_portfolioholding": f.PortfolioHoldingFactory(portfolio=portfolio),
        "portfolio_transaction": txn,
        "portfolio_transactionfee": f.TransactionFeeFactory(transaction=txn),
        "portfolio_userlevel": f.UserLevelFactory(user=user),
        "portfolio_quest": quest,
        "portfolio_userquest": f.UserQuestFactory(user=user, quest=quest),
        "portfolio_achievement": achievement,
        "portfolio_userachievement": f.UserAchievementFactory(user=user, achievement=achievement),
        "portfolio_battlepass": battle_pass,
        "portfolio_userbattlepass": f.UserBattlePassFactory(user=user, battle_pass=battle_pass),
        "portfolio_aiexpert": expert,
        "portfolio_aitip": tip,
        "portfolio_useraiinteraction": f.UserAIInteractionFactory(
            user=user, expert=expert, tip=tip
        ),
        "portfolio_autoinvestrule": f.AutoInvestRuleFactory(portfolio=portfolio),
        "portfolio_rounduprule": f.RoundUpRuleFactory(portfolio=portfolio),
        "portfolio_loanapplication": f.LoanApplicationFactory(user=user, portfolio=portfolio),
        "portfolio_loan": f.LoanFactory(application__user=user),
        "portfolio_notification": f.NotificationFactory(user=user),
        "portfolio_notificationpreference": f.NotificationPreferenceFactory(user=user),
    }
    return rows
