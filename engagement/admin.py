"""Admin for the engagement operations team: approval queue, escalation queue, relationships.

Approval, rejection, deletion of replies and every escalation change go through
engagement.services, which write the AuditLog row in the same transaction.
Posts and decisions leave the database only through the retention command
(``manage.py engagement_retention``), authors and audit rows never through the admin.
"""

from django import forms
from django.contrib import admin
from django.db.models import Count, Q, Sum
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from core.admin import BaseModelAdmin, service_action
from engagement import services
from engagement.choices import (
    ApprovalStatus,
    EscalationPriority,
    EscalationStatus,
    escalation_priority_value,
)
from engagement.models import (
    AuditLog,
    Author,
    CommunityChampion,
    CompetitiveMention,
    Competitor,
    Decision,
    Escalation,
    Experiment,
    KpiMetric,
    LearningEvent,
    Post,
    RandomizedExperiment,
    Reply,
    RetentionRun,
    SegmentedWeight,
    WeightAdjustmentLog,
)

RECENT_POSTS = 20


# --- relationship memory -------------------------------------------------------------------


class CommunityChampionInline(admin.StackedInline):
    model = CommunityChampion
    extra = 0
    max_num = 1
    readonly_fields = ("engagement_count", "created_at", "updated_at")


@admin.register(Author)
class AuthorAdmin(BaseModelAdmin):
    deletable = False  # authors are the permanent relationship memory
    list_display = (
        "handle",
        "platform",
        "follower_count",
        "is_power_user",
        "power_tier",
        "relationship_score",
        "last_seen_at",
    )
    list_filter = ("platform", "is_power_user")
    search_fields = ("=handle", "=platform_id")
    readonly_fields = ("first_seen_at", "recent_posts")
    inlines = (CommunityChampionInline,)

    @admin.display(description="Posts (most recent first)")
    def recent_posts(self, obj):
        if obj is None or obj.pk is None:
            return "-"
        posts = list(obj.posts.order_by("-detected_at", "-id")[:RECENT_POSTS])
        changelist = reverse("admin:engagement_post_changelist") + f"?author__id__exact={obj.pk}"
        rows = format_html_join(
            "",
            '<li><a href="{}">{}</a> · {} · {}</li>',
            (
                (
                    reverse("admin:engagement_post_change", args=[p.pk]),
                    p.detected_at.strftime("%Y-%m-%d %H:%M"),
                    ", ".join(p.keyword_matches),
                    Truncator(p.content).chars(120),
                )
                for p in posts
            ),
        )
        return format_html('<ul>{}</ul><a href="{}">All posts of this author</a>', rows, changelist)


@admin.register(Post)
class PostAdmin(BaseModelAdmin):
    deletable = False  # posts leave through the retention command (archived first)
    list_display = (
        "platform_post_id",
        "platform",
        "author",
        "detected_at",
        "processed_at",
        "error_count",
        "spam_filtered",
    )
    list_filter = ("platform", ("processed_at", admin.EmptyFieldListFilter))
    list_select_related = ("author",)
    autocomplete_fields = ("author",)
    search_fields = ("=platform_post_id", "=author__handle")
    readonly_fields = ("error_count",)
    ordering = ("-detected_at", "-id")


@admin.register(Decision)
class DecisionAdmin(BaseModelAdmin):
    deletable = False
    list_display = (
        "post",
        "mode",
        "archetype",
        "composite_score",
        "experiment",
        "experiment_variant",
        "is_randomized_experiment",
        "created_at",
    )
    list_filter = ("mode", "archetype", "experiment_variant", "is_randomized_experiment")
    list_select_related = ("post", "experiment")
    autocomplete_fields = ("post", "experiment")
    search_fields = ("=post__platform_post_id",)
    ordering = ("-created_at", "-id")


# --- human oversight -----------------------------------------------------------------------


class DeletedFilter(admin.SimpleListFilter):
    title = "deleted"
    parameter_name = "deleted"

    def lookups(self, request, model_admin):
        return (("no", "Not deleted"), ("yes", "Deleted"))

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.filter(deleted_at__isnull=True)
        if self.value() == "yes":
            return queryset.filter(deleted_at__isnull=False)
        return queryset


