from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from core.admin import TIMESTAMPS, BaseModelAdmin
from research import models
from research.choices import AnalysisStatus

TREE_LIMIT = 100


def _definition_links(rows) -> str:
    return format_html_join(
        "",
        '<li>{}<a href="{}">{}</a></li>',
        (
            (
                "— " * (row.depth - 1),
                reverse("admin:research_definition_change", args=[row.pk]),
                row.name,
            )
            for row in rows
        ),
    )


class IsRootFilter(admin.SimpleListFilter):
    title = "root"
    parameter_name = "is_root"

    def lookups(self, request, model_admin):
        return (("yes", "Root definitions"), ("no", "Forks"))

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(parent__isnull=True)
        if self.value() == "no":
            return queryset.filter(parent__isnull=False)
        return queryset


@admin.register(models.Definition)
class DefinitionAdmin(BaseModelAdmin):
    list_display = ("name", "parent", "created_at")
    list_select_related = ("parent",)
    list_filter = (IsRootFilter, "created_at")
    search_fields = ("name", "=id")
    autocomplete_fields = ("parent",)
    readonly_fields = ("id", "ancestry", "descendant_tree", *TIMESTAMPS)
    fields = ("id", "name", "parent", "content", "ancestry", "descendant_tree", *TIMESTAMPS)
    ordering = ("-created_at", "-id")

    @admin.display(description="Ancestry (parent first)")
    def ancestry(self, obj):
        if obj.pk is None:
            return "—"
        rows = list(models.Definition.objects.ancestors(obj.pk)[:TREE_LIMIT])
        if not rows:
            return "Root definition"
        return format_html("<ol>{}</ol>", _definition_links(rows))

    @admin.display(description="Forks (children and below)")
    def descendant_tree(self, obj):
        if obj.pk is None:
            return "—"
        rows = list(models.Definition.objects.descendants(obj.pk)[:TREE_LIMIT])
        if not rows:
            return "No forks"
        more = f" (first {TREE_LIMIT} shown)" if len(rows) == TREE_LIMIT else ""
        return format_html("<ul>{}</ul>{}", _definition_links(rows), more)

    @staticmethod
    def kept_because(obj) -> str:
        """Why the database keeps this definition ("" when it may go): history stays."""
        reasons = [
            what
            for what, related in (("forks", obj.children), ("runs", obj.runs))
            if related.exists()
        ]
        return f"it has {' and '.join(reasons)}; history is kept" if reasons else ""

    def delete_view(self, request, object_id, extra_context=None):
        # a definition with forks or runs is refused with the reason, not "no permission"
        obj = self.get_object(request, object_id)
        reason = self.kept_because(obj) if obj is not None else ""
        if reason:
            self.message_user(request, f"{obj} cannot be deleted: {reason}.", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:research_definition_change", args=[obj.pk]))
        return super().delete_view(request, object_id, extra_context)

    def delete_queryset(self, request, queryset):
        kept = [(obj, self.kept_because(obj)) for obj in queryset]
        for obj, reason in kept:
            if reason:
                self.message_user(request, f"{obj} not deleted: {reason}.", messages.ERROR)
        blocked = [obj.pk for obj, reason in kept if reason]
        super().delete_queryset(request, queryset.exclude(pk__in=blocked))


class TranscriptInline(admin.StackedInline):
    model = models.Transcript
    extra = 0
    classes = ("collapse",)
    show_change_link = True
    autocomplete_fields = ("scenario",)
    fields = (
        "target_model",
        "scenario",
        "turn_count",
        "token_count",
        "duration_ms",
        "content",
    )
    readonly_fields = ("content",)


@admin.register(models.Run)
class RunAdmin(BaseModelAdmin):
    list_display = ("id", "definition", "experiment", "status", "created_at")
    list_select_related = ("definition", "experiment")
    list_filter = ("status", "created_at")
    search_fields = ("=id", "definition__name")
    autocomplete_fields = ("definition", "experiment")
    readonly_fields = ("id", *TIMESTAMPS)
    inlines = (TranscriptInline,)
    ordering = ("-created_at", "-id")

    def save_model(self, request, obj, form, change):
        from research.services import run_save

        run_save(run=obj, actor=request.user)  # audited; a finished run stays finished


@admin.register(models.Transcript)
class TranscriptAdmin(BaseModelAdmin):
    list_display = (
        "id",
        "run",
        "target_model",
        "turn_count",
        "token_count",
        "duration_ms",
        "created_at",
    )
    list_select_related = ("run",)
    list_filter = ("created_at",)
    search_fields = ("=id", "=run__id", "target_model")
    autocomplete_fields = ("run", "scenario")
    readonly_fields = ("id", *TIMESTAMPS)
    ordering = ("-created_at", "-id")


@admin.register(models.Scenario)
class ScenarioAdmin(BaseModelAdmin):
    list_display = ("id", "definition", "created_at")
    list_select_related = ("definition",)
    list_filter = ("created_at",)
    search_fields = ("=id", "definition__name")
    autocomplete_fields = ("definition",)
    readonly_fields = ("id", *TIMESTAMPS)
    ordering = ("-created_at", "-id")


@admin.register(models.Experiment)
class ExperimentAdmin(BaseModelAdmin):
    list_display = ("name", "created_at")
    list_filter = ("created_at",)
    search_fields = ("name", "hypothesis")
    readonly_fields = ("id", *TIMESTAMPS)
    ordering = ("-created_at", "-id")


@admin.register(models.RunComparison)
class RunComparisonAdmin(BaseModelAdmin):
    list_display = ("id", "baseline_run", "comparison_run", "experiment", "created_at")
    list_select_related = ("baseline_run", "comparison_run", "experiment")
    list_filter = ("created_at",)
    search_fields = ("=id", "=baseline_run__id", "=comparison_run__id")
    autocomplete_fields = ("baseline_run", "comparison_run", "experiment")
    readonly_fields = ("id", *TIMESTAMPS)
    ordering = ("-created_at", "-id")


@admin.register(models.AnalysisResult)
class AnalysisResultAdmin(BaseModelAdmin):
    """Read-only: results are versions written by research.services.analysis_record."""

    addable = changeable = False

    list_display = ("analysis_type", "run", "version", "current", "superseded_at", "created_at")
    list_select_related = ("run",)
    list_filter = ("status", "analysis_type")
    search_fields = ("=run__id", "analysis_type", "input_hash")
    readonly_fields = (
        "id",
        "run",
        "analysis_type",
        "version",
        "status",
        "superseded_at",
        "input_hash",
        "code_version",
        "output",
        "created_at",
    )
    ordering = ("-created_at", "-id")

    @admin.display(boolean=True, description="current", ordering="status")
    def current(self, obj):
        return obj.status == AnalysisStatus.CURRENT


@admin.register(models.Rubric)
class RubricAdmin(BaseModelAdmin):
    list_display = ("version", "created_at")
    search_fields = ("=version",)
    readonly_fields = ("id", *TIMESTAMPS)
    ordering = ("-version",)
