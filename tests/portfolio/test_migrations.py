import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

from portfolio.models import Basket, Portfolio


def portfolio_tables():
    return {m._meta.db_table for m in apps.get_app_config("portfolio").get_models()}


@pytest.mark.django_db(transaction=True)
def test_portfolio_migrates_to_zero_and_back():
    call_command("load_fixtures", verbosity=0)
    assert Portfolio.objects.exists() and Basket.objects.exists()
    tables = portfolio_tables()
    assert len(tables) == 22

    call_command("migrate", "portfolio", "zero", verbosity=0)
    assert tables.isdisjoint(connection.introspection.table_names())
    with connection.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_proc WHERE proname LIKE 'pgtrigger_%%allocation%%'")
        assert cur.fetchone()[0] == 0

    call_command("migrate", verbosity=0)
    assert tables <= set(connection.introspection.table_names())
    call_command("load_fixtures", verbosity=0)
    assert Basket.objects.filter(status="published").exists()