@admin.register(Reply)
class ReplyAdmin(BaseModelAdmin):
    """The approval queue: filter 'Pending review', then approve or reject."""

    deletable = False  # replies are soft-deleted (action below) and stay in the trail
    list_display = (
        "short_content",
        "platform",
        "archetype",
        "reply_type",
        "approval_status",
        "approved_by",
        "created_at",
        "posted_at",
        "help_count",
        "deleted_at",
    )
    list_filter = ("approval_status", DeletedFilter, "platform", "reply_type", "archetype")
    list_select_related = ("approved_by", "rejected_by")
    autocomplete_fields = ("decision",)
    search_fields = ("=utm_code", "=platform_post_id")
    # the review state is the services' (the platform id stays editable here)
    readonly_fields = tuple(f for f in Reply.REVIEW_FIELDS if f != "platform_post_id")
    actions = ("approve_replies", "reject_replies", "soft_delete_replies")
    ordering = ("-created_at", "-id")

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        # A final content is shown, not offered for an edit the save would refuse. A form
        # that still posts it (opened before another staff member approved the reply)
        # keeps the field, so the refusal appears on it instead of the edit being dropped.
        if obj is not None and obj.content_is_final and "content" not in request.POST:
            fields = (*fields, "content")
        return fields

    def save_model(self, request, obj, form, change):
        # through the service: audited (CREATED / UPDATED with before and after), and a
        # decided reply's content is refused with the reason (shown on the form)
        services.reply_save(reply=obj, actor=request.user)

    @admin.display(description="content")
    def short_content(self, obj):
        return Truncator(obj.content).chars(80)

    approve_replies = service_action(
        "Approve selected pending replies",
        "Approved",
        lambda r, user: services.reply_approve(reply_id=r.pk, user=user),
    )
    reject_replies = service_action(
        "Reject selected pending replies",
        "Rejected",
        lambda r, user: services.reply_reject(
            reply_id=r.pk, user=user, reason="Rejected in the admin review queue"
        ),
    )
    soft_delete_replies = service_action(
        "Delete selected replies (soft delete, kept in the audit trail)",
        "Deleted",
        lambda r, user: services.reply_soft_delete(
            reply_id=r.pk, user=user, reason=f"Deleted in the admin by {user.email}"
        ),
    )


class EscalationPriorityFormField(forms.TypedChoiceField):
    """The priority select; a posted "HIGH", "high" or "High" is read as HIGH (seed 002's
    Prisma enum names), like the API."""

    def to_python(self, value):
        value = super().to_python(value)
        try:
            return str(escalation_priority_value(value))
        except ValueError:
            return value  # the choice validation reports it


class EscalationAdminForm(forms.ModelForm):
    priority = EscalationPriorityFormField(
        choices=EscalationPriority.choices, coerce=int, initial=EscalationPriority.MEDIUM
    )

    class Meta:
        model = Escalation
        fields = "__all__"  # noqa: DJ007 - the admin narrows the fields


@admin.register(Escalation)
class EscalationAdmin(BaseModelAdmin):
    """The escalation queue, most urgent first; status changes only through the actions."""

    form = EscalationAdminForm

    deletable = False
    list_display = (
        "__str__",
        "priority",
        "reason",
        "status",
        "assigned_to",
        "post",
        "created_at",
        "resolved_at",
    )
    list_filter = ("status", "priority", "reason")
    list_select_related = ("assigned_to", "post")
    autocomplete_fields = ("post", "decision", "reply", "assigned_to")
    search_fields = ("=post__platform_post_id",)
    readonly_fields = ("status", "resolved_by", "resolved_at", "subject_snapshot")
    actions = ("assign_to_me", "resolve", "dismiss")
    ordering = ("-priority", "created_at", "id")

    def get_changeform_initial_data(self, request):
        return {"status": EscalationStatus.OPEN, **super().get_changeform_initial_data(request)}

    def save_model(self, request, obj, form, change):
        # ModelAdmin.changeform_view runs in a transaction: the audit row commits with the change.
        if not change:
            # the same service as the API: status (ASSIGNED with an assignee) and audit row
            fields = {
                f.attname: getattr(obj, f.attname)
                for f in obj._meta.concrete_fields
                if f.name in form.cleaned_data
            }
            created = services.escalation_create(actor=request.user, via="admin", **fields)
            obj.pk, obj.status, obj._state.adding = created.pk, created.status, False
        else:
            services.escalation_update(escalation=obj, changed=form.changed_data, user=request.user)

    assign_to_me = service_action(
        "Assign selected escalations to me",
        "Assigned",
        lambda e, user: services.escalation_assign(escalation_id=e.pk, assignee=user, user=user),
    )
    resolve = service_action(
        "Resolve selected escalations",
        "Resolved",
        lambda e, user: services.escalation_resolve(escalation_id=e.pk, user=user),
    )
    dismiss = service_action(
        "Dismiss selected escalations",
        "Dismissed",
        lambda e, user: services.escalation_resolve(escalation_id=e.pk, user=user, dismiss=True),
    )


@admin.register(AuditLog)
class AuditLogAdmin(BaseModelAdmin):
    """Read-only: rows are written by the services and refused UPDATE/DELETE by PostgreSQL."""

    deletable = addable = changeable = False
    list_display = ("created_at", "action", "entity_type", "entity_id", "actor_label")
    list_filter = ("action", "entity_type")
    list_select_related = ("actor",)
    search_fields = ("=entity_id",)
    ordering = ("-created_at", "-id")


# --- competitive intelligence and community -------------------------------------------------


