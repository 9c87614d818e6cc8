"""Every state change of an oversight object, and every edit of a reply's content, writes
its AuditLog row (who, what, before, after) in the same transaction: through the
services, the admin and the API."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from core.errors import ConflictError
from engagement import services as eng
from engagement.models import AuditLog, Reply
from ideas import services as ideas
from portfolio import services as pf
from research import services as rs
from research.choices import RunStatus
from tests.accounts.factories import StaffUserFactory
from tests.engagement import factories as ef
from tests.ideas.factories import EvaluationFactory
from tests.portfolio import factories as pff
from tests.research.factories import RunFactory

pytestmark = pytest.mark.django_db


def trail(obj):
    return list(
        AuditLog.objects.filter(entity_type=obj._meta.model_name, entity_id=str(obj.pk)).order_by(
            "created_at", "id"
        )
    )


@pytest.fixture
def staff():
    return StaffUserFactory(is_superuser=True)


@pytest.fixture
def admin_client(client, staff):
    client.force_login(staff)
    return client


# --- services -----------------------------------------------------------------------


def test_transaction_settle_and_cancel_are_audited(staff):
    txn = pff.TransactionFactory()
    pf.settle_transaction(transaction_id=txn.pk, actor=staff)
    [row] = trail(txn)
    assert row.actor == staff and row.action == "UPDATED"
    assert row.details_json["before"]["status"] == "pending"
    assert row.details_json["after"]["status"] == "settled"
    other = pff.TransactionFactory()
    pf.cancel_transaction(transaction_id=other.pk, reason="typo", actor=staff)
    assert trail(other)[0].details_json["after"]["status"] == "cancelled"


def test_loan_application_decisions_and_the_loan_are_audited(staff):
    app = pff.SubmittedLoanApplicationFactory()
    loan = pf.loan_application_approve(
        application_id=app.pk, reviewer=staff, interest_rate_percent=Decimal("5")
    )
    [row] = trail(app)
    assert (row.action, row.actor) == ("APPROVED", staff)
    assert row.details_json["before"]["status"] == "submitted"
    assert row.details_json["after"]["status"] == "approved"
    assert trail(loan)[0].action == "CREATED"
    rejected = pff.SubmittedLoanApplicationFactory()
    pf.loan_application_reject(application_id=rejected.pk, reviewer=staff, note="no")
    assert trail(rejected)[0].action == "REJECTED"


def test_loan_application_submit_is_audited_with_its_owner():
    app = pff.LoanApplicationFactory()
    pf.loan_application_submit(user=app.user, application_id=app.pk)
    [row] = trail(app)
    assert row.actor == app.user
    assert row.details_json == {
        "before": {"status": "draft"},
        "after": {"status": "submitted"},
    }


def test_run_status_changes_are_audited():
    run = RunFactory()
    rs.run_update(run_id=run.pk, status=RunStatus.RUNNING, started_at=timezone.now())
    [row] = trail(run)
    assert row.details_json["before"]["status"] == "pending"
    assert row.details_json["after"]["status"] == "running"
    rs.run_update(run_id=run.pk, progress={"total": 1, "completed": 0})  # not a state change
    assert len(trail(run)) == 1


def test_evaluation_status_changes_are_audited():
    evaluation = EvaluationFactory()
    ideas.evaluation_claim(evaluation_id=evaluation.pk)
    ideas.evaluation_fail(evaluation_id=evaluation.pk, error_message="timeout")
    rows = trail(evaluation)
    assert [(r.details_json["before"], r.details_json["after"]) for r in rows] == [
        ({"status": "pending"}, {"status": "analyzing"}),
        ({"status": "analyzing"}, {"status": "failed"}),
    ]


def test_reply_create_and_edit_are_audited(staff):
    decision = ef.DecisionFactory()
    reply = eng.reply_create(
        actor=staff,
        decision=decision,
        content=ef.signed("Drink water before bed."),
        archetype="CHECKLIST",
        platform="TWITTER",
        utm_code="tw-1",
    )
    new = ef.signed("Drink two glasses of water before bed.")
    eng.reply_update(reply_id=reply.pk, actor=staff, content=new)
    created, updated = trail(reply)
    assert created.action == "CREATED" and created.actor == staff
    assert updated.action == "UPDATED"
    assert updated.details_json["after"] == {"content": new}
    assert updated.details_json["before"]["content"] == ef.signed("Drink water before bed.")


def test_a_failed_change_leaves_no_audit_row(staff):
    reply = ef.ReplyFactory(
        approval_status="APPROVED", approved_by=staff, approved_at=timezone.now()
    )
    with pytest.raises(ConflictError):
        eng.reply_update(reply_id=reply.pk, actor=staff, content=ef.signed("Rewritten text here."))
    assert trail(reply) == []


# --- admin -----------------------------------------------------------------------------


def reply_form(reply, **overrides):
    return {
        "decision": str(reply.decision_id),
        "content": reply.content,
        "archetype": reply.archetype,
        "platform": reply.platform,
        "utm_code": reply.utm_code,
        "reply_type": reply.reply_type,
        "platform_post_id": "",
        "metrics_json": "{}",
        **overrides,
    }


def test_admin_edit_of_a_pending_reply_is_audited(admin_client, staff):
    reply = ef.ReplyFactory()
    new = ef.signed("Edited in the admin before review.")
    url = reverse("admin:engagement_reply_change", args=[reply.pk])
    response = admin_client.post(url, reply_form(reply, content=new))
    assert response.status_code == 302, response.content.decode()[:2000]
    [row] = trail(reply)
    assert (row.action, row.actor, row.details_json["after"]) == (
        "UPDATED",
        staff,
        {"content": new},
    )


def test_admin_cannot_rewrite_an_approved_reply(admin_client, staff):
    reply = ef.ReplyFactory(
        approval_status="APPROVED", approved_by=staff, approved_at=timezone.now()
    )
    url = reverse("admin:engagement_reply_change", args=[reply.pk])
    response = admin_client.post(
        url, reply_form(reply, content=ef.signed("Rewritten after approval.")), follow=True
    )
    # the form comes back as posted, the refusal on the content field (core/admin.py)
    assert response.status_code == 200
    assert "final" in " ".join(response.context["adminform"].form.errors["content"])
    assert Reply.objects.get(pk=reply.pk).content == reply.content
    assert trail(reply) == []


def test_an_approved_replys_content_is_shown_read_only_and_other_fields_still_save(
    admin_client, staff
):
    """The change page of a final reply offers no content box (the save would refuse an
    edit); the form it renders posts no content, and the fields still editable save."""
    reply = ef.ReplyFactory(
        approval_status="APPROVED", approved_by=staff, approved_at=timezone.now()
    )
    original = reply.content
    url = reverse("admin:engagement_reply_change", args=[reply.pk])
    form = admin_client.get(url).context["adminform"].form
    assert "content" not in form.fields and "utm_code" in form.fields
    pending = ef.ReplyFactory()
    assert (
        "content"
        in admin_client.get(reverse("admin:engagement_reply_change", args=[pending.pk]))
        .context["adminform"]
        .form.fields
    )

    data = reply_form(reply, platform_post_id="t3_posted_by_hand")
    del data["content"]  # as the rendered form posts it
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    reply.refresh_from_db()
    assert reply.platform_post_id == "t3_posted_by_hand"
    assert reply.content == original


def test_admin_settle_action_is_audited_and_reports_success(admin_client, staff):
    txn = pff.TransactionFactory()
    url = reverse("admin:portfolio_transaction_changelist")
    response = admin_client.post(
        url, {"action": "settle", "_selected_action": [txn.pk]}, follow=True
    )
    assert any("settled" in str(m) for m in response.context["messages"])
    assert trail(txn)[0].actor == staff


def test_admin_reject_of_a_draft_application_says_why(admin_client):
    app = pff.LoanApplicationFactory()
    url = reverse("admin:portfolio_loanapplication_changelist")
    response = admin_client.post(
        url, {"action": "reject", "_selected_action": [app.pk]}, follow=True
    )
    assert any("submitted" in str(m) for m in response.context["messages"])
    assert trail(app) == []


# --- API -------------------------------------------------------------------------------


def test_api_reply_create_and_patch_are_audited(staff_client, staff_user):
    decision = ef.DecisionFactory()
    payload = {
        "decision": str(decision.pk),
        "content": ef.signed("Drink water and electrolytes."),
        "archetype": "CHECKLIST",
        "platform": "TWITTER",
        "utm_code": "tw-2",
    }
    response = staff_client.post(reverse("api:engagement-reply-list"), payload, format="json")
    assert response.status_code == 201, response.json()
    reply = Reply.objects.get(pk=response.json()["id"])
    new = ef.signed("Drink water, then electrolytes.")
    response = staff_client.patch(
        reverse("api:engagement-reply-detail", args=[reply.pk]), {"content": new}, format="json"
    )
    assert response.status_code == 200, response.json()
    created, updated = trail(reply)
    assert created.actor == staff_user and updated.details_json["after"] == {"content": new}
