"""Viewsets. Own rows are scoped in get_queryset (another user's id is a 404); catalogues
are readable by every authenticated client and written by staff only."""

from django.db import transaction
from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from portfolio import services
from portfolio.api import serializers as s
from portfolio.api.filters import NotificationFilterSet
from portfolio.choices import BasketStatus
from portfolio.models import (
    Achievement,
    AIExpert,
    AITip,
    AutoInvestRule,
    Basket,
    BasketAsset,
    BattlePass,
    Loan,
    LoanApplication,
    Notification,
    NotificationPreference,
    Portfolio,
    PortfolioHolding,
    Quest,
    RoundUpRule,
    Transaction,
    UserAchievement,
    UserAIInteraction,
    UserBattlePass,
    UserLevel,
    UserQuest,
)


class IsStaffOrReadOnly(permissions.BasePermission):
    def has_permission(self, request, view):
        return request.method in permissions.SAFE_METHODS or bool(request.user.is_staff)


class GuardedDestroyMixin:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would."""

    def perform_destroy(self, instance):
        services.delete_unless_referenced(instance)


class OwnedViewSet(viewsets.GenericViewSet):
    """Rows of the requesting user: ``owner_path`` is the lookup from the row to its user."""

    owner_path = "user"

    def scoped(self, queryset):
        if getattr(self, "swagger_fake_view", False):  # schema generation: no user
            return queryset.none()
        return queryset.filter(**{self.owner_path: self.request.user})

    def perform_create(self, serializer):
        extra = {"user": self.request.user} if self.owner_path == "user" else {}
        with transaction.atomic():  # a refused row leaves nothing behind
            serializer.save(**extra)


class CatalogueViewSet(GuardedDestroyMixin, viewsets.ModelViewSet):
    """Readable by every client; non-staff see only what is live (``public_filter``)."""

    permission_classes = (permissions.IsAuthenticated, IsStaffOrReadOnly)
    public_filter: dict = {}

    def visible(self, queryset):
        if getattr(self, "swagger_fake_view", False):
            return queryset.none()
        return queryset if self.request.user.is_staff else queryset.filter(**self.public_filter)


# --- portfolio & investments ------------------------------------------------
class PortfolioViewSet(
    GuardedDestroyMixin,
    OwnedViewSet,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
):
    serializer_class = s.PortfolioSerializer
    filterset_fields = ("status",)
    ordering_fields = ("created_at", "name")

    def get_queryset(self):
        return (
            self.scoped(Portfolio.objects)
            .prefetch_related(
                Prefetch("holdings", PortfolioHolding.objects.order_by("asset_symbol"))
            )
            .order_by("-created_at", "-id")
        )


class PortfolioHoldingViewSet(OwnedViewSet, mixins.ListModelMixin, mixins.RetrieveModelMixin):
    serializer_class = s.PortfolioHoldingSerializer
    owner_path = "portfolio__user"
    filterset_fields = ("portfolio", "asset_symbol", "basket")

    def get_queryset(self):
        return self.scoped(PortfolioHolding.objects).order_by("portfolio_id", "asset_symbol")


class BasketViewSet(CatalogueViewSet):
    serializer_class = s.BasketSerializer
    public_filter = {"status": BasketStatus.PUBLISHED}
    filterset_fields = ("status", "category", "risk_level", "chain")
    ordering_fields = ("name", "published_at")

    def get_queryset(self):
        return (
            self.visible(Basket.objects)
            .prefetch_related(
                Prefetch(
                    "assets", BasketAsset.objects.order_by("-allocation_percent", "asset_symbol")
                )
            )
            .order_by("name", "id")
        )

    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        basket = services.basket_publish(basket=self.get_object())
        return Response(self.get_serializer(basket).data)


# --- transactions ---------------------------------------------------------------
class TransactionViewSet(
    OwnedViewSet, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin
):
    """The user's ledger. POST places an order (buy/sell) through services.record_trade."""

    filterset_fields = ("portfolio", "transaction_type", "status", "asset_symbol", "source")
    ordering_fields = ("created_at", "amount")

    def get_serializer_class(self):
        return s.OrderSerializer if self.action == "create" else s.TransactionSerializer

    def get_queryset(self):
        return (
            self.scoped(Transaction.objects).prefetch_related("fees").order_by("-created_at", "-id")
        )

    def perform_create(self, serializer):
        serializer.save()

    @extend_schema(request=None, responses=s.TransactionSerializer)
    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        txn = services.cancel_transaction(transaction_id=self.get_object().pk)
        return Response(s.TransactionSerializer(txn, context=self.get_serializer_context()).data)


# --- gamification ---------------------------------------------------------------
class UserLevelView(APIView):
    """The requesting user's level (level 1, no XP, until they earn some)."""

    @extend_schema(responses=s.UserLevelSerializer)
    def get(self, request):
        level = UserLevel.objects.filter(user=request.user).first() or UserLevel(user=request.user)
        return Response(s.UserLevelSerializer(level).data)


class QuestViewSet(CatalogueViewSet):
    serializer_class = s.QuestSerializer
    public_filter = {"is_active": True}
    filterset_fields = ("category", "frequency", "is_active")

    def get_queryset(self):
        return self.visible(Quest.objects).order_by("title", "id")


