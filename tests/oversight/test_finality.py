"""Decisions are final in PostgreSQL (issue 15): raw SQL cannot change an approved or
posted reply's content, delete a reply, change a decided loan application or move a
finished run; the audited correction services can, and leave their CORRECTED row."""

import pytest
from django.utils import timezone

from core.errors import DomainValidationError
from engagement import services as eng
from engagement.models import AuditLog
from portfolio import services as pf
from portfolio.choices import LoanApplicationStatus
from research import services as rs
from research.choices import RunStatus
from tests.accounts.factories import StaffUserFactory
from tests.engagement import factories as ef
from tests.portfolio.factories import LoanApplicationFactory, LoanFactory
from tests.research.factories import RunFactory
from tests.utils import assert_sql_rejected, run_sql

pytestmark = pytest.mark.django_db

NOW = timezone.now()


@pytest.fixture
def staff():
    return StaffUserFactory()


def approved_reply(staff, **extra):
    return ef.ReplyFactory(approval_status="APPROVED", approved_by=staff, approved_at=NOW, **extra)


def test_an_approved_reply_content_cannot_be_rewritten_in_sql(staff):
    reply = approved_reply(staff)
    assert_sql_rejected(
        "engagement_reply_decided_content_final",
        "UPDATE engagement_reply SET content = %s WHERE id = %s",
        [ef.signed("Something else entirely."), reply.pk],
    )
    # other columns of a decided reply still move (posting, counters, soft delete)
    run_sql("UPDATE engagement_reply SET help_count = 3 WHERE id = %s", [reply.pk])


def test_a_posted_reply_content_cannot_be_rewritten_in_sql(staff):
    reply = approved_reply(staff, posted_at=NOW)
    assert_sql_rejected(
        "engagement_reply_decided_content_final",
        "UPDATE engagement_reply SET content = content || ' more' WHERE id = %s",
        [reply.pk],
    )


def test_a_pending_reply_content_can_change():
    reply = ef.ReplyFactory()
    run_sql(
        "UPDATE engagement_reply SET content = %s WHERE id = %s",
        [ef.signed("Edited before review."), reply.pk],
    )


def test_a_reply_is_never_deleted_in_sql():
    reply = ef.ReplyFactory()
    assert_sql_rejected(
        "engagement_reply_never_deleted", "DELETE FROM engagement_reply WHERE id = %s", [reply.pk]
    )
    eng.reply_soft_delete(reply_id=reply.pk, user=None, reason="spam")  # the soft delete stays


def test_the_correction_service_changes_a_decided_reply_with_its_audit_row(staff):
    reply = approved_reply(staff)
    old = reply.content
    new = ef.signed("Corrected wording after approval.")
    eng.reply_correct_content(reply_id=reply.pk, user=staff, content=new, reason="typo")
    reply.refresh_from_db()
    assert reply.content == new and reply.approval_status == "APPROVED"
    row = AuditLog.objects.get(entity_id=str(reply.pk), action="CORRECTED")
    assert row.actor == staff
    assert row.details_json == {
        "before": {"content": old},
        "after": {"content": new},
        "reason": "typo",
    }


def test_a_correction_needs_a_reason_and_valid_content(staff):
    reply = approved_reply(staff)
    with pytest.raises(DomainValidationError):
        eng.reply_correct_content(
            reply_id=reply.pk, user=staff, content=ef.signed("x" * 20), reason=""
        )
    with pytest.raises(DomainValidationError):
        eng.reply_correct_content(reply_id=reply.pk, user=staff, content="It cures all", reason="r")
    assert not AuditLog.objects.filter(action="CORRECTED").exists()


def test_a_decided_loan_application_cannot_change_in_sql(staff):
    loan = LoanFactory()
    app = loan.application
    assert_sql_rejected(
        "portfolio_loanapplication_decided_final",
        "UPDATE portfolio_loanapplication SET requested_amount = 99999 WHERE id = %s",
        [app.pk],
    )
    assert_sql_rejected(
        "portfolio_loanapplication_decided_final",
        "UPDATE portfolio_loanapplication SET status = 'submitted' WHERE id = %s",
        [app.pk],
    )
    run_sql("UPDATE portfolio_loanapplication SET decision_note = 'n' WHERE id = %s", [app.pk])


def test_an_open_loan_application_can_change_in_sql():
    app = LoanApplicationFactory()
    run_sql("UPDATE portfolio_loanapplication SET requested_amount = 99999 WHERE id = %s", [app.pk])


def test_the_loan_application_correction_is_audited(staff):
    app = LoanFactory().application
    pf.loan_application_correct(
        application_id=app.pk, user=staff, reason="typo in the form", term_months=24
    )
    app.refresh_from_db()
    assert app.term_months == 24 and app.status == LoanApplicationStatus.APPROVED
    row = AuditLog.objects.get(entity_type="loanapplication", entity_id=str(app.pk))
    assert row.action == "CORRECTED"
    assert row.details_json["before"] == {"term_months": 12}
    assert row.details_json["after"] == {"term_months": 24}


def test_a_finished_run_cannot_go_back_in_sql():
    for status in (RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.CANCELLED):
        run = RunFactory(status=status, started_at=NOW, completed_at=NOW)
        assert_sql_rejected(
            "research_run_finished_final",
            "UPDATE research_run SET status = 'pending', completed_at = NULL WHERE id = %s",
            [run.pk],
        )
    running = RunFactory(status=RunStatus.RUNNING, started_at=NOW)
    run_sql(
        "UPDATE research_run SET status = 'completed', completed_at = now() WHERE id = %s",
        [running.pk],
    )


def test_the_run_correction_is_audited(staff):
    run = RunFactory(status=RunStatus.COMPLETED, started_at=NOW, completed_at=NOW)
    rs.run_correct_status(run_id=run.pk, user=staff, status=RunStatus.FAILED, reason="bad data")
    run.refresh_from_db()
    assert run.status == RunStatus.FAILED
    row = AuditLog.objects.get(entity_type="run", entity_id=str(run.pk))
    assert row.details_json["before"] == {"status": "completed"}
    assert row.details_json["after"] == {"status": "failed"}


def test_a_correction_audit_row_from_another_transaction_does_not_unlock(staff):
    """The CORRECTED row must be written in the same transaction as the change."""
    reply = approved_reply(staff)
    run_sql(
        "INSERT INTO engagement_auditlog (id, entity_type, entity_id, action, created_at) "
        "VALUES (gen_random_uuid(), 'reply', %s, 'CORRECTED', now() - interval '1 second')",
        [str(reply.pk)],
    )
    assert_sql_rejected(
        "engagement_reply_decided_content_final",
        "UPDATE engagement_reply SET content = %s WHERE id = %s",
        [ef.signed("Sneaky rewrite of the text."), reply.pk],
    )
