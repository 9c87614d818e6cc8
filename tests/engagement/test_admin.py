import pytest
from django.contrib import admin
from django.urls import reverse

from engagement.choices import ApprovalStatus, AuditAction, EscalationStatus
from engagement.models import ALL_MODELS, AuditLog, Escalation, Reply
from tests.engagement import factories as f
from tests.utils import changelist_query_counts, factory_for

pytestmark = pytest.mark.django_db

FACTORIES = {m._meta.model_name: factory_for(m) for m in ALL_MODELS}  # each model has one


def test_every_model_has_an_admin_and_a_factory():
    assert [m for m in ALL_MODELS if not admin.site.is_registered(m)] == []


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_changelist_query_count_is_the_same_for_5_and_50_rows(admin_client_logged_in, name):
    url = reverse(f"admin:engagement_{name}_changelist")
    with_5, with_50 = changelist_query_counts(admin_client_logged_in, url, FACTORIES[name])
    assert with_50 == with_5


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_change_page_renders(admin_client_logged_in, name):
    row = FACTORIES[name]()
    response = admin_client_logged_in.get(reverse(f"admin:engagement_{name}_change", args=[row.pk]))
    assert response.status_code == 200


# the reply and escalation queues open on what waits; these actions act on any row
QUEUE_ALL = {"reply": "?review=all", "escalation": "?queue=all"}


def run_action(client, name, action, rows, **extra):
    return client.post(
        reverse(f"admin:engagement_{name}_changelist") + QUEUE_ALL.get(name, ""),
        {"action": action, "_selected_action": [str(r.pk) for r in rows], **extra},
        follow=True,
    )


def test_approve_and_reject_actions_record_who_and_audit(admin_client_logged_in, staff_user):
    to_approve, to_reject = f.ReplyFactory(), f.ReplyFactory()
    run_action(admin_client_logged_in, "reply", "approve_replies", [to_approve])
    run_action(admin_client_logged_in, "reply", "reject_replies", [to_reject], reason="Off topic")
    to_approve.refresh_from_db()
    to_reject.refresh_from_db()
    assert (to_approve.approval_status, to_approve.approved_by) == (
        ApprovalStatus.APPROVED,
        staff_user,
    )
    assert (to_reject.approval_status, to_reject.rejected_by) == (
        ApprovalStatus.REJECTED,
        staff_user,
    )
    assert to_approve.approved_at and to_reject.rejected_at
    audit = dict(AuditLog.objects.values_list("entity_id", "action"))
    assert audit == {
        str(to_approve.pk): AuditAction.APPROVED,
        str(to_reject.pk): AuditAction.REJECTED,
    }


def test_reviewing_a_reviewed_reply_is_refused_without_audit(admin_client_logged_in):
    reply = f.ApprovedReplyFactory()
    response = run_action(admin_client_logged_in, "reply", "reject_replies", [reply], reason="x")
    assert "Only a pending reply can be reviewed" in response.content.decode()
    assert not AuditLog.objects.exists()


def test_reply_delete_is_soft_and_audited(admin_client_logged_in):
    reply = f.ReplyFactory()
    run_action(admin_client_logged_in, "reply", "soft_delete_replies", [reply])
    reply.refresh_from_db()
    assert reply.deleted_at and reply.delete_reason
    assert AuditLog.objects.get().action == AuditAction.DELETED
    # no hard delete from the admin
    response = run_action(admin_client_logged_in, "reply", "delete_selected", [reply])
    assert Reply.objects.filter(pk=reply.pk).exists()
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Drink water before bed, it helps a lot.", "Reply must include signature"),
        (f.signed("This treats hangovers fast."), "prohibited medical claims"),
    ],
)
def test_admin_reply_form_shows_validation_messages(admin_client_logged_in, content, message):
    decision = f.DecisionFactory()
    response = admin_client_logged_in.post(
        reverse("admin:engagement_reply_add"),
        {
            "decision": decision.pk,
            "content": content,
            "archetype": "CHECKLIST",
            "platform": "TWITTER",
            "utm_code": "tw-1",
            "reply_type": "STANDARD",
            "metrics_json": "{}",
        },
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Reply.objects.exists()


def test_escalation_actions_and_edits_are_audited(admin_client_logged_in, staff_user):
    escalation = f.EscalationFactory()
    run_action(admin_client_logged_in, "escalation", "assign_to_me", [escalation])
    escalation.refresh_from_db()
    assert (escalation.status, escalation.assigned_to) == (EscalationStatus.ASSIGNED, staff_user)

    change_url = reverse("admin:engagement_escalation_change", args=[escalation.pk])
    response = admin_client_logged_in.post(
        change_url,
        {
            "post": escalation.post_id,
            "reason": escalation.reason,
            "priority": 4,
            "assigned_to": staff_user.pk,
            "resolution_notes": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    run_action(admin_client_logged_in, "escalation", "resolve", [escalation])
    escalation.refresh_from_db()
    assert escalation.status == EscalationStatus.RESOLVED and escalation.resolved_by == staff_user
    actions = list(
        AuditLog.objects.filter(entity_id=str(escalation.pk))
        .order_by("created_at", "id")
        .values_list("action", flat=True)
    )
    assert actions == ["ASSIGNED", "UPDATED", "RESOLVED"]


def test_escalation_queue_orders_by_priority(admin_client_logged_in):
    f.EscalationFactory(priority=1)
    critical = f.EscalationFactory(priority=4)
    response = admin_client_logged_in.get(reverse("admin:engagement_escalation_changelist"))
    assert list(response.context["cl"].result_list)[0] == critical


def test_escalation_added_in_admin_is_audited(admin_client_logged_in):
    post = f.PostFactory()
    response = admin_client_logged_in.post(
        reverse("admin:engagement_escalation_add"),
        {"post": post.pk, "reason": "CRISIS", "priority": 4, "resolution_notes": ""},
    )
    assert response.status_code == 302
    escalation = Escalation.objects.get()
    assert AuditLog.objects.get(entity_id=str(escalation.pk)).action == AuditAction.ESCALATED


def test_author_page_shows_relationship_and_posts(admin_client_logged_in):
    post = f.PostFactory(content="Looking for a hangover fix before the wedding")
    f.CommunityChampionFactory(author=post.author)
    response = admin_client_logged_in.get(
        reverse("admin:engagement_author_change", args=[post.author_id])
    )
    body = response.content.decode()
    assert "Looking for a hangover fix" in body and "All posts of this author" in body


def test_experiment_page_shows_results_by_variant(admin_client_logged_in):
    experiment = f.ExperimentFactory()
    for variant in ("A", "B", "B"):
        f.ReplyFactory(
            decision__experiment=experiment, decision__experiment_variant=variant, help_count=2
        )
    response = admin_client_logged_in.get(
        reverse("admin:engagement_experiment_change", args=[experiment.pk])
    )
    body = response.content.decode()
    assert "<td>B</td><td>2</td><td>2</td>" in body


def test_non_staff_cannot_open_the_admin(client, user):
    client.force_login(user)
    response = client.get(reverse("admin:engagement_reply_changelist"))
    assert response.status_code == 302