class UserQuestViewSet(OwnedViewSet, mixins.ListModelMixin, mixins.RetrieveModelMixin):
    """The user's quest progress; ``claim`` collects a completed quest's XP."""

    serializer_class = s.UserQuestSerializer
    filterset_fields = ("status", "quest", "period")

    def get_queryset(self):
        return self.scoped(UserQuest.objects).select_related("quest").order_by("-created_at", "-id")

    @extend_schema(request=None)
    @action(detail=True, methods=["post"])
    def claim(self, request, pk=None):
        uq = services.quest_claim(user=request.user, user_quest_id=self.get_object().pk)
        return Response(self.get_serializer(uq).data)


class AchievementViewSet(CatalogueViewSet):
    serializer_class = s.AchievementSerializer
    public_filter = {"is_hidden": False}
    filterset_fields = ("category", "tier")

    def get_queryset(self):
        return self.visible(Achievement.objects).order_by("name", "id")


class UserAchievementViewSet(
    OwnedViewSet, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin
):
    serializer_class = s.UserAchievementSerializer
    filterset_fields = ("is_showcased",)
    http_method_names = ("get", "patch", "head", "options")

    def get_queryset(self):
        return (
            self.scoped(UserAchievement.objects)
            .select_related("achievement")
            .order_by("-earned_at", "-id")
        )


class BattlePassViewSet(CatalogueViewSet):
    serializer_class = s.BattlePassSerializer

    def get_queryset(self):
        return BattlePass.objects.order_by("-season")


class UserBattlePassViewSet(
    OwnedViewSet, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin
):
    """Enrol (POST a battle_pass) and read the user's season progress."""

    serializer_class = s.UserBattlePassSerializer

    def get_queryset(self):
        return self.scoped(UserBattlePass.objects).order_by("-created_at", "-id")


# --- AI -------------------------------------------------------------------------
class AIExpertViewSet(CatalogueViewSet):
    serializer_class = s.AIExpertSerializer
    public_filter = {"is_active": True}
    filterset_fields = ("specialty", "is_active")

    def get_queryset(self):
        return self.visible(AIExpert.objects).order_by("name", "id")


class AITipViewSet(CatalogueViewSet):
    serializer_class = s.AITipSerializer
    public_filter = {"is_published": True, "expert__is_active": True}
    filterset_fields = ("expert", "category", "basket")

    def get_queryset(self):
        return self.visible(AITip.objects).order_by("-published_at", "-id")


class UserAIInteractionViewSet(
    OwnedViewSet, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin
):
    """The user's questions to experts and reactions to tips (append-only)."""

    serializer_class = s.UserAIInteractionSerializer
    filterset_fields = ("expert", "interaction_type")

    def get_queryset(self):
        return self.scoped(UserAIInteraction.objects).order_by("-created_at", "-id")


# --- automation -------------------------------------------------------------------
class AutoInvestRuleViewSet(OwnedViewSet, viewsets.ModelViewSet):
    serializer_class = s.AutoInvestRuleSerializer
    owner_path = "portfolio__user"
    filterset_fields = ("portfolio", "status", "frequency")

    def get_queryset(self):
        return self.scoped(AutoInvestRule.objects).order_by("-created_at", "-id")


class RoundUpRuleViewSet(OwnedViewSet, viewsets.ModelViewSet):
    serializer_class = s.RoundUpRuleSerializer
    owner_path = "portfolio__user"
    filterset_fields = ("portfolio", "status")

    def get_queryset(self):
        return self.scoped(RoundUpRule.objects).order_by("-created_at", "-id")


# --- loans ------------------------------------------------------------------------
class LoanApplicationViewSet(
    OwnedViewSet,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
):
    """Drafts are editable; ``submit`` sends one for review, ``withdraw`` takes it back."""

    serializer_class = s.LoanApplicationSerializer
    filterset_fields = ("status", "purpose")

    def get_queryset(self):
        return self.scoped(LoanApplication.objects).order_by("-created_at", "-id")

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


class LoanViewSet(OwnedViewSet, mixins.ListModelMixin, mixins.RetrieveModelMixin):
    serializer_class = s.LoanSerializer
    filterset_fields = ("status",)

    def get_queryset(self):
        return self.scoped(Loan.objects).order_by("-created_at", "-id")


# --- notifications ----------------------------------------------------------------
class NotificationViewSet(
    OwnedViewSet, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.DestroyModelMixin
):
    serializer_class = s.NotificationSerializer
    filterset_class = NotificationFilterSet

    def get_queryset(self):
        return self.scoped(Notification.objects).order_by("-created_at", "-id")

    @extend_schema(request=None)
    @action(detail=True, methods=["post"], url_path="mark-read")
    def mark_read(self, request, pk=None):
        notification = self.get_object()
        services.notifications_mark_read(user=request.user, ids=[notification.pk])
        notification.refresh_from_db()
        return Response(self.get_serializer(notification).data)

    @extend_schema(request=None, responses={200: dict})
    @action(detail=False, methods=["post"], url_path="mark-all-read")
    def mark_all_read(self, request):
        count = services.notifications_mark_read(user=request.user)
        return Response({"marked_read": count}, status=status.HTTP_200_OK)


class NotificationPreferenceViewSet(OwnedViewSet, viewsets.ModelViewSet):
    serializer_class = s.NotificationPreferenceSerializer
    filterset_fields = ("notification_type", "channel")

    def get_queryset(self):
        return self.scoped(NotificationPreference.objects).order_by(
            "notification_type", "channel", "id"
        )
