"""A staff member in headless Chromium: logs in, reads the dashboard, works through the reply
queue (approve, next, reject with a reason), meets a refused save on the form, and every
list staff use fits at 1280 px. Screenshots: artifacts/screenshots/."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from engagement.choices import ApprovalStatus, AuditAction
from engagement.models import AuditLog, Reply
from tests.accounts.factories import StaffUserFactory
from tests.browser.conftest import PASSWORD
from tests.engagement import factories as f

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONG = (
    "Honestly the thing that works for me is a big glass of water with electrolytes before "
    "bed, a proper breakfast with eggs and toast, and not trying to power through with more "
    "coffee. Sleep it off if you can, and skip the 'hair of the dog' advice entirely."
)


@pytest.fixture
def staff(live_server):
    call_command("load_fixtures", verbosity=0)
    # a queue like the one in issue 15: a dozen more pending replies, some long
    now = timezone.now()
    for i in range(12):
        reply = f.ReplyFactory(
            content=f.signed(LONG if i % 2 else "Hydrate and eat something salty."),
            decision__post__content=LONG + " What should I do?",
        )
        Reply.objects.filter(pk=reply.pk).update(created_at=now - timedelta(minutes=i))
    f.EscalationFactory(priority=4)
    f.EscalationFactory(priority=3)
    user = StaffUserFactory(email="staff@example.com")
    user.set_password(PASSWORD)
    user.save(update_fields=["password"])
    return user


def wait(browser, css, timeout=10):
    return WebDriverWait(browser, timeout).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, css))
    )


def login(browser, live_server, user):
    browser.get(f"{live_server.url}/admin/login/")
    browser.find_element(By.NAME, "username").send_keys(user.email)
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    wait(browser, "#staff-dashboard")


def card_count(browser, slug):
    card = browser.find_element(By.CSS_SELECTOR, f'[data-card="{slug}"] .count')
    return int(card.text)


def pending_in_queue_order():
    return list(
        Reply.objects.filter(approval_status=ApprovalStatus.PENDING, deleted_at__isnull=True)
        .order_by("created_at", "id")
        .values_list("pk", flat=True)
    )


def messages_text(browser):
    return " ".join(e.text for e in browser.find_elements(By.CSS_SELECTOR, "ul.messagelist li"))


def test_dashboard_and_reply_queue(browser, live_server, staff, screenshot):
    login(browser, live_server, staff)
    pending = pending_in_queue_order()
    assert card_count(browser, "replies-waiting-for-review") == len(pending) >= 15
    assert card_count(browser, "open-escalations") >= 2
    critical = browser.find_element(By.CSS_SELECTOR, '[data-priority="critical"] strong')
    assert int(critical.text) >= 1
    screenshot("01-dashboard")

    # the queue: pending, oldest first, content wrapped
    browser.find_element(By.CSS_SELECTOR, '[data-card="replies-waiting-for-review"] a').click()
    wait(browser, "#result_list")
    rows = browser.find_elements(By.CSS_SELECTOR, "#result_list tbody tr")
    assert len(rows) == len(pending)
    first = rows[0].find_element(By.CSS_SELECTOR, "a.queue-open").get_attribute("href")
    assert first.endswith(f"/{pending[0]}/change/")  # oldest first
    assert no_sideways_scroll(browser)
    screenshot("02-reply-queue")

    # the oldest pending reply's page: post, author, scores, buttons
    browser.get(f"{live_server.url}/admin/")
    browser.find_element(By.LINK_TEXT, "Review the oldest →").click()
    wait(browser, "#review-panel")
    assert browser.current_url.endswith(f"/{pending[0]}/change/")
    panel = browser.find_element(By.ID, "review-panel").text
    assert "Post answered" in panel and "Composite score" in panel and "@" in panel
    screenshot("03-reply-review")

    # approve: audited, and the next pending one opens
    browser.find_element(By.ID, "review-approve").click()
    wait(browser, "#review-panel")
    assert "Approved:" in messages_text(browser)
    assert browser.current_url.endswith(f"/{pending[1]}/change/")
    assert Reply.objects.get(pk=pending[0]).approval_status == ApprovalStatus.APPROVED
    assert AuditLog.objects.filter(entity_id=str(pending[0]), action=AuditAction.APPROVED).exists()

    # next: skip this one
    browser.find_element(By.ID, "review-next").click()
    wait(browser, "#review-panel")
    assert browser.current_url.endswith(f"/{pending[2]}/change/")

    # reject without a reason: refused with the reason, nothing changes
    browser.find_element(By.ID, "review-reject").click()
    wait(browser, "ul.messagelist")
    assert "Give a reason to reject a reply." in messages_text(browser)
    assert Reply.objects.get(pk=pending[2]).approval_status == ApprovalStatus.PENDING
    screenshot("04-reject-refused", widths=(1280,))

    # reject with a reason: audited with it, and the next pending one opens
    browser.find_element(By.ID, "review-reason").send_keys("Reads like an advert")
    browser.find_element(By.ID, "review-reject").click()
    wait(browser, "#review-panel")
    assert "Rejected:" in messages_text(browser)
    rejected = Reply.objects.get(pk=pending[2])
    assert (rejected.approval_status, rejected.rejection_reason) == (
        ApprovalStatus.REJECTED,
        "Reads like an advert",
    )
    audit = AuditLog.objects.get(entity_id=str(pending[2]), action=AuditAction.REJECTED)
    assert audit.details_json["reason"] == "Reads like an advert" and audit.actor == staff
    assert browser.current_url.endswith(f"/{pending[3]}/change/")

    # the dashboard counts what is left
    browser.get(f"{live_server.url}/admin/")
    wait(browser, "#staff-dashboard")
    assert card_count(browser, "replies-waiting-for-review") == len(pending) - 2

    # the escalation queue, most urgent first
    browser.find_element(By.LINK_TEXT, "Take the most urgent →").click()
    wait(browser, "#review-panel")
    assert "Critical" in browser.find_element(By.ID, "review-panel").text
    screenshot("05-escalation-review")
    browser.get(f"{live_server.url}/admin/engagement/escalation/")
    wait(browser, "#result_list")
    assert no_sideways_scroll(browser)
    screenshot("06-escalation-queue")


def test_refused_save_shows_the_form_error(browser, live_server, staff, screenshot):
    """The form was opened while the reply was pending; another staff member approves it
    before this one saves an edit: the refusal is shown on the content field."""
    approved = f.ReplyFactory()
    login(browser, live_server, staff)
    browser.get(f"{live_server.url}/admin/engagement/reply/{approved.pk}/change/")
    content = wait(browser, "textarea[name=content]")
    Reply.objects.filter(pk=approved.pk).update(
        approval_status="APPROVED", approved_by=staff, approved_at=timezone.now()
    )
    content.clear()
    content.send_keys(f.signed("Rewritten after approval."))
    browser.find_element(By.NAME, "_save").click()
    error = wait(browser, ".errornote")
    assert "correct the error" in error.text.lower()
    field_error = browser.find_element(By.CSS_SELECTOR, ".field-content .errorlist").text
    assert "content is final" in field_error
    # the form keeps what was typed; the database keeps what was approved
    typed = browser.find_element(By.CSS_SELECTOR, "textarea[name=content]").get_attribute("value")
    assert "Rewritten after approval." in typed
    approved.refresh_from_db()
    assert "Rewritten" not in approved.content
    screenshot("07-refused-save")


LISTS = [
    ("portfolio/transaction", "08-transactions"),
    ("portfolio/loanapplication", "09-loan-applications"),
    ("accounts/user", "10-users"),
    ("portfolio/basket", "11-baskets"),
    ("research/run", "12-research-runs"),
]


def no_sideways_scroll(browser):
    """Neither the page nor the list's own scroll box (Django's ``.results``) is wider than
    the window: every column is on screen."""
    overflow = browser.execute_script(
        """const box = document.querySelector('#changelist .results') || document.body;
        return Math.max(document.documentElement.scrollWidth - window.innerWidth,
                        box.scrollWidth - box.clientWidth);"""
    )
    return overflow <= 1 or print(f"{browser.current_url}: {overflow} px too wide")


@pytest.mark.parametrize(("path", "name"), LISTS)
def test_lists_fit_at_1280(browser, live_server, staff, screenshot, path, name):
    login(browser, live_server, staff)
    browser.set_window_size(1280, 900)
    browser.get(f"{live_server.url}/admin/{path}/")
    wait(browser, "#result_list")
    fits = no_sideways_scroll(browser)
    screenshot(name)
    assert fits, f"{path} scrolls sideways at 1280 px"
