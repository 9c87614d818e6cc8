from django.urls import path
from rest_framework.routers import SimpleRouter

from portfolio.api import views as v

router = SimpleRouter()
for prefix, viewset, basename in [
    ("portfolios", v.PortfolioViewSet, "portfolio"),
    ("holdings", v.PortfolioHoldingViewSet, "holding"),
    ("baskets", v.BasketViewSet, "basket"),
    ("transactions", v.TransactionViewSet, "transaction"),
    ("quests", v.QuestViewSet, "quest"),
    ("my-quests", v.UserQuestViewSet, "userquest"),
    ("achievements", v.AchievementViewSet, "achievement"),
    ("my-achievements", v.UserAchievementViewSet, "userachievement"),
    ("battle-passes", v.BattlePassViewSet, "battlepass"),
    ("my-battle-passes", v.UserBattlePassViewSet, "userbattlepass"),
    ("ai-experts", v.AIExpertViewSet, "aiexpert"),
    ("ai-tips", v.AITipViewSet, "aitip"),
    ("ai-interactions", v.UserAIInteractionViewSet, "aiinteraction"),
    ("auto-invest-rules", v.AutoInvestRuleViewSet, "autoinvestrule"),
    ("round-up-rules", v.RoundUpRuleViewSet, "rounduprule"),
    ("loan-applications", v.LoanApplicationViewSet, "loanapplication"),
    ("loans", v.LoanViewSet, "loan"),
    ("notifications", v.NotificationViewSet, "notification"),
    ("notification-preferences", v.NotificationPreferenceViewSet, "notificationpreference"),
]:
    router.register(f"portfolio/{prefix}", viewset, basename=f"portfolio-{basename}")

urlpatterns = [path("portfolio/level/", v.UserLevelView.as_view(), name="portfolio-level")]
