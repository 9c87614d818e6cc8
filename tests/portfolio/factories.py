"""One factory per portfolio model (seed 004 Task 4)."""

import datetime as dt
from decimal import Decimal

import factory
from django.db import transaction
from django.utils import timezone

from portfolio import choices as c
from portfolio import models
from tests.accounts.factories import UserFactory

NOW = timezone.now()


class PortfolioFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Portfolio {n}")
    base_currency = "USD"

    class Meta:
        model = models.Portfolio


class BasketFactory(factory.django.DjangoModelFactory):
    """A draft basket; ``PublishedBasketFactory`` adds assets summing to 100 % and publishes."""

    name = factory.Sequence(lambda n: f"Basket {n}")
    slug = factory.Sequence(lambda n: f"basket-{n}")
    symbol = factory.Sequence(lambda n: f"BSK{n}")
    category = c.BasketCategory.INDEX
    chain = c.Chain.ETHEREUM

    class Meta:
        model = models.Basket


class BasketAssetFactory(factory.django.DjangoModelFactory):
    basket = factory.SubFactory(BasketFactory)
    asset_symbol = factory.Sequence(lambda n: f"TKN{n}")
    asset_name = factory.Sequence(lambda n: f"Token {n}")
    allocation_percent = Decimal("50")

    class Meta:
        model = models.BasketAsset


class PublishedBasketFactory(BasketFactory):
    """Basket and assets in one database transaction (the allocation rule runs at commit)."""

    status = c.BasketStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    class Meta:
        skip_postgeneration_save = True

    @classmethod
    def create(cls, **kwargs):
        with transaction.atomic():
            return super().create(**kwargs)

    @factory.post_generation
    def assets(self, create, extracted, **kwargs):
        if create:
            for symbol, pct in extracted or [("ETH", "60"), ("BTC", "40")]:
                BasketAssetFactory(
                    basket=self, asset_symbol=symbol, asset_name=symbol, allocation_percent=pct
                )


class PortfolioHoldingFactory(factory.django.DjangoModelFactory):
    portfolio = factory.SubFactory(PortfolioFactory)
    asset_symbol = factory.Sequence(lambda n: f"AST{n}")
    quantity = Decimal("1.50000000")
    average_cost = Decimal("2000.00000000")

    class Meta:
        model = models.PortfolioHolding


class TransactionFactory(factory.django.DjangoModelFactory):
    """A pending buy (pending so tests may still change it; settled rows are immutable)."""

    portfolio = factory.SubFactory(PortfolioFactory)
    user = factory.SelfAttribute("portfolio.user")
    transaction_type = c.TransactionType.BUY
    asset_symbol = "ETH"
    quantity = Decimal("0.50000000")
    price = Decimal("2000.00000000")
    amount = Decimal("1000.00000000")

    class Meta:
        model = models.Transaction


class TransactionFeeFactory(factory.django.DjangoModelFactory):
    transaction = factory.SubFactory(TransactionFactory)
    fee_type = c.FeeType.PLATFORM
    amount = Decimal("1.25000000")
    rate_percent = Decimal("0.1250")

    class Meta:
        model = models.TransactionFee


class UserLevelFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    level = 2
    experience_points = 1250
    current_streak_days = 3
    longest_streak_days = 7

    class Meta:
        model = models.UserLevel


class QuestFactory(factory.django.DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"quest-{n}")
    title = factory.Sequence(lambda n: f"Quest {n}")
    category = c.QuestCategory.INVESTING
    frequency = c.QuestFrequency.ONE_TIME
    target_count = 3
    xp_reward = 100

    class Meta:
        model = models.Quest


class UserQuestFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    quest = factory.SubFactory(QuestFactory)
    progress = 1

    class Meta:
        model = models.UserQuest


class AchievementFactory(factory.django.DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"achievement-{n}")
    name = factory.Sequence(lambda n: f"Achievement {n}")
    category = c.AchievementCategory.MILESTONE
    xp_reward = 50

    class Meta:
        model = models.Achievement


class UserAchievementFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    achievement = factory.SubFactory(AchievementFactory)

    class Meta:
        model = models.UserAchievement


class BattlePassFactory(factory.django.DjangoModelFactory):
    """Seasons are 90 days back to back, so they never overlap."""

    season = factory.Sequence(lambda n: n + 1)
    name = factory.LazyAttribute(lambda o: f"Season {o.season}")
    starts_at = factory.LazyAttribute(
        lambda o: dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=90 * (o.season - 1))
    )
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + dt.timedelta(days=90))
    premium_price = Decimal("9.99000000")

    class Meta:
        model = models.BattlePass


class UserBattlePassFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    battle_pass = factory.SubFactory(BattlePassFactory)
    current_tier = 4
    experience_points = 4200

    class Meta:
        model = models.UserBattlePass


class AIExpertFactory(factory.django.DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"expert-{n}")
    name = factory.Sequence(lambda n: f"Expert {n}")
    specialty = c.ExpertSpecialty.LONG_TERM
    model_name = "gpt-4o-mini"
    accuracy_percent = Decimal("71.5000")

    class Meta:
        model = models.AIExpert


class AITipFactory(factory.django.DjangoModelFactory):
    expert = factory.SubFactory(AIExpertFactory)
    title = factory.Sequence(lambda n: f"Tip {n}")
    content = "Rebalance quarterly; keep fees low."
    category = c.TipCategory.EDUCATION
    confidence_percent = Decimal("80")
    is_published = True
    published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = models.AITip


class UserAIInteractionFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    expert = factory.SubFactory(AIExpertFactory)
    interaction_type = c.InteractionType.QUESTION
    prompt = "Should I dollar-cost average into ETH?"
    response = "A fixed monthly amount smooths out volatility."
    tokens_used = 312

    class Meta:
        model = models.UserAIInteraction


class AutoInvestRuleFactory(factory.django.DjangoModelFactory):
    portfolio = factory.SubFactory(PortfolioFactory)
    asset_symbol = "ETH"
    amount = Decimal("50.00000000")
    frequency = c.RuleFrequency.MONTHLY
    day_of_month = 1

    class Meta:
        model = models.AutoInvestRule


class RoundUpRuleFactory(factory.django.DjangoModelFactory):
    portfolio = factory.SubFactory(PortfolioFactory)
    asset_symbol = "BTC"
    round_up_to = Decimal("1.00000000")
    multiplier = 2

    class Meta:
        model = models.RoundUpRule


class LoanApplicationFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    requested_amount = Decimal("5000.00000000")
    term_months = 12
    purpose = c.LoanPurpose.EDUCATION
    annual_income = Decimal("64000.00000000")

    class Meta:
        model = models.LoanApplication


class SubmittedLoanApplicationFactory(LoanApplicationFactory):
    status = c.LoanApplicationStatus.SUBMITTED
    submitted_at = factory.LazyFunction(timezone.now)


class LoanFactory(factory.django.DjangoModelFactory):
    application = factory.SubFactory(
        LoanApplicationFactory,
        status=c.LoanApplicationStatus.APPROVED,
        submitted_at=NOW,
        reviewed_at=NOW,
        offered_interest_rate_percent=Decimal("7.5000"),
    )
    user = factory.SelfAttribute("application.user")
    principal = factory.SelfAttribute("application.requested_amount")
    interest_rate_percent = Decimal("7.5000")
    term_months = 12
    outstanding_balance = factory.SelfAttribute("principal")

    class Meta:
        model = models.Loan


class NotificationFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    notification_type = c.NotificationType.TRANSACTION
    title = factory.Sequence(lambda n: f"Order {n} filled")

    class Meta:
        model = models.Notification


class NotificationPreferenceFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    notification_type = c.NotificationType.TRANSACTION
    channel = c.NotificationChannel.PUSH

    class Meta:
        model = models.NotificationPreference
