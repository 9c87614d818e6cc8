"""The two review queues staff work through: replies (oldest pending first) and escalations
(most urgent open first).

Each queue is its model's admin, extended: the changelist opens on what waits (pending
replies, open escalations), each row shows what a decision needs (the post answered, its
author, the scores), approve / reject (with a reason) or assign / resolve / dismiss (with
notes) work on one row from its page and on many from the list, and the next waiting row is
one click away. Every decision goes through ``engagement.services``, which check the rule and
write the AuditLog row in the same transaction; a refusal comes back as a message.

``engagement/admin.py`` imports this module last; the classes here re-register Reply and
Escalation with the queue behaviour on top of the plain admins defined there.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from core.admin import refusal_message, run_service
from core.errors import DomainError, DomainValidationError
from core.presentation import admin_link
from engagement import services
from engagement.admin import EscalationAdmin, ReplyAdmin
from engagement.choices import ApprovalStatus, EscalationStatus
from engagement.models import Escalation, Reply


class ReasonActionForm(ActionForm):
    """The changelist's action bar with a text box: the reason of a bulk reject, or the
    notes of a bulk resolve / dismiss."""

    reason = forms.CharField(
        required=False,
        label="Reason / notes",
        widget=forms.TextInput(
            attrs={"size": 40, "placeholder": "Reason to reject, or notes to resolve"}
        ),
    )


class DefaultChoiceFilter(admin.SimpleListFilter):
    """A list filter with a default choice (the queue) and an explicit "All"."""

    default = ""
    choices_map: dict = {}

    def lookups(self, request, model_admin):
        return [(key, label) for key, (label, _) in self.choices_map.items()]

    def value(self):
        return super().value() or self.default

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        _, condition = self.choices_map.get(self.value(), (None, None))
        return queryset.filter(condition) if condition is not None else queryset


class ReviewFilter(DefaultChoiceFilter):
    title = "review"
    parameter_name = "review"
    default = "pending"
    choices_map = {
        "pending": ("Waiting for review", Reply.WAITING_REVIEW),
        "approved": ("Approved", Q(approval_status=ApprovalStatus.APPROVED)),
        "rejected": ("Rejected", Q(approval_status=ApprovalStatus.REJECTED)),
        "deleted": ("Deleted", Q(deleted_at__isnull=False)),
        "all": ("All", None),
    }


class EscalationQueueFilter(DefaultChoiceFilter):
    title = "queue"
    parameter_name = "queue"
    default = "open"
    choices_map = {
        "open": ("Open or assigned", Q(status__in=Escalation.WAITING_STATUSES)),
        "mine": ("Assigned to me", None),  # filtered in queryset(): needs the request
        "closed": (
            "Resolved or dismissed",
            Q(status__in=[EscalationStatus.RESOLVED, EscalationStatus.DISMISSED]),
        ),
        "all": ("All", None),
    }

    def queryset(self, request, queryset):
        if self.value() == "mine":
            return queryset.filter(status__in=Escalation.WAITING_STATUSES, assigned_to=request.user)
        return super().queryset(request, queryset)


def wrapped(text, css="review-text"):
    return format_html('<div class="{}">{}</div>', css, text or "—")


def score(value):
    return "—" if value is None else f"{value:.2f}"


class QueueMixin:
    """What both queues share: the next waiting row, the decision view, the page panel."""

    queue_filter: type[DefaultChoiceFilter]
    queue_order: tuple[str, ...]
    decisions: dict  # name -> (label, callable(admin, request, obj, reason))

    action_form = ReasonActionForm

    def waiting(self):
        condition = self.queue_filter.choices_map[self.queue_filter.default][1]
        return self.model._default_manager.filter(condition).order_by(*self.queue_order)

    def next_waiting(self, after=None):
        """The first waiting row after ``after`` in queue order, else the first one."""
        rows = self.waiting()
        if after is not None:
            rows = rows.exclude(pk=after.pk)
            later = rows.filter(self.after_condition(after)).values_list("pk", flat=True).first()
            if later is not None:
                return later
        return rows.values_list("pk", flat=True).first()

    def get_ordering(self, request):
        """The queue (the filter's default choice) in queue order; other views as the
        plain admin orders them (newest first). A clicked column header wins either way."""
        choice = request.GET.get(self.queue_filter.parameter_name) or self.queue_filter.default
        if choice == self.queue_filter.default:
            return self.queue_order
        return super().get_ordering(request)

    def _name(self, view: str) -> str:
        return f"{self.model._meta.app_label}_{self.model._meta.model_name}_{view}"

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("next/", wrap(self.next_view), name=self._name("next")),
            path("<path:object_id>/decide/", wrap(self.decide_view), name=self._name("decide")),
            *super().get_urls(),
        ]

    def _change_url(self, pk):
        return reverse(f"admin:{self._name('change')}", args=[pk])

    def _queue_url(self):
        return reverse(f"admin:{self._name('changelist')}")

    def next_view(self, request):
        """The next waiting row's page (after ``?after=<id>``), or the queue when none."""
        after = None
        if request.GET.get("after"):
            after = self.model._default_manager.filter(pk=request.GET["after"]).first()
        pk = self.next_waiting(after)
        if pk is None:
            self.message_user(request, self.empty_message, messages.INFO)
            return HttpResponseRedirect(self._queue_url())
        return HttpResponseRedirect(self._change_url(pk))

    def decide_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseRedirect(self._change_url(object_id))
        obj = get_object_or_404(self.model, pk=object_id)
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        name = request.POST.get("decision", "")
        if name not in self.decisions:
            self.message_user(request, f"Unknown decision {name!r}.", messages.ERROR)
            return HttpResponseRedirect(self._change_url(obj.pk))
        label, call = self.decisions[name]
        reason = request.POST.get("reason", "").strip()
        try:
            call(self, request, obj, reason)
        except (DomainError, IntegrityError) as exc:
            self.message_user(
                request, f"{label} refused: {refusal_message(self.model, exc)}", messages.ERROR
            )
            return HttpResponseRedirect(self._change_url(obj.pk))
        self.message_user(request, f"{label}: {obj}.", messages.SUCCESS)
        pk = self.next_waiting(obj)
        if pk is None:
            self.message_user(request, self.empty_message, messages.INFO)
            return HttpResponseRedirect(self._queue_url())
        return HttpResponseRedirect(self._change_url(pk))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        extra = dict(extra_context or {})
        if obj is not None:
            waiting = self.waiting()
            extra["review"] = {
                "panel": self.review_panel(obj),
                "is_waiting": waiting.filter(pk=obj.pk).exists(),
                "waiting_count": waiting.count(),
                "decisions": [(name, label) for name, (label, _) in self.decisions.items()],
                "decide_url": reverse(f"admin:{self._name('decide')}", args=[obj.pk]),
                "next_url": reverse(f"admin:{self._name('next')}") + f"?after={obj.pk}",
                "queue_url": self._queue_url(),
                "reason_label": self.reason_label,
                "reason_required": self.reason_required,
            }
        return super().change_view(request, object_id, form_url, extra)


def _reject(admin_, request, reply, reason):
    if not reason:
        raise DomainValidationError("Give a reason to reject a reply.", field="reason")
    services.reply_reject(reply_id=reply.pk, user=request.user, reason=reason)


class ReplyReviewAdmin(QueueMixin, ReplyAdmin):
    """The reply review queue: opens on pending replies, oldest first."""

    queue_filter = ReviewFilter
    queue_order = ("created_at", "id")
    empty_message = "No more replies are waiting for review."
    reason_label = "Reason (needed to reject)"
    reason_required = ("reject",)
    decisions = {
        "approve": (
            "Approved",
            lambda a, request, reply, reason: services.reply_approve(
                reply_id=reply.pk, user=request.user
            ),
        ),
        "reject": ("Rejected", _reject),
    }
    change_form_template = "admin/engagement/queue_change_form.html"
    fieldsets = (
        (
            None,
            {"fields": ("decision", "content", "archetype", "reply_type", "platform", "utm_code")},
        ),
        (
            "Posting",
            {
                "fields": ("platform_post_id", "posted_at", "help_count", "metrics_json"),
                "classes": ("collapse",),
            },
        ),
        (
            "Review trail",
            {
                "fields": (
                    "approval_status",
                    ("approved_by", "approved_at"),
                    ("rejected_by", "rejected_at"),
                    "rejection_reason",
                    ("deleted_at", "delete_reason"),
                    ("created_at", "updated_at"),
                    "answered_snapshot",
                ),
                "classes": ("collapse",),
            },
        ),
    )

    list_display = ("reply_text", "answering", "scores", "approval_status", "created_at")
    list_display_links = None
    list_filter = (ReviewFilter, "platform", "reply_type", "archetype")
    list_select_related = ("decision__post__author",)

    def after_condition(self, reply):
        return Q(created_at__gt=reply.created_at) | Q(created_at=reply.created_at, pk__gt=reply.pk)

    @admin.display(description="Reply")
    def reply_text(self, obj):
        return format_html(
            '{}<a class="queue-open" href="{}">Review &rarr;</a>',
            wrapped(Truncator(obj.content).chars(280), "queue-text"),
            self._change_url(obj.pk),
        )

    @admin.display(description="Answering")
    def answering(self, obj):
        post = obj.decision.post
        return format_html(
            "{}{}",
            admin_link(post.author),
            wrapped(Truncator(post.content).chars(140), "queue-text queue-post"),
        )

    @admin.display(description="Score", ordering="decision__composite_score")
    def scores(self, obj):
        return format_html(
            "{}<br><small>{}</small>",
            score(obj.decision.composite_score),
            obj.decision.get_mode_display(),
        )

    def review_panel(self, reply):
        decision = reply.decision
        post = decision.post
        return {
            "title": "Post answered",
            "subject": post,
            "subject_url": admin_link(post, "open the post"),
            "author": admin_link(post.author),
            "author_detail": f"{post.author.follower_count:,} followers"
            + (", power user" if post.author.is_power_user else ""),
            "subject_text": post.content,
            "facts": [
                ("Detected", post.detected_at),
                ("Mode", decision.get_mode_display()),
                ("Archetype", decision.get_archetype_display() or "—"),
                ("Composite score", score(decision.composite_score)),
                ("Solution-seeking (SSS)", score(decision.sss_score)),
                ("Audience relevance (ARS)", score(decision.ars_score)),
                ("Engagement value (EVS)", score(decision.evs_score)),
                ("Topic risk (TRS)", score(decision.trs_score)),
                ("Safety flags", ", ".join(decision.safety_flags) or "none"),
            ],
            "item_title": "Reply",
            "item_text": reply.content,
            "item_facts": [
                ("Status", reply.get_approval_status_display()),
                ("Written", reply.created_at),
                ("Rejection reason", reply.rejection_reason or "—"),
            ],
        }

    @admin.action(description="Reject selected pending replies (with the reason typed above)")
    def reject_replies(self, request, queryset):
        reason = request.POST.get("reason", "").strip()
        if not reason:
            self.message_user(
                request, "Nothing rejected: type the reason in the box first.", messages.ERROR
            )
            return
        run_service(
            self,
            request,
            queryset,
            "Rejected",
            lambda r: services.reply_reject(reply_id=r.pk, user=request.user, reason=reason),
        )


def _close(request, escalation, notes, *, dismiss=False):
    return services.escalation_resolve(
        escalation_id=escalation.pk, user=request.user, notes=notes, dismiss=dismiss
    )


class EscalationQueueAdmin(QueueMixin, EscalationAdmin):
    """The escalation queue: open escalations, most urgent first, then oldest."""

    queue_filter = EscalationQueueFilter
    queue_order = ("-priority", "created_at", "id")
    empty_message = "No more open escalations."
    reason_label = "Resolution notes"
    reason_required = ()
    decisions = {
        "assign": (
            "Assigned to you",
            lambda a, request, e, notes: services.escalation_assign(
                escalation_id=e.pk, assignee=request.user, user=request.user
            ),
        ),
        "resolve": ("Resolved", lambda a, request, e, notes: _close(request, e, notes)),
        "dismiss": (
            "Dismissed",
            lambda a, request, e, notes: _close(request, e, notes, dismiss=True),
        ),
    }
    change_form_template = "admin/engagement/queue_change_form.html"

    list_display = ("title", "priority", "status", "subject", "assigned_to_link", "created_at")
    list_filter = (EscalationQueueFilter, "priority", "reason")
    list_select_related = ("assigned_to", "post__author", "reply")

    def after_condition(self, e):
        return (
            Q(priority__lt=e.priority)
            | Q(priority=e.priority, created_at__gt=e.created_at)
            | Q(priority=e.priority, created_at=e.created_at, pk__gt=e.pk)
        )

    @admin.display(description="Escalation", ordering="reason")
    def title(self, obj):
        return obj.get_reason_display()

    @admin.display(description="Subject")
    def subject(self, obj):
        if obj.post_id:
            return format_html(
                "{}{}",
                admin_link(obj.post.author),
                wrapped(Truncator(obj.post.content).chars(120), "queue-text queue-post"),
            )
        if obj.reply_id:
            return admin_link(obj.reply)
        return "(archived subject)"

    @admin.display(description="Assigned to", ordering="assigned_to")
    def assigned_to_link(self, obj):
        return admin_link(obj.assigned_to) if obj.assigned_to_id else "—"

    def review_panel(self, e):
        post = e.post
        reply = e.reply
        return {
            "title": "Escalated post" if post else "Escalated subject",
            "subject": post,
            "subject_url": admin_link(post, "open the post") if post else "",
            "author": admin_link(post.author) if post else "",
            "author_detail": f"{post.author.follower_count:,} followers" if post else "",
            "subject_text": post.content if post else str(e.subject_snapshot or "—"),
            "facts": [
                ("Priority", e.get_priority_display()),
                ("Reason", e.get_reason_display()),
                ("Status", e.get_status_display()),
                ("Assigned to", admin_link(e.assigned_to) if e.assigned_to_id else "nobody"),
                ("Opened", e.created_at),
            ],
            "item_title": "Reply concerned" if reply else "",
            "item_text": reply.content if reply else "",
            "item_facts": [("Notes so far", e.resolution_notes or "—")],
        }

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("post__author", "reply")

    def _close(self, request, queryset, *, dismiss):
        notes = request.POST.get("reason", "").strip()
        run_service(
            self,
            request,
            queryset,
            "Dismissed" if dismiss else "Resolved",
            lambda e: _close(request, e, notes, dismiss=dismiss),
        )

    @admin.action(description="Resolve selected escalations (with the notes typed above)")
    def resolve(self, request, queryset):
        self._close(request, queryset, dismiss=False)

    @admin.action(description="Dismiss selected escalations (with the notes typed above)")
    def dismiss(self, request, queryset):
        self._close(request, queryset, dismiss=True)


admin.site.unregister(Reply)
admin.site.register(Reply, ReplyReviewAdmin)
admin.site.unregister(Escalation)
admin.site.register(Escalation, EscalationQueueAdmin)