@admin.register(Competitor)
class CompetitorAdmin(BaseModelAdmin):
    list_display = ("name", "category", "price_point", "primary_mechanism")
    list_filter = ("category",)
    search_fields = ("name",)
    kept_by = ("mentions",)  # NO ACTION foreign key: mentions keep their competitor


@admin.register(CompetitiveMention)
class CompetitiveMentionAdmin(BaseModelAdmin):
    list_display = (
        "competitor",
        "post",
        "sentiment",
        "satisfaction",
        "opportunity_score",
        "replied",
        "created_at",
    )
    list_filter = ("competitor",)
    list_select_related = ("competitor", "post")
    autocomplete_fields = ("post", "competitor")
    ordering = ("-created_at", "-id")


@admin.register(CommunityChampion)
class CommunityChampionAdmin(BaseModelAdmin):
    list_display = (
        "author",
        "tier",
        "advocate_status",
        "engagement_count",
        "dm_sent_at",
        "dm_response",
        "converted",
    )
    list_filter = ("tier", "advocate_status")
    list_select_related = ("author",)
    autocomplete_fields = ("author",)
    search_fields = ("=author__handle",)
    readonly_fields = ("engagement_count",)


# --- analytics, experiments, learning -------------------------------------------------------


@admin.register(KpiMetric)
class KpiMetricAdmin(BaseModelAdmin):
    list_display = ("date", "platform", "metric_type", "metric_name", "value")
    list_filter = ("metric_type", "platform")
    search_fields = ("=metric_name",)
    ordering = ("-date", "metric_type", "metric_name")


@admin.register(Experiment)
class ExperimentAdmin(BaseModelAdmin):
    list_display = ("name", "status", "metric", "traffic_split", "start_date", "end_date", "winner")
    list_filter = ("status",)
    search_fields = ("name",)
    readonly_fields = ("variant_results",)
    kept_by = ("decisions",)  # NO ACTION foreign key: decisions keep their experiment

    @admin.display(description="Results by variant (live decisions and their replies)")
    def variant_results(self, obj):
        if obj is None or obj.pk is None:
            return "-"
        rows = (
            obj.decisions.values("experiment_variant")
            .annotate(
                n_decisions=Count("id", distinct=True),
                n_replies=Count(
                    "replies", distinct=True, filter=Q(replies__deleted_at__isnull=True)
                ),
                n_posted=Count(
                    "replies", distinct=True, filter=Q(replies__posted_at__isnull=False)
                ),
                n_approved=Count(
                    "replies",
                    distinct=True,
                    filter=Q(replies__approval_status=ApprovalStatus.APPROVED),
                ),
                n_helps=Sum("replies__help_count"),
            )
            .order_by("experiment_variant")
        )
        body = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    r["experiment_variant"] or "-",
                    r["n_decisions"],
                    r["n_replies"],
                    r["n_approved"],
                    r["n_posted"],
                    r["n_helps"] or 0,
                )
                for r in rows
            ),
        )
        return format_html(
            "<table><tr><th>variant</th><th>decisions</th><th>replies</th><th>approved</th>"
            "<th>posted</th><th>help count</th></tr>{}</table><p>Recorded results: <code>{}</code></p>",
            body,
            obj.results_json or {},
        )


@admin.register(WeightAdjustmentLog)
class WeightAdjustmentLogAdmin(BaseModelAdmin):
    list_display = ("date", "action", "valid_segments", "total_segments", "predicted_improvement")
    ordering = ("-date", "-created_at")


@admin.register(LearningEvent)
class LearningEventAdmin(BaseModelAdmin):
    list_display = (
        "date",
        "adjustment_type",
        "predicted_improvement",
        "actual_improvement",
        "accuracy",
        "evaluated_at",
    )
    ordering = ("-date", "-created_at")


@admin.register(RandomizedExperiment)
class RandomizedExperimentAdmin(BaseModelAdmin):
    list_display = (
        "decision",
        "predicted_mode",
        "actual_mode",
        "predicted_outcome",
        "actual_outcome",
        "created_at",
    )
    list_select_related = ("decision",)
    autocomplete_fields = ("decision",)
    ordering = ("-created_at", "-id")


@admin.register(SegmentedWeight)
class SegmentedWeightAdmin(BaseModelAdmin):
    list_display = (
        "segment_type",
        "segment_key",
        "sss_weight",
        "ars_weight",
        "evs_weight",
        "trs_weight",
        "sample_size",
        "performance",
    )
    list_filter = ("segment_type",)
    search_fields = ("=segment_key",)


@admin.register(RetentionRun)
class RetentionRunAdmin(BaseModelAdmin):
    """Each ``engagement_retention`` run, read-only: the command writes them."""

    deletable = addable = changeable = False

    list_display = ("started_at", "finished_at", "outcome", "dry_run", "files", "archived")
    list_filter = ("outcome", "dry_run")
    date_hierarchy = "started_at"
    readonly_fields = [f.name for f in RetentionRun._meta.fields]


from engagement import admin_queue as admin_queue  # noqa: E402 - the review queues, registered last
