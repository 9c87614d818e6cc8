import pytest
from django.core.management import call_command
from django.db import connection

from engagement.models import ALL_MODELS, Author, Post, Reply

TABLES = {m._meta.db_table for m in ALL_MODELS}


def engagement_tables():
    return TABLES & set(connection.introspection.table_names())


@pytest.mark.django_db(transaction=True)
def test_engagement_migrates_to_zero_and_back():
    call_command("loaddata", "fixtures/accounts.json", "fixtures/engagement.json", verbosity=0)
    call_command(
        "loaddata", "fixtures/accounts.json", "fixtures/engagement.json", verbosity=0
    )  # idempotent
    assert (Author.objects.count(), Post.objects.count(), Reply.objects.count()) == (15, 15, 6)
    assert engagement_tables() == TABLES

    call_command("migrate", "engagement", "zero", verbosity=0)
    assert engagement_tables() == set()

    call_command("migrate", verbosity=0)
    assert engagement_tables() == TABLES
    call_command("loaddata", "fixtures/accounts.json", "fixtures/engagement.json", verbosity=0)
    assert Post.objects.count() == 15
    with connection.cursor() as cursor:  # the append-only audit trigger is back too
        cursor.execute(
            "SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'pgtrigger_audit_append_only%%'"
        )
        assert cursor.fetchone()[0] == 1
