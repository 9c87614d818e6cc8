"""Serializers. Money is DRF's DecimalField (max_digits=18, decimal_places=8, rendered as a
string: coerce_to_string stays True), so 0.00000001 and 9999999999.99999999 survive exactly.

``ModelSerializer`` evaluates the model's CHECK constraints before saving, so a
bad value is a 400 naming the field instead of a database error.
"""

from rest_framework import serializers
from rest_framework.settings import api_settings

from core.api.fast import PlannedRepresentationMixin
from core.api.serializers import ModelSerializer
from core.errors import DomainValidationError
from portfolio import models, services
from portfolio.choices import BasketStatus, TransactionType
from portfolio.models.base import MONEY_DIGITS, MONEY_PLACES

TIMESTAMPS = ("created_at", "updated_at")


class OwnPortfolioField(serializers.PrimaryKeyRelatedField):
    """A portfolio id. ScopedViewSet narrows it to the caller's own (the portfolio route's
    scope), so anyone else's is 'does not exist'."""

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", models.Portfolio.objects.all())
        super().__init__(**kwargs)


class PublishedBasketField(serializers.PrimaryKeyRelatedField):
    def get_queryset(self):
        return models.Basket.objects.filter(status=BasketStatus.PUBLISHED)


# --- portfolio & investments ------------------------------------------------
class PortfolioHoldingSerializer(PlannedRepresentationMixin, ModelSerializer):
    class Meta:
        model = models.PortfolioHolding
        fields = (
            "id",
            "portfolio",
            "asset_symbol",
            "basket",
            "quantity",
            "average_cost",
            "last_transaction_at",
            *TIMESTAMPS,
        )
        read_only_fields = fields


class PortfolioSerializer(PlannedRepresentationMixin, ModelSerializer):
    holdings = PortfolioHoldingSerializer(many=True, read_only=True)

    class Meta:
        model = models.Portfolio
        fields = (
            "id",
            "name",
            "description",
            "base_currency",
            "status",
            "is_default",
            "chain",
            "wallet_address",
            "holdings",
            *TIMESTAMPS,
        )
        read_only_fields = ("id", *TIMESTAMPS)


class BasketAssetSerializer(ModelSerializer):
    class Meta:
        model = models.BasketAsset
        fields = ("id", "asset_symbol", "asset_name", "token_address", "allocation_percent")
        read_only_fields = ("id",)


class BasketSerializer(ModelSerializer):
    """Staff write the assets with the basket (replacing them); the sum rule is checked."""

    assets = BasketAssetSerializer(many=True, required=False)
    allocation_total = serializers.SerializerMethodField()

    class Meta:
        model = models.Basket
        fields = (
            "id",
            "name",
            "slug",
            "symbol",
            "description",
            "category",
            "risk_level",
            "status",
            "chain",
            "contract_address",
            "min_investment",
            "management_fee_percent",
            "published_at",
            "assets",
            "allocation_total",
            *TIMESTAMPS,
        )
        read_only_fields = ("id", "published_at", *TIMESTAMPS)

    def get_allocation_total(self, basket) -> str:
        return str(sum((a.allocation_percent for a in basket.assets.all()), start=0))

    def validate(self, attrs):
        status = attrs.get("status", getattr(self.instance, "status", BasketStatus.DRAFT))
        # the would-be row the constraints see carries the date basket_save will stamp
        attrs["published_at"] = services.publication_date(
            status=status, published_at=getattr(self.instance, "published_at", None)
        )
        attrs = super().validate(attrs)
        if "assets" in attrs:
            assets = attrs["assets"]
        elif self.instance is not None:
            assets = list(self.instance.assets.values("allocation_percent"))
        else:
            assets = []
        symbols = [a["asset_symbol"] for a in attrs.get("assets", [])]
        if len(symbols) != len(set(symbols)):
            raise serializers.ValidationError({"assets": ["Each asset may appear once."]})
        try:
            services.check_allocation(assets, status=status)
        except DomainValidationError as exc:
            raise serializers.ValidationError({"assets": [exc.message]}) from exc
        return attrs

    def create(self, validated_data):
        assets = validated_data.pop("assets", [])
        return services.basket_save(basket=models.Basket(**validated_data), assets=assets)

    def update(self, instance, validated_data):
        assets = validated_data.pop("assets", None)
        for name, value in validated_data.items():
            setattr(instance, name, value)
        return services.basket_save(basket=instance, assets=assets)


# --- transactions ---------------------------------------------------------------
class TransactionFeeSerializer(ModelSerializer):
    class Meta:
        model = models.TransactionFee
        fields = ("fee_type", "amount", "currency", "rate_percent")


