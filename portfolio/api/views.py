"""Viewsets. Each declares its scope (core.api.scopes): own rows are ``Owner``, the
catalogues (baskets, quests, ...) are ``Catalogue``: read by portfolio users, where
non-staff see only the live rows, and written by staff."""

from django.db.models import Prefetch, Q
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.response import Response

from core.api.embed import EmbedMixin, include_parameter
from core.api.scopes import Catalogue, Owner, Self
from core.api.viewsets import ScopedAPIView, ScopedModelViewSet, ScopedViewSet
from portfolio import models, services
from portfolio.api import serializers as s
from portfolio.api.filters import NotificationFilterSet
from portfolio.choices import BasketStatus


class GuardedDestroyMixin:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would."""

    def perform_destroy(self, instance):
        services.delete_unless_referenced(instance)


# --- portfolio & investments ------------------------------------------------
def holdings_by_symbol():
    return Prefetch("holdings", models.PortfolioHolding.objects.order_by("asset_symbol"))


@extend_schema_view(
    list=extend_schema(
        parameters=[
            include_parameter(
                "`holdings`: each portfolio's holdings, by asset symbol. They are always "
                "embedded (one more query for the whole page, whatever its size); the "
                "parameter is accepted as on the other lists.",
                "holdings",
            )
        ]
    )
)
class PortfolioViewSet(
    EmbedMixin,
    GuardedDestroyMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    ScopedViewSet,
):
    scope = Owner("user")
    queryset = models.Portfolio.objects.prefetch_related(holdings_by_symbol())
    serializer_class = s.PortfolioSerializer
    embeddable = {"holdings": lambda: []}  # always embedded (the queryset's prefetch)
    filterset_fields = ("status",)
    ordering_fields = ("created_at", "name")


class PortfolioHoldingViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ScopedViewSet):
    scope = Owner("portfolio__user")
    queryset = models.PortfolioHolding.objects.all()
    serializer_class = s.PortfolioHoldingSerializer
    filterset_fields = ("portfolio", "asset_symbol", "basket")
    ordering = ("portfolio_id", "asset_symbol")


class BasketViewSet(GuardedDestroyMixin, ScopedModelViewSet):
    scope = Catalogue(public=Q(status=BasketStatus.PUBLISHED))
    queryset = models.Basket.objects.prefetch_related(
        Prefetch(
            "assets", models.BasketAsset.objects.order_by("-allocation_percent", "asset_symbol")
        )
    )
    serializer_class = s.BasketSerializer
    filterset_fields = ("status", "category", "risk_level", "chain")
    ordering_fields = ("name", "published_at")
    ordering = ("name", "id")

    @extend_schema(request=None)
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        basket = services.basket_publish(basket=self.get_object())
        return Response(self.get_serializer(basket).data)


# --- transactions ---------------------------------------------------------------
class TransactionViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, ScopedViewSet
):
    """The user's ledger. POST places an order (buy/sell) through services.record_trade."""

    scope = Owner("user")
    queryset = models.Transaction.objects.prefetch_related("fees")
    filterset_fields = ("portfolio", "transaction_type", "status", "asset_symbol", "source")
    ordering_fields = ("created_at", "amount")

    def get_serializer_class(self):
        return s.OrderSerializer if self.action == "create" else s.TransactionSerializer

    def perform_create(self, serializer):
        serializer.save()  # services.record_trade sets the owner

    @extend_schema(request=None, responses=s.TransactionSerializer)
    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        txn = services.cancel_transaction(transaction_id=self.get_object().pk)
        return Response(s.TransactionSerializer(txn, context=self.get_serializer_context()).data)


# --- gamification ---------------------------------------------------------------
class UserLevelView(ScopedAPIView):
    """The requesting user's level (level 1, no XP, until they earn some)."""

    scope = Self()
    product = "portfolio"

    @extend_schema(responses=s.UserLevelSerializer)
    def get(self, request):
        level = models.UserLevel.objects.filter(user=request.user).first() or models.UserLevel(
            user=request.user
        )
        return Response(s.UserLevelSerializer(level).data)


class QuestViewSet(GuardedDestroyMixin, ScopedModelViewSet):
    scope = Catalogue(public=Q(is_active=True))
    queryset = models.Quest.objects.all()
    serializer_class = s.QuestSerializer
    filterset_fields = ("category", "frequency", "is_active")
    ordering = ("title", "id")


class UserQuestViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ScopedViewSet):
    """The user's quest progress; ``claim`` collects a completed quest's XP."""

    scope = Owner("user")
    queryset = models.UserQuest.objects.select_related("quest")
    serializer_class = s.UserQuestSerializer
    filterset_fields = ("status", "quest", "period")

    @extend_schema(request=None)
    @action(detail=True, methods=["post"])
    def claim(self, request, pk=None):
        uq = services.quest_claim(user=request.user, user_quest_id=self.get_object().pk)
        return Response(self.get_serializer(uq).data)


