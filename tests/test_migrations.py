"""The project-wide migration round trip: every local app with migrations goes to zero and
forward again on a database holding all the fixtures.

The apps come from settings.LOCAL_APPS and the migration files on disk, so a new app
is covered without editing this file. For each app, read from the catalog before it goes
to zero: its tables, their rows, constraints, indexes, triggers and the functions those
triggers call. At zero, the tables and the trigger functions must be gone; forward again,
all of it must be back as it was, and the fixtures must load to the same rows.

``EXPECTED`` holds the per-app facts the former per-app copies asserted (row counts of
the fixtures, triggers that must exist, functions that must not outlive the app).
"""

import re
from pathlib import Path

import psycopg
import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from core.migration_lock import lock_connection_params

LOADER = MigrationLoader(None, ignore_no_migrations=True)
_MIGRATED = {app for app, _name in LOADER.disk_migrations}
LOCAL_LABELS = [name.rsplit(".", 1)[-1] for name in settings.LOCAL_APPS]
APPS_WITH_MIGRATIONS = [label for label in LOCAL_LABELS if label in _MIGRATED]

EXPECTED = {
    "conversations": {
        "rows": {"conversations.Conversation": 3, "conversations.AgentMessage": 6},
    },
    "ideas": {
        "rows": {"ideas.BusinessIdea": 6, "ideas.Evaluation": 5, "ideas.AgentResult": 25},
    },
    "engagement": {
        "rows": {"engagement.Author": 15, "engagement.Post": 15, "engagement.Reply": 6},
        # the append-only audit trigger (0002 drops its function on the way back)
        "triggers": {r"^pgtrigger_audit_append_only_": 1},
    },
    "research": {
        "tables": 9,  # with research_definitionpath (0005)
        "load": ["seed_research"],  # after load_fixtures, forward and back
        # the path trigger, its commit-time check and the path table's guard (0005)
        "triggers": {r"^research_definition_?path": 3},
        "functions_gone": [r"^research_definition_no_cycle$", r"^research_definition_?path"],
    },
    "portfolio": {
        "tables": 22,
        "every_model_has_rows": True,
        "triggers": {r"^pgtrigger_": 7},  # at least
        "functions_gone": [r"^pgtrigger_(basket|basketasset|portfolio|transaction)_"],
    },
}

CATALOG_SQL = {
    "tables": "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')",
    "constraints": "SELECT c.relname, con.conname, pg_get_constraintdef(con.oid) "
    "FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid "
    "WHERE c.relname = ANY(%s) AND con.contype <> 'n'",
    "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes "
    "WHERE schemaname = current_schema() AND tablename = ANY(%s)",
    "triggers": "SELECT c.relname, t.tgname, p.proname FROM pg_trigger t "
    "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
    "WHERE NOT t.tgisinternal AND c.relname = ANY(%s)",
    "other_triggers": "SELECT DISTINCT p.proname FROM pg_trigger t "
    "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
    "WHERE NOT t.tgisinternal AND NOT c.relname = ANY(%s)",
    "functions": "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
    "WHERE n.nspname = current_schema()",
}


def app_models(label):
    return [
        m
        for m in apps.get_app_config(label).get_models(include_auto_created=True)
        if m._meta.managed and not m._meta.proxy
    ]


def app_tables(label) -> set[str]:
    return {m._meta.db_table for m in app_models(label)}


def query(name, *params) -> set:
    with connection.cursor() as cur:
        cur.execute(CATALOG_SQL[name], list(params))
        return {row if len(row) > 1 else row[0] for row in cur.fetchall()}


def row_counts(tables) -> dict[str, int]:
    with connection.cursor() as cur:
        counts = {}
        for table in sorted(tables):
            cur.execute(f'SELECT count(*) FROM "{table}"')
            counts[table] = cur.fetchone()[0]
        return counts


def load_all(label):
    call_command("load_fixtures", verbosity=0)
    for command in EXPECTED.get(label, {}).get("load", []):
        call_command(command, verbosity=0)


