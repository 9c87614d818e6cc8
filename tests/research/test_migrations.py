"""SC-001 / SC-007: the app migrates forward on a clean database and back to zero;
the seed's "concurrent migrations" edge case: migrate runs under an advisory lock."""

import psycopg
import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from core.migration_lock import lock_connection_params

TABLES = {
    "research_definition",
    "research_run",
    "research_transcript",
    "research_scenario",
    "research_experiment",
    "research_runcomparison",
    "research_analysisresult",
    "research_rubric",
}


def research_tables():
    return TABLES & set(connection.introspection.table_names())


def cycle_trigger_exists():
    with connection.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_trigger WHERE tgname = 'research_definition_no_cycle'")
        return cur.fetchone()[0] == 1


@pytest.mark.django_db(transaction=True)
def test_migrates_to_zero_and_back_with_fixture_data():
    call_command("load_fixtures", verbosity=0)
    call_command("seed_research", verbosity=0)
    assert research_tables() == TABLES and cycle_trigger_exists()

    call_command("migrate", "research", "zero", verbosity=0)
    assert research_tables() == set()
    with connection.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_proc WHERE proname = 'research_definition_no_cycle'")
        assert cur.fetchone()[0] == 0

    call_command("migrate", verbosity=0)
    assert research_tables() == TABLES and cycle_trigger_exists()
    call_command("seed_research", verbosity=0)  # and the data loads again


@pytest.mark.django_db(transaction=True)
def test_edge_concurrent_migrations_wait_for_the_advisory_lock():
    other = psycopg.connect(**lock_connection_params())
    try:
        other.execute("SELECT pg_advisory_lock(%s)", [settings.MIGRATION_LOCK_ID])
        with pytest.raises(CommandError, match="Another migrate holds the migration lock"):
            call_command("migrate", "research", lock_wait=0.5, verbosity=0)
        other.execute("SELECT pg_advisory_unlock(%s)", [settings.MIGRATION_LOCK_ID])
        call_command("migrate", "research", lock_wait=5, verbosity=0)
    finally:
        other.close()
    assert research_tables() == TABLES
