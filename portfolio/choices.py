"""Enums of the portfolio app (seed 004). Each is a TextChoices and a CHECK constraint."""

from django.db import models


# --- shared -----------------------------------------------------------------
class Chain(models.TextChoices):
    """EVM chains the app settles on (addresses 0x + 40 hex, tx hashes 0x + 64 hex)."""

    ETHEREUM = "ethereum", "Ethereum"
    POLYGON = "polygon", "Polygon"
    ARBITRUM = "arbitrum", "Arbitrum"
    OPTIMISM = "optimism", "Optimism"
    BASE = "base", "Base"


class RiskLevel(models.TextChoices):
    LOW = "low", "Low"
    MEDIUM = "medium", "Medium"
    HIGH = "high", "High"
    VERY_HIGH = "very_high", "Very high"


# --- portfolio & investments ------------------------------------------------
class PortfolioStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    ARCHIVED = "archived", "Archived"


class BasketCategory(models.TextChoices):
    INDEX = "index", "Index"
    THEMATIC = "thematic", "Thematic"
    DEFI = "defi", "DeFi"
    LAYER1 = "layer1", "Layer 1"
    STABLECOIN = "stablecoin", "Stablecoin"
    ESG = "esg", "ESG"


class BasketStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"
    ARCHIVED = "archived", "Archived"


# --- transactions -----------------------------------------------------------
class TransactionType(models.TextChoices):
    BUY = "buy", "Buy"
    SELL = "sell", "Sell"
    DEPOSIT = "deposit", "Deposit"
    WITHDRAWAL = "withdrawal", "Withdrawal"
    REWARD = "reward", "Reward"


TRADE_TYPES = (TransactionType.BUY, TransactionType.SELL)


class TransactionStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    SETTLED = "settled", "Settled"
    FAILED = "failed", "Failed"
    CANCELLED = "cancelled", "Cancelled"


class TransactionSource(models.TextChoices):
    MANUAL = "manual", "Manual order"
    AUTO_INVEST = "auto_invest", "Auto-invest rule"
    ROUND_UP = "round_up", "Round-up rule"
    SYSTEM = "system", "System"


class FeeType(models.TextChoices):
    PLATFORM = "platform", "Platform fee"
    NETWORK = "network", "Network (gas) fee"
    SPREAD = "spread", "Spread"
    MANAGEMENT = "management", "Basket management fee"


# --- gamification -----------------------------------------------------------
class QuestCategory(models.TextChoices):
    LEARNING = "learning", "Learning"
    INVESTING = "investing", "Investing"
    SAVING = "saving", "Saving"
    SOCIAL = "social", "Social"
    STREAK = "streak", "Streak"


class QuestFrequency(models.TextChoices):
    ONE_TIME = "one_time", "One time"
    DAILY = "daily", "Daily"
    WEEKLY = "weekly", "Weekly"
    MONTHLY = "monthly", "Monthly"


class QuestStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"
    CLAIMED = "claimed", "Reward claimed"
    EXPIRED = "expired", "Expired"


class AchievementCategory(models.TextChoices):
    INVESTING = "investing", "Investing"
    SAVING = "saving", "Saving"
    LEARNING = "learning", "Learning"
    SOCIAL = "social", "Social"
    MILESTONE = "milestone", "Milestone"


class AchievementTier(models.TextChoices):
    BRONZE = "bronze", "Bronze"
    SILVER = "silver", "Silver"
    GOLD = "gold", "Gold"
    PLATINUM = "platinum", "Platinum"


# --- AI experts -------------------------------------------------------------
class ExpertSpecialty(models.TextChoices):
    CRYPTO = "crypto", "Crypto markets"
    DEFI = "defi", "DeFi"
    LONG_TERM = "long_term", "Long-term investing"
    RISK = "risk", "Risk management"
    BUDGETING = "budgeting", "Budgeting and saving"
    TAX = "tax", "Tax"


class TipCategory(models.TextChoices):
    MARKET_INSIGHT = "market_insight", "Market insight"
    EDUCATION = "education", "Education"
    RISK_ALERT = "risk_alert", "Risk alert"
    OPPORTUNITY = "opportunity", "Opportunity"
    REBALANCING = "rebalancing", "Rebalancing"


class InteractionType(models.TextChoices):
    QUESTION = "question", "Question asked"
    TIP_VIEWED = "tip_viewed", "Tip viewed"
    TIP_SAVED = "tip_saved", "Tip saved"
    TIP_DISMISSED = "tip_dismissed", "Tip dismissed"
    TIP_FOLLOWED = "tip_followed", "Tip followed (invested)"
    FEEDBACK = "feedback", "Feedback"


# --- automation -------------------------------------------------------------
class RuleStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    PAUSED = "paused", "Paused"
    CANCELLED = "cancelled", "Cancelled"


class RuleFrequency(models.TextChoices):
    DAILY = "daily", "Daily"
    WEEKLY = "weekly", "Weekly"
    BIWEEKLY = "biweekly", "Every two weeks"
    MONTHLY = "monthly", "Monthly"


# --- loans ------------------------------------------------------------------
class LoanPurpose(models.TextChoices):
    PERSONAL = "personal", "Personal"
    INVESTMENT = "investment", "Investment"
    EDUCATION = "education", "Education"
    HOME = "home", "Home"
    BUSINESS = "business", "Business"
    OTHER = "other", "Other"


class LoanApplicationStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"
    UNDER_REVIEW = "under_review", "Under review"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"


DECIDED_APPLICATION_STATUSES = (LoanApplicationStatus.APPROVED, LoanApplicationStatus.REJECTED)
OPEN_APPLICATION_STATUSES = (LoanApplicationStatus.SUBMITTED, LoanApplicationStatus.UNDER_REVIEW)


class LoanStatus(models.TextChoices):
    PENDING_DISBURSEMENT = "pending_disbursement", "Pending disbursement"
    ACTIVE = "active", "Active"
    REPAID = "repaid", "Repaid"
    DEFAULTED = "defaulted", "Defaulted"
    LIQUIDATED = "liquidated", "Liquidated"
    CANCELLED = "cancelled", "Cancelled"


DISBURSED_LOAN_STATUSES = (
    LoanStatus.ACTIVE,
    LoanStatus.REPAID,
    LoanStatus.DEFAULTED,
    LoanStatus.LIQUIDATED,
)


# --- notifications ----------------------------------------------------------
class NotificationType(models.TextChoices):
    TRANSACTION = "transaction", "Transaction"
    PRICE_ALERT = "price_alert", "Price alert"
    QUEST = "quest", "Quest"
    ACHIEVEMENT = "achievement", "Achievement"
    BATTLE_PASS = "battle_pass", "Battle pass"
    AI_TIP = "ai_tip", "AI tip"
    AUTOMATION = "automation", "Auto-invest / round-up"
    LOAN = "loan", "Loan"
    SECURITY = "security", "Security"
    SYSTEM = "system", "System"
    MARKETING = "marketing", "Marketing"


class NotificationChannel(models.TextChoices):
    IN_APP = "in_app", "In app"
    EMAIL = "email", "Email"
    PUSH = "push", "Push"
    SMS = "sms", "SMS"


class NotificationFrequency(models.TextChoices):
    INSTANT = "instant", "Instant"
    DAILY_DIGEST = "daily_digest", "Daily digest"
    WEEKLY_DIGEST = "weekly_digest", "Weekly digest"
