"""check_schema_drift after the documented pg_dump/pg_restore: no drift; a real change still is."""

import tempfile
from pathlib import Path

import pytest
from django.db import connection, connections

from core import schema_drift
from tests.hardening.pgcluster import direct_settings, dump_database, restore_database
from tests.utils import run_sql_autocommit

RESTORED = f"{connection.settings_dict['NAME'][:40]}_restored"


@pytest.fixture
def restored_alias(django_db_blocker):
    """The migrated test database, dumped with pg_dump -Fc and restored into a new database."""
    source = direct_settings(connections["default"].settings_dict)
    if source is None:
        pytest.skip("behind a pooler pg_dump/pg_restore need DATABASE_DIRECT_URL (the primary)")
    with django_db_blocker.unblock():
        run_sql_autocommit(f'DROP DATABASE IF EXISTS "{RESTORED}" WITH (FORCE)')
        run_sql_autocommit(f'CREATE DATABASE "{RESTORED}" TEMPLATE template0')
        with tempfile.TemporaryDirectory() as tmp:
            dump = Path(tmp) / "platform.dump"
            dump_database(source, dump)
            restore_database(
                dump,
                host=source["HOST"],
                port=source["PORT"],
                user=source["USER"],
                password=source["PASSWORD"],
                dbname=RESTORED,
            )
        alias = "restored"
        options = {k: v for k, v in source["OPTIONS"].items() if k != "pool"}
        connections.settings[alias] = {**source, "NAME": RESTORED, "OPTIONS": options}
        try:
            yield alias
        finally:
            connections[alias].close()
            del connections[alias]
            connections.settings.pop(alias, None)
            run_sql_autocommit(f'DROP DATABASE IF EXISTS "{RESTORED}" WITH (FORCE)')


@pytest.mark.slow
@pytest.mark.django_db(databases=["default"])
def test_restored_database_has_no_drift_and_a_real_change_still_shows(restored_alias):
    expected = schema_drift.build_expected(restored_alias)
    restored = connections[restored_alias]
    with restored.cursor() as cur:
        live = schema_drift.snapshot(cur)
    problems = schema_drift.compare(live, expected.snapshot)
    assert problems == [], f"{len(problems)} differences, e.g.:\n" + "\n".join(problems[:5])

    # A real change in a restored database is still drift: a choice removed from a CHECK,
    # a partial index's condition changed.
    with restored.cursor() as cur:
        cur.execute(
            "ALTER TABLE portfolio_transaction DROP CONSTRAINT portfolio_transaction_status_valid"
        )
        cur.execute(
            "ALTER TABLE portfolio_transaction ADD CONSTRAINT portfolio_transaction_status_valid "
            "CHECK (status IN ('pending'))"
        )
        live = schema_drift.snapshot(cur)
    problems = schema_drift.compare(live, expected.snapshot)
    assert len(problems) == 1, problems
    assert "portfolio_transaction_status_valid" in problems[0]


def test_a_reprinted_chain_of_or_is_the_same_rule_and_a_regrouping_is_not():
    """pg_restore reprints ``((a OR b) OR c)`` as ``(a OR b OR c)`` (a trigger's WHEN)."""
    from core.catalog import normalise_expression as meaning

    nested = "WHEN ((((x)::text = 'a'::text) OR (y > 1)) OR (z IS NULL))"
    flat = "WHEN (((x)::text = 'a'::text) OR (y > 1) OR (z IS NULL))"
    assert meaning(nested) == meaning(flat)
    assert meaning("WHEN ((a > 1 AND b < 2) OR c = 3)") != meaning(
        "WHEN (a > 1 AND (b < 2 OR c = 3))"
    )
    assert meaning(flat) != meaning(flat.replace("y > 1", "y > 2"))
