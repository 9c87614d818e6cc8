"""Issue 15: `make dev` twice with staff work in between. `load_fixtures` inserts the
missing rows only: it neither fails on nor overwrites rows staff changed since."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from engagement.choices import ApprovalStatus
from engagement.models import AuditLog, Reply
from portfolio.choices import TransactionStatus
from portfolio.models import Transaction
from tests.accounts.factories import StaffUserFactory

pytestmark = pytest.mark.django_db(transaction=True)

PENDING_REPLY = "e0000004-0000-4000-8000-000000000002"


def admin_action(client, model, action, pk):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    response = client.post(url, {"action": action, "_selected_action": [str(pk)]}, follow=True)
    assert response.status_code == 200
    return [str(m) for m in response.context["messages"]]


def test_loading_fixtures_again_keeps_admin_edits_and_does_not_fail(client):
    call_command("load_fixtures", verbosity=0)
    staff = StaffUserFactory(is_superuser=True)
    client.force_login(staff)

    admin_action(client, Transaction, "settle", 6)
    admin_action(client, Reply, "approve_replies", PENDING_REPLY)
    assert Transaction.objects.get(pk=6).status == TransactionStatus.SETTLED
    assert Reply.objects.get(pk=PENDING_REPLY).approval_status == ApprovalStatus.APPROVED

    call_command("load_fixtures", verbosity=0)  # no error: the settled row is not rewritten

    assert Transaction.objects.get(pk=6).status == TransactionStatus.SETTLED
    reply = Reply.objects.get(pk=PENDING_REPLY)
    assert reply.approval_status == ApprovalStatus.APPROVED and reply.approved_by == staff
    assert AuditLog.objects.filter(entity_id=PENDING_REPLY, action="APPROVED").exists()


def test_missing_fixture_rows_are_inserted_again(client):
    call_command("load_fixtures", verbosity=0)
    from conversations.models import AgentMessage

    total = AgentMessage.objects.count()
    AgentMessage.objects.filter(
        pk__in=list(AgentMessage.objects.values_list("pk", flat=True)[:2])
    ).delete()
    call_command("load_fixtures", verbosity=0)
    assert AgentMessage.objects.count() == total
