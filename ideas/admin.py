"""Staff oversight of ideas. Status fields are read-only here: they change only
through ideas.services (the actions below call it), so the admin cannot skip a
transition rule."""

from django.contrib import admin, messages

from core.admin import BaseModelAdmin
from core.errors import DomainError
from ideas import services
from ideas.choices import AgentType
from ideas.models import AgentResult, BusinessIdea, Evaluation


class DeletedFilter(admin.SimpleListFilter):
    title = "deleted"
    parameter_name = "deleted"

    def lookups(self, request, model_admin):
        return (("no", "Not deleted"), ("yes", "Deleted (recoverable)"))

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.alive()
        if self.value() == "yes":
            return queryset.deleted()  # idea_deleted_idx
        return queryset


class AgentTypeFilter(admin.SimpleListFilter):
    """The agents this project runs; agent_type is open-ended, so no SELECT DISTINCT
    over the whole table (which a plain list_filter on the column would run)."""

    title = "agent type"
    parameter_name = "agent_type"

    def lookups(self, request, model_admin):
        return AgentType.choices

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(agent_type=self.value())  # agres_type_score_idx
        return queryset


class ServiceWrittenInline(admin.TabularInline):
    """Rows written through ideas.services (API or shell): shown, linked, never added,
    edited or deleted inline."""

    extra = 0
    show_change_link = True
    can_delete = False

    def get_readonly_fields(self, request, obj=None):
        return self.fields

    def has_add_permission(self, request, obj=None):
        return False


class EvaluationInline(ServiceWrittenInline):
    model = Evaluation
    fields = ("status", "priority", "started_at", "completed_at", "error_message", "created_at")
    ordering = ("-created_at",)


class AgentResultInline(ServiceWrittenInline):
    model = AgentResult
    fields = ("agent_type", "status", "score", "started_at", "completed_at", "error_message")
    ordering = ("agent_type",)


@admin.register(BusinessIdea)
class BusinessIdeaAdmin(BaseModelAdmin):
    list_display = ("title", "user", "status", "evaluation_count", "deleted_at", "created_at")
    list_filter = ("status", DeletedFilter)
    list_select_related = ("user",)
    search_fields = ("title", "user__email")
    autocomplete_fields = ("user",)
    date_hierarchy = "created_at"
    readonly_fields = ("status", "deleted_at", "created_at", "updated_at")
    fields = ("user", "title", "description", "status", "deleted_at", "created_at", "updated_at")
    inlines = (EvaluationInline,)
    actions = ("restore_ideas", "soft_delete_ideas")
    ordering = ("-created_at",)

    def get_queryset(self, request):
        # staff see soft-deleted ideas too (that is how they restore them)
        return super().get_queryset(request).with_evaluation_count()

    @admin.display(description="evaluations", ordering="evaluation_count")
    def evaluation_count(self, obj):
        return obj.evaluation_count

    @admin.action(description="Restore the selected soft-deleted ideas")
    def restore_ideas(self, request, queryset):
        ids = list(queryset.deleted().values_list("pk", flat=True))
        for idea_id in ids:
            services.idea_restore(idea_id=idea_id)
        self.message_user(request, f"Restored {len(ids)} idea(s).", messages.SUCCESS)

    @admin.action(description="Soft-delete the selected ideas (hide them from their owners)")
    def soft_delete_ideas(self, request, queryset):
        ids = list(queryset.alive().values_list("pk", flat=True))
        for idea_id in ids:
            services.idea_soft_delete(idea_id=idea_id)
        self.message_user(request, f"Soft-deleted {len(ids)} idea(s).", messages.SUCCESS)


@admin.register(Evaluation)
class EvaluationAdmin(BaseModelAdmin):
    addable = False  # evaluations are requested through the service (it checks the idea)
    list_display = (
        "id",
        "business_idea",
        "idea_owner",
        "status",
        "priority",
        "started_at",
        "completed_at",
        "created_at",
    )
    # created_at as a list filter, not date_hierarchy: the hierarchy lists its years with
    # SELECT DISTINCT DATE_TRUNC over the whole table on every load (docs/performance.md)
    list_filter = ("status", "priority", "created_at")
    list_select_related = ("business_idea", "business_idea__user")
    search_fields = ("business_idea__title", "business_idea__user__email", "error_message")
    autocomplete_fields = ("business_idea",)
    readonly_fields = (
        "status",
        "started_at",
        "completed_at",
        "results",
        "error_message",
        "created_at",
        "updated_at",
    )
    fields = ("business_idea", "priority", *readonly_fields)
    inlines = (AgentResultInline,)
    actions = ("retry_failed",)
    ordering = ("-created_at",)

    @admin.display(description="owner", ordering="business_idea__user__email")
    def idea_owner(self, obj):
        return obj.business_idea.user

    @admin.action(description="Retry the selected failed evaluations")
    def retry_failed(self, request, queryset):
        retried, refused = 0, []
        for evaluation_id in queryset.values_list("pk", flat=True):
            try:
                services.evaluation_retry(evaluation_id=evaluation_id)
                retried += 1
            except DomainError as exc:
                refused.append(exc.message)
        if retried:
            self.message_user(request, f"Queued {retried} evaluation(s) again.", messages.SUCCESS)
        for message in refused:
            self.message_user(request, message, messages.WARNING)


@admin.register(AgentResult)
class AgentResultAdmin(BaseModelAdmin):
    list_display = ("agent_type", "evaluation", "status", "score", "completed_at", "created_at")
    # created_at as a list filter, not date_hierarchy: the hierarchy lists its years with
    # SELECT DISTINCT DATE_TRUNC over the whole table on every load (docs/performance.md)
    list_filter = (AgentTypeFilter, "status", "created_at")
    list_select_related = ("evaluation",)
    search_fields = (
        "evaluation__business_idea__title",
        "evaluation__business_idea__user__email",
        "error_message",
    )
    autocomplete_fields = ("evaluation",)
    readonly_fields = [f.name for f in AgentResult._meta.fields if f.name != "id"]
    ordering = ("-created_at",)
    addable = False  # agents write results through ideas.services
