"""Every app migrates to zero and back on a database holding the demo fixtures."""

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader

LOADER = MigrationLoader(None, ignore_no_migrations=True)
_MIGRATED = {app for app, _name in LOADER.disk_migrations}
APPS_WITH_MIGRATIONS = [app for app in settings.LOCAL_APPS if app in _MIGRATED]


def app_tables(app_label):
    return {
        m._meta.db_table for m in apps.get_app_config(app_label).get_models() if m._meta.managed
    }


def test_every_local_app_is_tested_here():
    assert "accounts" in APPS_WITH_MIGRATIONS


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("app_label", APPS_WITH_MIGRATIONS)
def test_app_migrates_to_zero_and_back_with_fixture_data(app_label):
    call_command("load_fixtures", verbosity=0)
    tables = app_tables(app_label)
    assert tables <= set(connection.introspection.table_names())
    with connection.cursor() as cur:  # the fixtures put rows in this app's tables
        counts = {}
        for table in sorted(tables):
            cur.execute(f'SELECT count(*) FROM "{table}"')
            counts[table] = cur.fetchone()[0]
    assert sum(counts.values()) > 0 or not tables, counts  # core: no tables, permissions

    call_command("migrate", app_label, "zero", verbosity=0)
    assert not tables & set(connection.introspection.table_names())

    call_command("migrate", verbosity=0)
    assert tables <= set(connection.introspection.table_names())
    call_command("load_fixtures", verbosity=0)  # and the data goes back in