class AchievementViewSet(GuardedDestroyMixin, ScopedModelViewSet):
    scope = Catalogue(public=Q(is_hidden=False))
    queryset = models.Achievement.objects.all()
    serializer_class = s.AchievementSerializer
    filterset_fields = ("category", "tier")
    ordering = ("name", "id")


class UserAchievementViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin, ScopedViewSet
):
    scope = Owner("user")
    queryset = models.UserAchievement.objects.select_related("achievement")
    serializer_class = s.UserAchievementSerializer
    filterset_fields = ("is_showcased",)
    http_method_names = ("get", "patch", "head", "options")
    ordering = ("-earned_at", "-id")


class BattlePassViewSet(GuardedDestroyMixin, ScopedModelViewSet):
    scope = Catalogue()
    queryset = models.BattlePass.objects.all()
    serializer_class = s.BattlePassSerializer
    ordering = ("-season",)


class UserBattlePassViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, ScopedViewSet
):
    """Enrol (POST a battle_pass) and read the user's season progress."""

    scope = Owner("user")
    queryset = models.UserBattlePass.objects.all()
    serializer_class = s.UserBattlePassSerializer


# --- AI -------------------------------------------------------------------------
class AIExpertViewSet(GuardedDestroyMixin, ScopedModelViewSet):
    scope = Catalogue(public=Q(is_active=True))
    queryset = models.AIExpert.objects.all()
    serializer_class = s.AIExpertSerializer
    filterset_fields = ("specialty", "is_active")
    ordering = ("name", "id")


class AITipViewSet(GuardedDestroyMixin, ScopedModelViewSet):
    scope = Catalogue(public=Q(is_published=True, expert__is_active=True))
    queryset = models.AITip.objects.all()
    serializer_class = s.AITipSerializer
    filterset_fields = ("expert", "category", "basket")
    ordering = ("-published_at", "-id")


class UserAIInteractionViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, ScopedViewSet
):
    """The user's questions to experts and reactions to tips (append-only)."""

    scope = Owner("user")
    queryset = models.UserAIInteraction.objects.all()
    serializer_class = s.UserAIInteractionSerializer
    filterset_fields = ("expert", "interaction_type")


# --- automation -------------------------------------------------------------------
class AutoInvestRuleViewSet(ScopedModelViewSet):
    scope = Owner("portfolio__user")
    queryset = models.AutoInvestRule.objects.all()
    serializer_class = s.AutoInvestRuleSerializer
    filterset_fields = ("portfolio", "status", "frequency")


class RoundUpRuleViewSet(ScopedModelViewSet):
    scope = Owner("portfolio__user")
    queryset = models.RoundUpRule.objects.all()
    serializer_class = s.RoundUpRuleSerializer
    filterset_fields = ("portfolio", "status")


# --- loans ------------------------------------------------------------------------
class LoanApplicationViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    ScopedViewSet,
):
    """Drafts are editable; ``submit`` sends one for review, ``withdraw`` takes it back."""

    scope = Owner("user")
    queryset = models.LoanApplication.objects.all()
    serializer_class = s.LoanApplicationSerializer
    filterset_fields = ("status", "purpose")

    @extend_schema(request=None)
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        app = services.loan_application_submit(
            user=request.user, application_id=self.get_object().pk
        )
        return Response(self.get_serializer(app).data)

    @extend_schema(request=None)
    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        app = services.loan_application_withdraw(
            user=request.user, application_id=self.get_object().pk
        )
        return Response(self.get_serializer(app).data)


class LoanViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ScopedViewSet):
    scope = Owner("user")
    queryset = models.Loan.objects.all()
    serializer_class = s.LoanSerializer
    filterset_fields = ("status",)


# --- notifications ----------------------------------------------------------------
class NotificationViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.DestroyModelMixin, ScopedViewSet
):
    scope = Owner("user")
    queryset = models.Notification.objects.all()
    serializer_class = s.NotificationSerializer
    filterset_class = NotificationFilterSet

    @extend_schema(request=None)
    @action(detail=True, methods=["post"], url_path="mark-read")
    def mark_read(self, request, pk=None):
        notification = self.get_object()
        services.notifications_mark_read(user=request.user, ids=[notification.pk])
        notification.refresh_from_db()
        return Response(self.get_serializer(notification).data)

    @extend_schema(request=None, responses=s.MarkedReadSerializer)
    @action(detail=False, methods=["post"], url_path="mark-all-read")
    def mark_all_read(self, request):
        count = services.notifications_mark_read(user=request.user)
        return Response({"marked_read": count}, status=status.HTTP_200_OK)


class NotificationPreferenceViewSet(ScopedModelViewSet):
    scope = Owner("user")
    queryset = models.NotificationPreference.objects.all()
    serializer_class = s.NotificationPreferenceSerializer
    filterset_fields = ("notification_type", "channel")
    ordering = ("notification_type", "channel", "id")
