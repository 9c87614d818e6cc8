"""``ddl_timeouts`` (core/migration_lock.py) sets lock_timeout / statement_timeout once per
transaction (one per atomic migration), not before every statement (issue 14).

Proven on PostgreSQL: inside a transaction, a value changed by hand after the first
statement stays (a per-statement set_config would put it back); the next transaction gets
the configured values again, and autocommit statements get them for the session.
"""

import pytest
from django.db import connection, transaction

from core.migration_lock import ddl_timeouts


def show(cursor, name):
    cursor.execute(f"SHOW {name}")
    return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_timeouts_are_set_once_per_transaction():
    with ddl_timeouts(connection, lock_timeout="3s", statement_timeout="2min"):
        for _migration in range(2):
            with transaction.atomic(), connection.cursor() as cursor:
                assert show(cursor, "lock_timeout") == "3s"
                assert show(cursor, "statement_timeout") == "2min"
                cursor.execute("SET LOCAL lock_timeout = '7s'")
                cursor.execute("SELECT 1")
                cursor.execute("SELECT 2")
                assert show(cursor, "lock_timeout") == "7s"  # not set again per statement
        with connection.cursor() as cursor:  # autocommit: for the session
            assert show(cursor, "lock_timeout") == "3s"
            cursor.execute("SET lock_timeout = '9s'")
            cursor.execute("SELECT 1")
            assert show(cursor, "lock_timeout") == "9s"  # not per statement here either
    with connection.cursor() as cursor:  # reset when the block ends
        cursor.execute("RESET lock_timeout")
        default = show(cursor, "lock_timeout")
    with ddl_timeouts(connection, lock_timeout="3s", statement_timeout="2min"):
        pass
    with connection.cursor() as cursor:
        assert show(cursor, "lock_timeout") == default