class TransactionSerializer(ModelSerializer):
    fees = TransactionFeeSerializer(many=True, read_only=True)

    class Meta:
        model = models.Transaction
        fields = (
            "id",
            "portfolio",
            "basket",
            "transaction_type",
            "status",
            "source",
            "asset_symbol",
            "quantity",
            "price",
            "amount",
            "currency",
            "chain",
            "tx_hash",
            "block_number",
            "settled_at",
            "failure_reason",
            "fees",
            *TIMESTAMPS,
        )
        read_only_fields = fields


def money_field(**kwargs):
    return serializers.DecimalField(max_digits=MONEY_DIGITS, decimal_places=MONEY_PLACES, **kwargs)


class OrderSerializer(serializers.Serializer):
    """Place a buy or sell: ``services.record_trade`` records and settles it atomically."""

    portfolio = OwnPortfolioField(pk_field=serializers.IntegerField())
    transaction_type = serializers.ChoiceField(choices=[TransactionType.BUY, TransactionType.SELL])
    asset_symbol = serializers.RegexField(r"^[A-Z0-9][A-Z0-9.]{0,19}$", required=False)
    basket = PublishedBasketField(
        required=False, allow_null=True, pk_field=serializers.IntegerField()
    )
    quantity = money_field(min_value=services.QUANTUM)
    price = money_field(min_value=services.QUANTUM)
    currency = serializers.RegexField(r"^[A-Z0-9]{2,10}$", default="USD")

    def validate(self, attrs):
        if bool(attrs.get("asset_symbol")) == bool(attrs.get("basket")):
            raise serializers.ValidationError(
                {api_settings.NON_FIELD_ERRORS_KEY: ["Give either asset_symbol or basket."]}
            )
        return attrs

    def create(self, validated_data):
        return services.record_trade(user=self.context["request"].user, **validated_data)

    def to_representation(self, instance):
        return TransactionSerializer(instance, context=self.context).data


# --- gamification ---------------------------------------------------------------
class UserLevelSerializer(ModelSerializer):
    class Meta:
        model = models.UserLevel
        fields = (
            "level",
            "experience_points",
            "current_streak_days",
            "longest_streak_days",
            "last_activity_on",
        )
        read_only_fields = fields


class QuestSerializer(ModelSerializer):
    class Meta:
        model = models.Quest
        fields = (
            "id",
            "slug",
            "title",
            "description",
            "category",
            "frequency",
            "target_count",
            "xp_reward",
            "is_active",
            "starts_at",
            "ends_at",
            *TIMESTAMPS,
        )
        read_only_fields = ("id", *TIMESTAMPS)


class UserQuestSerializer(ModelSerializer):
    quest = QuestSerializer(read_only=True)

    class Meta:
        model = models.UserQuest
        fields = (
            "id",
            "quest",
            "period",
            "status",
            "progress",
            "completed_at",
            "claimed_at",
            *TIMESTAMPS,
        )
        read_only_fields = fields


class AchievementSerializer(ModelSerializer):
    class Meta:
        model = models.Achievement
        fields = (
            "id",
            "slug",
            "name",
            "description",
            "category",
            "tier",
            "xp_reward",
            "icon_url",
            "is_hidden",
            "criteria",
            *TIMESTAMPS,
        )
        read_only_fields = ("id", *TIMESTAMPS)


class UserAchievementSerializer(ModelSerializer):
    achievement = AchievementSerializer(read_only=True)

    class Meta:
        model = models.UserAchievement
        fields = ("id", "achievement", "earned_at", "is_showcased")
        read_only_fields = ("id", "achievement", "earned_at")


class BattlePassSerializer(ModelSerializer):
    class Meta:
        model = models.BattlePass
        fields = (
            "id",
            "season",
            "name",
            "starts_at",
            "ends_at",
            "max_tier",
            "xp_per_tier",
            "premium_price",
            "currency",
            *TIMESTAMPS,
        )
        read_only_fields = ("id", *TIMESTAMPS)


class UserBattlePassSerializer(ModelSerializer):
    class Meta:
        model = models.UserBattlePass
        fields = (
            "id",
            "battle_pass",
            "is_premium",
            "purchased_at",
            "current_tier",
            "experience_points",
            *TIMESTAMPS,
        )
        read_only_fields = (
            "id",
            "is_premium",
            "purchased_at",
            "current_tier",
            "experience_points",
            *TIMESTAMPS,
        )
        validators = []  # (user, battle_pass) uniqueness: the database answers 409


# --- AI -------------------------------------------------------------------------
class AIExpertSerializer(ModelSerializer):
    class Meta:
        model = models.AIExpert
        fields = (
            "id",
            "slug",
            "name",
            "specialty",
            "bio",
            "avatar_url",
            "risk_profile",
            "model_name",
            "accuracy_percent",
            "is_active",
            *TIMESTAMPS,
        )
        read_only_fields = ("id", *TIMESTAMPS)


