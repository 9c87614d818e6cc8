"""The ideas app migrates to zero and back, with the fixtures loaded."""

import pytest
from django.core.management import call_command
from django.db import connection

from ideas.models import AgentResult, BusinessIdea, Evaluation

TABLES = {"ideas_businessidea", "ideas_evaluation", "ideas_agentresult"}


@pytest.mark.django_db(transaction=True)
def test_migrates_to_zero_and_back():
    call_command("loaddata", "fixtures/accounts.json", "fixtures/ideas.json", verbosity=0)
    assert AgentResult.objects.count() == 25

    call_command("migrate", "ideas", "zero", verbosity=0)
    assert not TABLES & set(connection.introspection.table_names())

    call_command("migrate", verbosity=0)
    assert TABLES <= set(connection.introspection.table_names())
    expected = {
        c.name for model in (BusinessIdea, Evaluation, AgentResult) for c in model._meta.constraints
    }
    with connection.cursor() as cur:
        cur.execute("SELECT conname FROM pg_constraint WHERE conname LIKE 'ideas%%'")
        found = {name for (name,) in cur.fetchall()}
        cur.execute("SELECT indexname FROM pg_indexes WHERE tablename LIKE 'ideas%%'")
        found |= {name for (name,) in cur.fetchall()}  # partial unique constraints are indexes
    assert expected <= found  # every rule is back
    call_command("loaddata", "fixtures/ideas.json", verbosity=0)
    assert (BusinessIdea.objects.count(), Evaluation.objects.count()) == (6, 5)
