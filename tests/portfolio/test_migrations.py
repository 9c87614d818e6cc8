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
        cur.execute(
            "SELECT count(*) FROM pg_proc WHERE proname ~ "
            "'^pgtrigger_(basket|basketasset|portfolio|transaction)_'"
        )
        assert cur.fetchone()[0] == 0  # no orphaned trigger functions (0002)

    call_command("migrate", verbosity=0)
    assert tables <= set(connection.introspection.table_names())
    with connection.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'pgtrigger_%%'")
        assert cur.fetchone()[0] >= 7
    call_command("load_fixtures", verbosity=0)
    assert Basket.objects.filter(status="published").exists()


@pytest.mark.django_db(transaction=True)
def test_fixtures_cover_every_model_and_load_idempotently():
    call_command("load_fixtures", verbosity=0)
    models = list(apps.get_app_config("portfolio").get_models())
    first = {m.__name__: m.objects.count() for m in models}
    call_command("load_fixtures", verbosity=0)
    assert {m.__name__: m.objects.count() for m in models} == first
    assert all(first.values()), first
