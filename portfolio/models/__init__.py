"""The portfolio app's models, one module per seed 004 model group."""

from portfolio.models.ai import AIExpert as AIExpert
from portfolio.models.ai import AITip as AITip
from portfolio.models.ai import UserAIInteraction as UserAIInteraction
from portfolio.models.automation import AutoInvestRule as AutoInvestRule
from portfolio.models.automation import RoundUpRule as RoundUpRule
from portfolio.models.gamification import Achievement as Achievement
from portfolio.models.gamification import BattlePass as BattlePass
from portfolio.models.gamification import Quest as Quest
from portfolio.models.gamification import UserAchievement as UserAchievement
from portfolio.models.gamification import UserBattlePass as UserBattlePass
from portfolio.models.gamification import UserLevel as UserLevel
from portfolio.models.gamification import UserQuest as UserQuest
from portfolio.models.investing import Basket as Basket
from portfolio.models.investing import BasketAsset as BasketAsset
from portfolio.models.investing import Portfolio as Portfolio
from portfolio.models.investing import PortfolioHolding as PortfolioHolding
from portfolio.models.loans import Loan as Loan
from portfolio.models.loans import LoanApplication as LoanApplication
from portfolio.models.notifications import Notification as Notification
from portfolio.models.notifications import NotificationPreference as NotificationPreference
from portfolio.models.transactions import Transaction as Transaction
from portfolio.models.transactions import TransactionFee as TransactionFee