def created_by_other_apps(label) -> str:
    """The text of every other local app's migrations: functions they create are not ours."""
    texts = []
    for other in LOCAL_LABELS:
        if other == label:
            continue
        folder = Path(apps.get_app_config(other).path) / "migrations"
        texts += [p.read_text() for p in folder.glob("*.py")]
    return "\n".join(texts)


def test_every_local_app_with_tables_is_covered():
    covered = set(APPS_WITH_MIGRATIONS)
    with_tables = {label for label in LOCAL_LABELS if app_tables(label)}
    assert with_tables <= covered, f"apps with tables but no migrations: {with_tables - covered}"
    assert set(EXPECTED) <= covered
    assert {"accounts", "conversations", "ideas", "engagement", "research", "portfolio"} <= covered


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("label", APPS_WITH_MIGRATIONS)
def test_app_migrates_to_zero_and_back_with_all_fixtures_loaded(label):
    expected = EXPECTED.get(label, {})
    load_all(label)
    tables = app_tables(label)
    assert tables <= query("tables")
    if "tables" in expected:
        assert len(tables) == expected["tables"], sorted(tables)
    counts = row_counts(tables)
    if tables:  # the fixtures put rows in this app's tables
        assert sum(counts.values()) > 0, counts
    for model_label, count in expected.get("rows", {}).items():
        assert apps.get_model(model_label).objects.count() == count, model_label
    if expected.get("every_model_has_rows"):
        assert all(counts.values()), counts

    names = sorted(tables)
    constraints = query("constraints", names)
    indexes = query("indexes", names)
    triggers = query("triggers", names)
    for pattern, at_least in expected.get("triggers", {}).items():
        found = [t for _table, t, _fn in triggers if re.search(pattern, t)]
        assert len(found) >= at_least, (pattern, triggers)
    declared = {c.name for m in app_models(label) for c in [*m._meta.constraints, *m._meta.indexes]}
    assert declared <= {name for _t, name, _d in constraints | indexes}  # every rule is there
    others = created_by_other_apps(label)
    # The functions this app's triggers call, unless another app's triggers or migrations own them.
    own_functions = {
        fn
        for _table, _trigger, fn in triggers
        if fn not in query("other_triggers", names) and fn not in others
    }

    call_command("migrate", label, "zero", verbosity=0)
    assert not tables & query("tables")
    left = query("functions")
    assert not own_functions & left, f"trigger functions outlive the app: {own_functions & left}"
    for pattern in [f"^{label}_", *expected.get("functions_gone", [])]:
        assert not [fn for fn in left if re.search(pattern, fn)], (pattern, sorted(left))

    call_command("migrate", verbosity=0)
    assert tables <= query("tables")
    assert query("constraints", names) == constraints  # same names, same definitions
    assert query("indexes", names) == indexes
    assert query("triggers", names) == triggers
    assert own_functions <= query("functions")

    load_all(label)  # and the data goes back in: the same rows
    assert row_counts(tables) == counts


@pytest.mark.django_db(transaction=True)
def test_fixtures_load_idempotently():
    call_command("load_fixtures", verbosity=0)
    models = [m for label in APPS_WITH_MIGRATIONS for m in app_models(label)]
    first = {m._meta.label: m.objects.count() for m in models}
    call_command("load_fixtures", verbosity=0)
    assert {m._meta.label: m.objects.count() for m in models} == first
    for label, expected in EXPECTED.items():
        if expected.get("every_model_has_rows"):
            assert all(first[m._meta.label] for m in app_models(label)), first


@pytest.mark.django_db(transaction=True)
def test_concurrent_migrate_waits_for_the_advisory_lock():
    """Seed 003's "concurrent migrations" edge case: migrate runs under an advisory lock."""
    other = psycopg.connect(**lock_connection_params())
    try:
        other.execute("SELECT pg_advisory_lock(%s)", [settings.MIGRATION_LOCK_ID])
        with pytest.raises(CommandError, match="Another migrate holds the migration lock"):
            call_command("migrate", "research", lock_wait=0.5, verbosity=0)
        other.execute("SELECT pg_advisory_unlock(%s)", [settings.MIGRATION_LOCK_ID])
        call_command("migrate", "research", lock_wait=5, verbosity=0)
    finally:
        other.close()
    assert app_tables("research") <= query("tables")
