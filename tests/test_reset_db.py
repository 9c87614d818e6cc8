"""``manage.py reset_db`` (``make reset``): back to the fixtures after an edit; never without DEBUG.

Runs ``manage.py`` in subprocesses against a throwaway database on the test
server, never the test database the other tests use.
"""

import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.conf import settings

from core.db.connect import connection_params
from tests.utils import project_env, scratch_database, server_url

ROOT = Path(settings.BASE_DIR)
pytestmark = [pytest.mark.slow, pytest.mark.django_db]

# Rows the fixtures hold (fixed keys), to compare table by table.
STATE_SQL = """
SELECT c.relname
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'django_migrations'
ORDER BY 1
"""


def manage(database, *args, input=None, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=project_env(DATABASE_URL=server_url(database), DB_POOL_ENABLED="0", **env),
        input=input,
        capture_output=True,
        text=True,
        timeout=600,
    )


def state(database) -> dict:
    """{table: md5 of its rows in key order} for every table but django_migrations."""
    with psycopg.connect(**connection_params(dbname=database, autocommit=True)) as conn:
        tables = [name for (name,) in conn.execute(STATE_SQL).fetchall()]
        return {
            table: conn.execute(
                f"SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM \"{table}\" t"
            ).fetchone()
            for table in tables
        }


@pytest.fixture
def throwaway_database():
    with scratch_database("reset", template="template0") as name:
        yield name


def test_reset_db_restores_the_fixture_state_after_an_edit(throwaway_database):
    db = throwaway_database
    first = manage(db, "reset_db", "--no-input")  # works on an empty database too
    assert first.returncode == 0, first.stdout + first.stderr
    fixtures = state(db)
    assert fixtures["accounts_user"][0] > 0 and fixtures["portfolio_portfolio"][0] > 0

    with psycopg.connect(**connection_params(dbname=db, autocommit=True)) as conn:
        conn.execute("UPDATE accounts_user SET first_name = 'edited'")
        conn.execute("DELETE FROM conversations_agentmessage")
        conn.execute("CREATE TABLE reset_probe (id int)")
        conn.execute("CREATE FUNCTION reset_probe_fn() RETURNS int LANGUAGE sql AS 'SELECT 1'")
    assert state(db) != fixtures

    again = manage(db, "reset_db", "--no-input")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "reset to the fixtures" in again.stdout
    assert state(db) == fixtures  # same tables, same rows; the probe table is gone
    with psycopg.connect(**connection_params(dbname=db, autocommit=True)) as conn:
        assert conn.execute("SELECT to_regproc('reset_probe_fn')").fetchone()[0] is None
    check = manage(db, "migrate", "--check")
    assert check.returncode == 0, check.stdout + check.stderr  # fully migrated


def test_reset_db_refuses_without_debug_and_asks_first(throwaway_database):
    db = throwaway_database
    with psycopg.connect(**connection_params(dbname=db, autocommit=True)) as conn:
        conn.execute("CREATE TABLE keep_me (id int)")
        conn.execute("INSERT INTO keep_me VALUES (1)")

    refused = manage(
        db,
        "reset_db",
        "--no-input",
        DEBUG="0",
        SECRET_KEY="a-long-random-production-like-secret-" + uuid.uuid4().hex,
    )
    assert refused.returncode == 1
    assert "refusing because DEBUG is off" in refused.stderr

    cancelled = manage(db, "reset_db", input="no\n")  # without --no-input it asks
    assert cancelled.returncode == 1
    assert "Type 'yes' to continue" in cancelled.stdout
    assert "Reset cancelled" in cancelled.stderr

    with psycopg.connect(**connection_params(dbname=db, autocommit=True)) as conn:
        assert conn.execute("SELECT count(*) FROM keep_me").fetchone()[0] == 1  # untouched
