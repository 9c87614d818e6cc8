"""The review queues (engagement/admin_queue.py), the staff dashboard (core/dashboard.py),
the grouped index, and a refused save shown on the form as posted (core/admin.py)."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from core.dashboard import cards as dashboard_cards
from core.presentation import money, percent, plain_help, quantity, short_id
from engagement.choices import ApprovalStatus, AuditAction, EscalationStatus
from engagement.models import AuditLog, Escalation, Reply
from portfolio.models import BasketAsset
from research.models import Definition
from tests.engagement import factories as f
from tests.portfolio import factories as pf

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:engagement_reply_changelist")


def pending_replies(n):
    """``n`` pending replies, the first one the oldest."""
    now = timezone.now()
    replies = []
    for i in range(n):
        reply = f.ReplyFactory()
        Reply.objects.filter(pk=reply.pk).update(created_at=now - timedelta(hours=n - i))
        replies.append(reply)
    return replies


def decide(client, reply, decision, reason=""):
    url = reverse("admin:engagement_reply_decide", args=[reply.pk])
    return client.post(url, {"decision": decision, "reason": reason})


# --- the reply queue ---------------------------------------------------------------------


def test_queue_opens_on_pending_replies_oldest_first(admin_client_logged_in):
    older, newer = pending_replies(2)
    f.ApprovedReplyFactory()
    deleted = f.ReplyFactory(deleted_at=timezone.now(), delete_reason="spam")
    response = admin_client_logged_in.get(QUEUE)
    rows = list(response.context["cl"].result_list)
    assert rows == [older, newer]
    # the dashboard's link names the choice: the same queue, in the same order
    named = admin_client_logged_in.get(QUEUE + "?review=pending").context["cl"].result_list
    assert list(named) == [older, newer]
    body = response.content.decode()
    # each row: the reply, the post it answers with its author linked, the score
    assert older.decision.post.content[:30] in body
    assert reverse("admin:engagement_author_change", args=[older.decision.post.author_id]) in body
    assert "0.75" in body
    everything = admin_client_logged_in.get(QUEUE + "?review=all").context["cl"].result_list
    assert deleted in list(everything) and len(everything) == 4


def test_reply_page_shows_post_author_scores_and_decision_buttons(admin_client_logged_in):
    (reply,) = pending_replies(1)
    body = admin_client_logged_in.get(
        reverse("admin:engagement_reply_change", args=[reply.pk])
    ).content.decode()
    post = reply.decision.post
    assert post.content in body and f"@{post.author.handle}" in body
    for label in ("Composite score", "Solution-seeking (SSS)", "0.80", "Topic risk (TRS)"):
        assert label in body
    assert 'value="approve"' in body and 'value="reject"' in body and "review-next" in body


def test_approve_from_the_page_audits_and_opens_the_next_pending(
    admin_client_logged_in, staff_user
):
    first, second = pending_replies(2)
    response = decide(admin_client_logged_in, first, "approve")
    assert response.status_code == 302
    assert response.url == reverse("admin:engagement_reply_change", args=[second.pk])
    first.refresh_from_db()
    assert (first.approval_status, first.approved_by) == (ApprovalStatus.APPROVED, staff_user)
    assert AuditLog.objects.get(entity_id=str(first.pk)).action == AuditAction.APPROVED
    # the last one: back to the (now empty) queue, saying so
    response = decide(admin_client_logged_in, second, "reject", reason="Too salesy")
    assert response.url == QUEUE
    second.refresh_from_db()
    assert second.rejection_reason == "Too salesy"
    audit = AuditLog.objects.get(entity_id=str(second.pk))
    assert (audit.action, audit.details_json["reason"]) == (AuditAction.REJECTED, "Too salesy")
    page = admin_client_logged_in.get(response.url)
    assert "No more replies are waiting for review." in page.content.decode()


def test_reject_needs_a_reason_and_a_decided_reply_is_refused(admin_client_logged_in):
    (reply,) = pending_replies(1)
    response = decide(admin_client_logged_in, reply, "reject")
    assert response.url == reverse("admin:engagement_reply_change", args=[reply.pk])
    page = admin_client_logged_in.get(response.url).content.decode()
    assert "Rejected refused: Give a reason to reject a reply." in page
    reply.refresh_from_db()
    assert reply.approval_status == ApprovalStatus.PENDING and not AuditLog.objects.exists()

    approved = f.ApprovedReplyFactory()
    response = decide(admin_client_logged_in, approved, "reject", reason="late")
    page = admin_client_logged_in.get(response.url).content.decode()
    assert "Only a pending reply can be reviewed" in page
    assert "Decided: nothing left to do" in page


def test_next_is_one_click_away(admin_client_logged_in):
    first, second, third = pending_replies(3)
    nxt = reverse("admin:engagement_reply_next")
    assert admin_client_logged_in.get(nxt).url.endswith(f"/{first.pk}/change/")
    assert admin_client_logged_in.get(f"{nxt}?after={first.pk}").url.endswith(
        f"/{second.pk}/change/"
    )
    # after the last, round to the oldest other pending one
    assert admin_client_logged_in.get(f"{nxt}?after={third.pk}").url.endswith(
        f"/{first.pk}/change/"
    )


def test_bulk_reject_takes_the_typed_reason_and_refuses_without(admin_client_logged_in):
    replies = pending_replies(2)
    data = {"action": "reject_replies", "_selected_action": [str(r.pk) for r in replies]}
    page = admin_client_logged_in.post(QUEUE, data, follow=True).content.decode()
    assert "Nothing rejected: type the reason in the box first." in page
    assert not AuditLog.objects.exists()
    page = admin_client_logged_in.post(QUEUE, {**data, "reason": "Duplicate"}, follow=True)
    assert "Rejected: 2 row(s)." in page.content.decode()
    assert set(Reply.objects.values_list("rejection_reason", flat=True)) == {"Duplicate"}
    assert AuditLog.objects.filter(action=AuditAction.REJECTED).count() == 2


# --- the escalation queue ----------------------------------------------------------------


def test_escalation_queue_opens_on_open_ones_by_priority(admin_client_logged_in, staff_user):
    low = f.EscalationFactory(priority=1)
    critical = f.EscalationFactory(priority=4)
    closed = f.EscalationFactory(priority=4)
    Escalation.objects.filter(pk=closed.pk).update(
        status=EscalationStatus.RESOLVED, resolved_at=timezone.now()
    )
    url = reverse("admin:engagement_escalation_changelist")
    rows = list(admin_client_logged_in.get(url).context["cl"].result_list)
    assert rows == [critical, low]
    # resolve the most urgent from its page, with notes: audited, then the next one opens
    response = admin_client_logged_in.post(
        reverse("admin:engagement_escalation_decide", args=[critical.pk]),
        {"decision": "resolve", "reason": "Answered by DM"},
    )
    assert response.url == reverse("admin:engagement_escalation_change", args=[low.pk])
    critical.refresh_from_db()
    assert (critical.status, critical.resolution_notes) == ("RESOLVED", "Answered by DM")
    assert AuditLog.objects.get(entity_id=str(critical.pk)).action == AuditAction.RESOLVED
    body = admin_client_logged_in.get(response.url).content.decode()
    assert 'value="assign"' in body and low.post.content in body


# --- the dashboard and the index ---------------------------------------------------------


def test_dashboard_counts_what_waits_and_links_to_it(admin_client_logged_in):
    from tests.ideas.factories import EvaluationFactory

    pending_replies(3)
    f.ApprovedReplyFactory()
    f.EscalationFactory(priority=4)
    f.EscalationFactory(priority=3)
    f.EscalationFactory(priority=3)
    now = timezone.now()
    EvaluationFactory(status="failed", started_at=now, completed_at=now, error_message="timeout")
    pf.SubmittedLoanApplicationFactory()
    body = admin_client_logged_in.get(reverse("admin:index")).content.decode()
    assert "Needs attention" in body
    cards = {c.label: c for c in dashboard_cards()}
    assert cards["Replies waiting for review"].count == 3
    assert cards["Open escalations"].count == 3
    assert [(label, n) for label, n, _ in cards["Open escalations"].rows][:2] == [
        ("Critical", 1),
        ("High", 2),
    ]
    assert cards["Failed evaluations"].count == 1
    assert cards["Submitted loan applications"].count == 1
    assert "never run" in cards["Retention: last run"].detail
    for card in cards.values():
        assert card.url.replace("&", "&amp;") in body
        assert admin_client_logged_in.get(card.url).status_code == 200
    # the linked list holds exactly what the card counts
    changelist = admin_client_logged_in.get(cards["Submitted loan applications"].url)
    assert len(changelist.context["cl"].result_list) == 1


def test_index_groups_decisions_first(admin_client_logged_in):
    response = admin_client_logged_in.get(reverse("admin:index"))
    names = [app["name"] for app in response.context["app_list"]]
    assert names[:3] == ["Decisions waiting for staff", "Audit and retention", "People and access"]
    first = [m["object_name"] for m in response.context["app_list"][0]["models"]]
    assert first[:2] == ["Reply", "Escalation"]
    assert "Social engagement bot" in names


# --- refusals on the form ----------------------------------------------------------------


def test_refused_save_is_shown_on_the_form_as_posted(admin_client_logged_in):
    """An approved reply's content is final: the form comes back with the error on the
    content field and the text the staff member typed, nothing saved, no audit row."""
    reply = f.ApprovedReplyFactory()
    url = reverse("admin:engagement_reply_change", args=[reply.pk])
    typed = f.signed("A rewritten reply after approval.")
    response = admin_client_logged_in.post(
        url,
        {
            "decision": reply.decision_id,
            "content": typed,
            "archetype": reply.archetype,
            "platform": reply.platform,
            "utm_code": reply.utm_code,
            "reply_type": reply.reply_type,
            "metrics_json": "{}",
            "platform_post_id": "",
        },
    )
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "content is final" in " ".join(form.errors["content"])
    assert typed in response.content.decode()
    reply.refresh_from_db()
    assert reply.content != typed and not AuditLog.objects.exists()


def test_definition_that_is_its_own_parent_is_a_form_error(admin_client_logged_in):
    from tests.research.factories import DefinitionFactory

    definition = DefinitionFactory()
    page = admin_client_logged_in.get(
        reverse("admin:research_definition_change", args=[definition.pk])
    )
    from tests.oversight.test_admin_never_crashes import form_data

    data = form_data(page)
    data["parent"] = [str(definition.pk)]
    response = admin_client_logged_in.post(
        reverse("admin:research_definition_change", args=[definition.pk]), data
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors
    assert Definition.objects.get(pk=definition.pk).parent_id is None


def test_basket_allocation_broken_by_an_inline_save_is_a_form_error(admin_client_logged_in):
    """The deferred allocation trigger fires inside the admin's transaction (SET
    CONSTRAINTS ALL IMMEDIATE), so a stale inline (another asset added meanwhile) that
    the formset's own check cannot see is a form error, not a 500 at COMMIT."""
    basket = pf.BasketFactory()
    eth = pf.BasketAssetFactory(basket=basket, asset_symbol="ETH", allocation_percent=60)
    url = reverse("admin:portfolio_basket_change", args=[basket.pk])
    data = _form(admin_client_logged_in, url)
    # meanwhile another staff member adds an asset the page does not show
    pf.BasketAssetFactory(basket=basket, asset_symbol="SOL", allocation_percent=40)
    prefix = "assets"
    data.update(
        {
            "status": ["published"],
            f"{prefix}-TOTAL_FORMS": ["2"],
            f"{prefix}-1-asset_symbol": ["BTC"],
            f"{prefix}-1-asset_name": ["Bitcoin"],
            f"{prefix}-1-allocation_percent": ["40"],
            f"{prefix}-1-basket": [str(basket.pk)],
        }
    )
    response = admin_client_logged_in.post(url, data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.non_field_errors()
    assert "portfolio_basket_allocation_sum" in " ".join(errors)
    basket.refresh_from_db()
    assert basket.status == "draft"
    assert sorted(
        BasketAsset.objects.filter(basket=basket).values_list("asset_symbol", flat=True)
    ) == [
        "ETH",
        "SOL",
    ]
    assert eth.pk


def test_basket_asset_edit_breaking_a_published_basket_is_a_form_error(admin_client_logged_in):
    basket = pf.PublishedBasketFactory()
    asset = basket.assets.get(asset_symbol="ETH")
    url = reverse("admin:portfolio_basketasset_change", args=[asset.pk])
    data = _form(admin_client_logged_in, url)
    data["allocation_percent"] = ["50"]
    response = admin_client_logged_in.post(url, data)
    assert response.status_code == 200
    assert "portfolio_basket_allocation_sum" in " ".join(
        response.context["adminform"].form.non_field_errors()
    )
    asset.refresh_from_db()
    assert asset.allocation_percent == Decimal("60")


def _form(client, url):
    from tests.oversight.test_admin_never_crashes import form_data

    return form_data(client.get(url))


# --- presentation ------------------------------------------------------------------------


def test_money_percent_and_help_texts_read_like_people_write_them():
    assert money(Decimal("3000.00000000"), "USD") == "3,000.00 USD"
    assert money(Decimal("1234.5"), "JPY") == "1,234 JPY"
    assert money(Decimal("0.01500000"), "BTC") == "0.015 BTC"
    assert money(Decimal("2.00000000"), "ETH") == "2.00 ETH"
    assert money(None, "USD") == "—"
    assert percent(Decimal("12.5000")) == "12.50 %"
    assert quantity(Decimal("1.50000000")) == "1.5"
    assert plain_help("Gross value in `currency`.") == "Gross value in currency."
    assert plain_help("50 to 5000 characters (FR1).") == "50 to 5000 characters."
    assert short_id("00000000-0000-4000-8003-000400000003") == "#00000003"
    assert short_id(42) == "#42"


def test_basket_publish_action_reports_success_and_refusal(admin_client_logged_in):
    ready = pf.BasketFactory(name="Ready basket")
    pf.BasketAssetFactory(basket=ready, allocation_percent=60)
    pf.BasketAssetFactory(basket=ready, allocation_percent=40)
    short = pf.BasketFactory(name="Short basket")
    pf.BasketAssetFactory(basket=short, allocation_percent=50)
    response = admin_client_logged_in.post(
        reverse("admin:portfolio_basket_changelist"),
        {"action": "publish", "_selected_action": [ready.pk, short.pk]},
        follow=True,
    )
    texts = " | ".join(str(m) for m in response.context["messages"])
    assert "Ready basket (" in texts and "published." in texts
    assert "Short basket (" in texts and "100" in texts