class AITipSerializer(ModelSerializer):
    class Meta:
        model = models.AITip
        fields = (
            "id",
            "expert",
            "title",
            "content",
            "category",
            "risk_level",
            "basket",
            "asset_symbol",
            "confidence_percent",
            "is_published",
            "published_at",
            "expires_at",
            *TIMESTAMPS,
        )
        read_only_fields = ("id", *TIMESTAMPS)


class UserAIInteractionSerializer(ModelSerializer):
    expert = serializers.PrimaryKeyRelatedField(
        queryset=models.AIExpert.objects.filter(is_active=True)
    )
    tip = serializers.PrimaryKeyRelatedField(
        queryset=models.AITip.objects.filter(is_published=True), required=False, allow_null=True
    )

    class Meta:
        model = models.UserAIInteraction
        fields = (
            "id",
            "expert",
            "tip",
            "interaction_type",
            "prompt",
            "response",
            "rating",
            "tokens_used",
            "metadata",
            "created_at",
        )
        read_only_fields = ("id", "response", "tokens_used", "created_at")


# --- automation -------------------------------------------------------------------
class AutomationRuleSerializer(ModelSerializer):
    portfolio = OwnPortfolioField()
    basket = PublishedBasketField(required=False, allow_null=True)


class AutoInvestRuleSerializer(AutomationRuleSerializer):
    class Meta:
        model = models.AutoInvestRule
        fields = (
            "id",
            "portfolio",
            "basket",
            "asset_symbol",
            "name",
            "amount",
            "currency",
            "frequency",
            "day_of_week",
            "day_of_month",
            "status",
            "next_run_at",
            "last_run_at",
            *TIMESTAMPS,
        )
        read_only_fields = ("id", "last_run_at", *TIMESTAMPS)


class RoundUpRuleSerializer(AutomationRuleSerializer):
    class Meta:
        model = models.RoundUpRule
        fields = (
            "id",
            "portfolio",
            "basket",
            "asset_symbol",
            "round_up_to",
            "multiplier",
            "investment_threshold",
            "monthly_cap",
            "pending_amount",
            "currency",
            "status",
            *TIMESTAMPS,
        )
        read_only_fields = ("id", "pending_amount", *TIMESTAMPS)


# --- loans ------------------------------------------------------------------------
class LoanApplicationSerializer(ModelSerializer):
    portfolio = OwnPortfolioField(required=False, allow_null=True)

    class Meta:
        model = models.LoanApplication
        fields = (
            "id",
            "portfolio",
            "requested_amount",
            "currency",
            "term_months",
            "purpose",
            "annual_income",
            "collateral_value",
            "status",
            "submitted_at",
            "reviewed_at",
            "decision_note",
            "offered_interest_rate_percent",
            *TIMESTAMPS,
        )
        read_only_fields = (
            "id",
            "status",
            "submitted_at",
            "reviewed_at",
            "decision_note",
            "offered_interest_rate_percent",
            *TIMESTAMPS,
        )

    def validate(self, attrs):
        if self.instance is not None and self.instance.status != "draft":
            raise serializers.ValidationError("Only a draft application can be changed.")
        return super().validate(attrs)


class LoanSerializer(ModelSerializer):
    class Meta:
        model = models.Loan
        fields = (
            "id",
            "application",
            "portfolio",
            "principal",
            "currency",
            "interest_rate_percent",
            "term_months",
            "outstanding_balance",
            "loan_to_value_percent",
            "status",
            "disbursed_at",
            "due_date",
            "repaid_at",
            *TIMESTAMPS,
        )
        read_only_fields = fields


# --- notifications ----------------------------------------------------------------
class NotificationSerializer(ModelSerializer):
    is_read = serializers.BooleanField(read_only=True)

    class Meta:
        model = models.Notification
        fields = (
            "id",
            "notification_type",
            "channel",
            "title",
            "body",
            "action_url",
            "data",
            "sent_at",
            "read_at",
            "is_read",
            "created_at",
        )
        read_only_fields = fields


class NotificationPreferenceSerializer(ModelSerializer):
    class Meta:
        model = models.NotificationPreference
        fields = (
            "id",
            "notification_type",
            "channel",
            "is_enabled",
            "frequency",
            "quiet_hours_start",
            "quiet_hours_end",
            *TIMESTAMPS,
        )
        read_only_fields = ("id", *TIMESTAMPS)
        validators = []  # (user, type, channel) uniqueness: the database answers 409


class MarkedReadSerializer(serializers.Serializer):
    """What ``notifications/mark-all-read`` answers: how many it marked read."""

    marked_read = serializers.IntegerField()
