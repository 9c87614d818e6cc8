"""Decisions are final in PostgreSQL: the trigger SQL shared by the oversight tables.

A trigger refuses a change to a decided row (an approved or posted reply's content, a
decided loan application's amounts, a finished research run's status) like a CHECK
(SQLSTATE 23514, the rule's name as the constraint), unless the same transaction has
written the correction's audit row: an ``engagement_auditlog`` row with action
``CORRECTED`` for that entity whose ``created_at`` is this transaction's
``transaction_timestamp()`` (the default is the statement's time, so a row from
another transaction, or a plain INSERT, does not count by accident). The audited service functions (``reply_correct_content``,
``loan_application_correct``, ``run_correct_status``) write that row first, so a
correction is always explicit and traced; any other writer, SQL included, is refused.
"""

import pgtrigger

from core.db.constraints import raise_check_violation_sql

CORRECTED = "CORRECTED"


def corrected_in_this_transaction_sql(entity_type: str) -> str:
    """SQL: the transaction wrote a CORRECTED audit row for the row OLD."""
    return (
        "EXISTS (SELECT 1 FROM engagement_auditlog a "
        f"WHERE a.entity_type = '{entity_type}' AND a.entity_id = OLD.id::text "
        f"AND a.action = '{CORRECTED}' AND a.created_at = transaction_timestamp())"
    )


def final_unless_corrected(
    *, name: str, constraint: str, entity_type: str, condition: str, what: str
) -> pgtrigger.Trigger:
    """BEFORE UPDATE: refuse ``condition`` (on OLD/NEW) unless audited as a correction."""
    what = what.replace("'", "''")
    return pgtrigger.Trigger(
        name=name,
        when=pgtrigger.Before,
        operation=pgtrigger.Update,
        condition=pgtrigger.Condition(f"({condition})"),
        func=(
            f"IF NOT {corrected_in_this_transaction_sql(entity_type)} THEN "
            + raise_check_violation_sql(
                constraint,
                f"format('{constraint}: {what} (%s), correct it through the audited "
                "service', OLD.id)",
            )
            + " END IF; RETURN NEW;"
        ),
    )


def never_deleted(*, name: str, constraint: str, what: str) -> pgtrigger.Trigger:
    """BEFORE DELETE: always refused."""
    what = what.replace("'", "''")
    return pgtrigger.Trigger(
        name=name,
        when=pgtrigger.Before,
        operation=pgtrigger.Delete,
        func=raise_check_violation_sql(constraint, f"format('{constraint}: {what} (%s)', OLD.id)")
        + " RETURN NULL;",
    )
