"""Staff admin for all 22 portfolio models.

Holdings are read-only (they change only through transactions); a settled transaction is
read-only; a row other rows still reference (a basket in use, a quest being tracked, a
portfolio with transactions) offers no delete; loan applications are decided by actions.
"""

from django import forms
from django.contrib import admin, messages

from core.admin import TIMESTAMPS, BaseModelAdmin
from core.errors import DomainError
from core.presentation import percent, quantity
from portfolio import models, services
from portfolio.choices import LoanApplicationStatus, TransactionStatus


class BaseAdmin(BaseModelAdmin):
    """The core admin base, plus: no delete while PROTECT/NO ACTION references exist."""

    def has_delete_permission(self, request, obj=None):
        if obj is not None and services.blocking_references(obj):
            return False
        return super().has_delete_permission(request, obj)

    def delete_queryset(self, request, queryset):
        blocked = [obj for obj in queryset if services.blocking_references(obj)]
        if blocked:
            names = ", ".join(str(obj) for obj in blocked)
            self.message_user(request, f"Not deleted, still referenced: {names}.", messages.ERROR)
            queryset = queryset.exclude(pk__in=[obj.pk for obj in blocked])
        super().delete_queryset(request, queryset)


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


# --- portfolio & investments ------------------------------------------------
class PortfolioHoldingInline(ReadOnlyInline):
    model = models.PortfolioHolding
    fields = ("asset_symbol", "basket", "quantity", "average_cost", "last_transaction_at")


@admin.register(models.Portfolio)
class PortfolioAdmin(BaseAdmin):
    list_display = ("name", "user", "status", "base_currency", "is_default", "chain", "created_at")
    list_filter = ("status", "chain", "is_default")
    list_select_related = ("user",)
    search_fields = ("name", "user__email", "wallet_address")
    autocomplete_fields = ("user",)
    inlines = (PortfolioHoldingInline,)


@admin.register(models.PortfolioHolding)
class PortfolioHoldingAdmin(BaseAdmin):
    """Read-only: holdings change only through transactions (services.record_trade)."""

    list_display = ("portfolio", "asset_symbol", "basket", "quantity", "average_cost")
    list_filter = ("basket",)
    list_select_related = ("portfolio", "basket")
    search_fields = ("asset_symbol", "portfolio__name", "portfolio__user__email")
    addable = changeable = False


class BasketAssetFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        assets = [
            form.cleaned_data
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        try:
            services.check_allocation(assets, status=self.instance.status)
        except DomainError as exc:
            raise forms.ValidationError(exc.message) from exc


class BasketAssetInline(admin.TabularInline):
    model = models.BasketAsset
    formset = BasketAssetFormSet
    extra = 1
    fields = ("asset_symbol", "asset_name", "token_address", "allocation_percent")


class BasketForm(forms.ModelForm):
    class Meta:
        model = models.Basket
        fields = (
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
        )

    def clean(self):
        cleaned = super().clean()
        if "status" in cleaned:
            cleaned["published_at"] = services.publication_date(
                status=cleaned["status"], published_at=cleaned.get("published_at")
            )
        return cleaned


@admin.register(models.Basket)
class BasketAdmin(BaseAdmin):
    form = BasketForm
    list_display = (
        "name",
        "symbol",
        "category",
        "risk_level",
        "status",
        "chain",
        "allocation",
        "published_at",
    )
    list_filter = ("status", "category", "risk_level", "chain")
    search_fields = ("name", "symbol", "slug", "contract_address")
    prepopulated_fields = {"slug": ("name",)}
    readonly_fields = ("allocation",)
    inlines = (BasketAssetInline,)
    actions = ("publish",)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("assets")

    @admin.display(description="Allocation total")
    def allocation(self, obj):
        return percent(obj.allocation_total) if obj.pk else "—"

    @admin.action(description="Publish the selected baskets (allocations must add up to 100 %%)")
    def publish(self, request, queryset):
        for basket in queryset:
            try:
                services.basket_publish(basket=basket)
            except DomainError as exc:
                self.message_user(request, f"{basket}: {exc.message}", messages.ERROR)
            else:
                self.message_user(request, f"{basket}: published.", messages.SUCCESS)


@admin.register(models.BasketAsset)
class BasketAssetAdmin(BaseAdmin):
    list_display = ("basket", "asset_symbol", "asset_name", "allocation_percent")
    list_select_related = ("basket",)
    search_fields = ("asset_symbol", "asset_name", "basket__name")
    autocomplete_fields = ("basket",)


# --- transactions ---------------------------------------------------------------
class TransactionFeeInline(ReadOnlyInline):
    model = models.TransactionFee
    fields = ("fee_type", "amount", "currency", "rate_percent")


@admin.register(models.Transaction)
class TransactionAdmin(BaseAdmin):
    """Orders are placed through the service (API); staff settle or cancel pending ones."""

    list_display = (
        "id",
        "user",
        "portfolio",
        "trade",
        "amount",
        "status",
        "created_at",
    )  # the amount shows its currency (core.presentation); the source is a filter
    # created_at as a list filter, not date_hierarchy: the hierarchy lists its years with
    # SELECT DISTINCT DATE_TRUNC over the whole table on every load (docs/performance.md)
    list_filter = ("status", "transaction_type", "source", "chain", "created_at")
    list_select_related = ("user", "portfolio")
    search_fields = ("asset_symbol", "tx_hash", "user__email", "portfolio__name")
    autocomplete_fields = ("user", "portfolio", "basket")
    inlines = (TransactionFeeInline,)
    actions = ("settle", "cancel")
    addable = deletable = False

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.status != TransactionStatus.PENDING:
            return [f.name for f in self.model._meta.fields]
        return (
            "user",
            "portfolio",
            "basket",
            "transaction_type",
            "status",
            "asset_symbol",
            "quantity",
            "price",
            "amount",
            "currency",
            "settled_at",
            *TIMESTAMPS,
        )

    @admin.display(description="trade", ordering="transaction_type")
    def trade(self, obj):
        """ "Buy 3 SOL": type, quantity and asset in one column (fits at 1280 px)."""
        parts = [obj.get_transaction_type_display()]
        if obj.quantity is not None:
            parts.append(quantity(obj.quantity))
        return " ".join([*parts, obj.asset_symbol or ""]).strip()

    def _run(self, request, queryset, service):
        for txn in queryset:
            try:
                done = service(transaction_id=txn.pk, actor=request.user)
            except DomainError as exc:
                self.message_user(request, f"Transaction {txn.pk}: {exc.message}", messages.ERROR)
            else:
                self.message_user(
                    request, f"Transaction {txn.pk}: {done.status}.", messages.SUCCESS
                )

    @admin.action(description="Settle the selected pending transactions")
    def settle(self, request, queryset):
        self._run(request, queryset, services.settle_transaction)

    @admin.action(description="Cancel the selected pending transactions")
    def cancel(self, request, queryset):
        self._run(request, queryset, services.cancel_transaction)


@admin.register(models.TransactionFee)
class TransactionFeeAdmin(BaseAdmin):
    list_display = ("transaction", "fee_type", "amount", "currency", "rate_percent")
    list_filter = ("fee_type",)
    list_select_related = ("transaction",)
    search_fields = ("transaction__tx_hash", "transaction__asset_symbol")
    autocomplete_fields = ("transaction",)


# --- gamification ---------------------------------------------------------------
@admin.register(models.UserLevel)
class UserLevelAdmin(BaseAdmin):
    list_display = (
        "user",
        "level",
        "experience_points",
        "current_streak_days",
        "longest_streak_days",
    )
    list_select_related = ("user",)
    search_fields = ("user__email",)
    autocomplete_fields = ("user",)


@admin.register(models.Quest)
class QuestAdmin(BaseAdmin):
    list_display = (
        "title",
        "slug",
        "category",
        "frequency",
        "target_count",
        "xp_reward",
        "is_active",
    )
    list_filter = ("is_active", "category", "frequency")
    list_editable = ("is_active",)
    search_fields = ("title", "slug")
    prepopulated_fields = {"slug": ("title",)}


@admin.register(models.UserQuest)
class UserQuestAdmin(BaseAdmin):
    list_display = ("user", "quest", "period", "status", "progress", "completed_at")
    list_filter = ("status", "quest")
    list_select_related = ("user", "quest")
    search_fields = ("user__email", "quest__title", "period")
    autocomplete_fields = ("user", "quest")


@admin.register(models.Achievement)
class AchievementAdmin(BaseAdmin):
    list_display = ("name", "slug", "category", "tier", "xp_reward", "is_hidden")
    list_filter = ("category", "tier", "is_hidden")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(models.UserAchievement)
class UserAchievementAdmin(BaseAdmin):
    list_display = ("user", "achievement", "earned_at", "is_showcased")
    list_filter = ("achievement",)
    list_select_related = ("user", "achievement")
    search_fields = ("user__email", "achievement__name")
    autocomplete_fields = ("user", "achievement")
    readonly_fields = ("earned_at",)


@admin.register(models.BattlePass)
class BattlePassAdmin(BaseAdmin):
    list_display = (
        "season",
        "name",
        "starts_at",
        "ends_at",
        "max_tier",
        "premium_price",
        "currency",
    )
    search_fields = ("name",)


@admin.register(models.UserBattlePass)
class UserBattlePassAdmin(BaseAdmin):
    list_display = ("user", "battle_pass", "is_premium", "current_tier", "experience_points")
    list_filter = ("battle_pass", "is_premium")
    list_select_related = ("user", "battle_pass")
    search_fields = ("user__email", "battle_pass__name")
    autocomplete_fields = ("user", "battle_pass")


# --- AI -------------------------------------------------------------------------
@admin.register(models.AIExpert)
class AIExpertAdmin(BaseAdmin):
    list_display = (
        "name",
        "slug",
        "specialty",
        "risk_profile",
        "model_name",
        "accuracy_percent",
        "is_active",
    )
    list_filter = ("is_active", "specialty")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(models.AITip)
class AITipAdmin(BaseAdmin):
    list_display = (
        "title",
        "expert",
        "category",
        "risk_level",
        "basket",
        "is_published",
        "published_at",
    )
    list_filter = ("is_published", "category", "expert")
    list_select_related = ("expert", "basket")
    search_fields = ("title", "content", "asset_symbol")
    autocomplete_fields = ("expert", "basket")


@admin.register(models.UserAIInteraction)
class UserAIInteractionAdmin(BaseAdmin):
    list_display = ("user", "expert", "interaction_type", "rating", "tokens_used", "created_at")
    list_filter = ("interaction_type", "expert")
    list_select_related = ("user", "expert")
    search_fields = ("user__email", "prompt")
    autocomplete_fields = ("user", "expert", "tip")
    readonly_fields = ("created_at",)


# --- automation -------------------------------------------------------------------
@admin.register(models.AutoInvestRule)
class AutoInvestRuleAdmin(BaseAdmin):
    list_display = (
        "portfolio",
        "target",
        "amount",
        "currency",
        "frequency",
        "status",
        "next_run_at",
    )
    list_filter = ("status", "frequency")
    list_select_related = ("portfolio", "basket")
    search_fields = ("name", "asset_symbol", "portfolio__name", "portfolio__user__email")
    autocomplete_fields = ("portfolio", "basket")


@admin.register(models.RoundUpRule)
class RoundUpRuleAdmin(BaseAdmin):
    list_display = ("portfolio", "target", "round_up_to", "multiplier", "pending_amount", "status")
    list_filter = ("status",)
    list_select_related = ("portfolio", "basket")
    search_fields = ("asset_symbol", "portfolio__name", "portfolio__user__email")
    autocomplete_fields = ("portfolio", "basket")


# --- loans ------------------------------------------------------------------------
@admin.register(models.LoanApplication)
class LoanApplicationAdmin(BaseAdmin):
    """Staff set the offered rate, then approve (opens the loan) or reject."""

    list_display = (
        "id",
        "user",
        "requested_amount",
        "currency",
        "term_months",
        "purpose",
        "status",
        "submitted_at",
        "reviewed_by",
    )
    list_filter = ("status", "purpose")
    list_select_related = ("user", "reviewed_by")
    search_fields = ("user__email", "decision_note")
    autocomplete_fields = ("user", "portfolio")
    readonly_fields = ("status", "submitted_at", "reviewed_by", "reviewed_at")
    actions = ("approve", "reject")
    deletable = False

    @admin.action(description="Approve the selected applications (opens their loans)")
    def approve(self, request, queryset):
        for app in queryset:
            if app.status not in (
                LoanApplicationStatus.SUBMITTED,
                LoanApplicationStatus.UNDER_REVIEW,
            ):
                self.message_user(
                    request,
                    f"{app}: only a submitted application can be approved (this one is "
                    f"{app.get_status_display().lower()}).",
                    messages.ERROR,
                )
                continue
            if app.offered_interest_rate_percent is None:
                self.message_user(
                    request, f"{app}: set the offered interest rate first.", messages.ERROR
                )
                continue
            try:
                services.loan_application_approve(
                    application_id=app.pk,
                    reviewer=request.user,
                    interest_rate_percent=app.offered_interest_rate_percent,
                    note=app.decision_note,
                )
            except DomainError as exc:
                self.message_user(request, f"{app}: {exc.message}", messages.ERROR)
            else:
                self.message_user(request, f"{app}: approved, loan opened.", messages.SUCCESS)

    @admin.action(description="Reject the selected applications")
    def reject(self, request, queryset):
        for app in queryset:
            try:
                services.loan_application_reject(
                    application_id=app.pk, reviewer=request.user, note=app.decision_note
                )
            except DomainError as exc:
                self.message_user(request, f"{app}: {exc.message}", messages.ERROR)
            else:
                self.message_user(request, f"{app}: rejected.", messages.SUCCESS)


@admin.register(models.Loan)
class LoanAdmin(BaseAdmin):
    list_display = (
        "id",
        "user",
        "principal",
        "currency",
        "interest_rate_percent",
        "outstanding_balance",
        "status",
        "due_date",
    )
    list_filter = ("status",)
    list_select_related = ("user",)
    search_fields = ("user__email",)
    autocomplete_fields = ("user", "portfolio")
    raw_id_fields = ("application",)
    deletable = False


# --- notifications ----------------------------------------------------------------
@admin.register(models.Notification)
class NotificationAdmin(BaseAdmin):
    list_display = (
        "title",
        "user",
        "notification_type",
        "channel",
        "sent_at",
        "read_at",
        "created_at",
    )
    list_filter = ("notification_type", "channel")
    list_select_related = ("user",)
    search_fields = ("title", "user__email")
    autocomplete_fields = ("user",)


@admin.register(models.NotificationPreference)
class NotificationPreferenceAdmin(BaseAdmin):
    list_display = ("user", "notification_type", "channel", "is_enabled", "frequency")
    list_filter = ("notification_type", "channel", "frequency")
    list_select_related = ("user",)
    search_fields = ("user__email",)
    autocomplete_fields = ("user",)
