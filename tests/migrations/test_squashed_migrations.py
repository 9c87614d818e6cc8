"""The squashed migrations (issue 14) on a fresh database and on one that applied the old ones.

- Fresh: the test database is migrated with the squashed files; its catalog matches what
  its applied migrations say (``check_schema_drift``), and the names the squashes replace,
  recorded by Django next to the squashes, are not reported as "not on disk".
- Landed: ``tests/fixtures/landed_schema.sql`` is the schema and the ``django_migrations``
  rows of a database migrated with the migrations that landed (commit a17cf46; frozen
  by ``scripts/freeze_landed_schema.sh`` from a real ``migrate`` of those files, so it is
  what a deployed database holds). Loaded into an empty database, ``manage.py migrate``
  counts the squashed initial migrations as applied, runs only the later ones, and the
  result has no drift and the very catalog of a freshly migrated database.
- A database that applied only part of what a squash replaces is refused with a message
  naming ``make reset``.

That the squashed files build the same catalog as the old ones, on empty databases, was
checked once with ``scripts/compare_catalogs.py`` (docs/migrations.md).
"""

import re
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from core.schema_drift import check, compare, snapshot

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "landed_schema.sql"
LOCAL = ("accounts", "conversations", "core", "engagement", "ideas", "portfolio", "research")
PROJECT = {"DJANGO_SETTINGS_MODULE": "config.settings"}  # without the test-only lockapp
SQUASHED_INITIALS = [
    (app, "0001_initial_squashed")
    for app in ("accounts", "conversations", "engagement", "ideas", "portfolio", "research")
]


def landed_sql() -> str:
    return FIXTURE.read_bytes().decode()  # bytes: a CHECK literal holds a carriage return


def dumped_from_major() -> int:
    return int(re.search(r"Dumped from database version (\d+)", landed_sql()).group(1))


@pytest.fixture
def landed_db(scratch_db, django_db_blocker):
    """A scratch database holding the landed schema and its django_migrations rows."""
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        major = int(cursor.fetchone()[0]) // 10000
    if major < dumped_from_major():
        pytest.skip(f"the fixture is a PostgreSQL {dumped_from_major()} dump; server is {major}")
    # The dump's session settings (search_path = '', statement_timeout = 0, ...) are made
    # transaction-local: behind a transaction-mode PgBouncer a session-level SET stays on
    # the server connection for whoever is handed it next.
    sql = re.sub(r"(?m)^SET (\w+) = ", r"SET LOCAL \1 = ", landed_sql())
    sql = sql.replace("set_config('search_path', '', false)", "set_config('search_path', '', true)")
    with scratch_db.connect() as conn, conn.transaction():
        conn.execute(sql)
    return scratch_db


def applied(db) -> set[tuple[str, str]]:
    with db.connect() as conn:
        return set(conn.execute("SELECT app, name FROM django_migrations").fetchall())


def test_every_landed_migration_is_replaced_by_a_squash():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    replaced = {tuple(r) for m in loader.replacements.values() for r in m.replaces}
    landed = {row for row in re.findall(r"VALUES \(\d+, '(\w+)', '(\w+)'", landed_sql())}
    landed_local = {row for row in landed if row[0] in LOCAL}
    assert len(landed_local) == 10
    assert landed_local <= replaced
    # ... and no file of an old name is left on disk.
    on_disk = {key for key in loader.disk_migrations if key[0] in LOCAL}
    assert not (on_disk & replaced)


@pytest.mark.django_db
def test_fresh_database_has_no_drift_and_replaced_names_are_known():
    recorded = set(
        connection.cursor().execute("SELECT app, name FROM django_migrations").fetchall()
    )
    assert set(SQUASHED_INITIALS) <= recorded
    assert ("engagement", "0001_initial") in recorded  # Django records the replaced names too
    problems, expected = check()
    assert expected.not_on_disk == []
    assert problems == []


@pytest.mark.django_db(transaction=True)
def test_landed_database_migrates_forward_without_drift(landed_db):
    before = applied(landed_db)
    assert ("research", "0002_definition_no_cycle_trigger") in before
    assert not any(app == "core" for app, _name in before)

    result = landed_db.manage("migrate", "--no-input", env=PROJECT, timeout=300)
    assert result.returncode == 0, result.stderr
    applying = re.findall(r"Applying (\w+)\.(\w+)\.\.\.", result.stdout)
    assert applying, result.stdout
    # The squashed initials count as applied (their replaced names are recorded) ...
    assert not set(SQUASHED_INITIALS) & set(applying)
    # ... and everything after them runs.
    assert ("core", "0001_initial") in applying
    assert ("research", "0002_squashed_changes") in applying
    assert set(SQUASHED_INITIALS) <= applied(landed_db)

    drift = landed_db.manage("check_schema_drift", env=PROJECT, timeout=300)
    assert drift.returncode == 0, drift.stdout + drift.stderr
    assert "No schema drift" in drift.stdout

    # The very catalog of the freshly migrated test database.
    with landed_db.connect() as conn, conn.cursor() as cursor:
        carried = snapshot(cursor)
    with connection.cursor() as cursor:
        fresh = snapshot(cursor)
    assert compare(carried, fresh) == []
    assert len(fresh.constraints) > 400 and len(fresh.triggers) > 15


@pytest.mark.django_db(transaction=True)
def test_partly_applied_squash_is_refused_with_make_reset(landed_db):
    with landed_db.connect() as conn:
        conn.execute("DELETE FROM django_migrations WHERE app = 'ideas' AND name = '0001_initial'")
    before = applied(landed_db)
    result = landed_db.manage("migrate", "--no-input", env=PROJECT)
    assert result.returncode != 0
    assert "ideas.0001_initial_squashed replaces 2 migrations" in result.stderr
    assert "(not: 0001_initial)" in result.stderr
    assert "make reset" in result.stderr
    assert applied(landed_db) == before  # nothing was migrated
