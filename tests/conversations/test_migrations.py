import pytest
from django.core.management import call_command
from django.db import connection

from conversations.models import AgentMessage, Conversation

TABLES = {"conversations_conversation", "conversations_agentmessage"}


@pytest.mark.django_db(transaction=True)
def test_app_migrates_to_zero_and_back_with_fixture_data():
    call_command("loaddata", "fixtures/accounts.json", "fixtures/conversations.json", verbosity=0)
    assert Conversation.objects.count() == 3

    call_command("migrate", "conversations", "zero", verbosity=0)
    assert not TABLES & set(connection.introspection.table_names())

    call_command("migrate", verbosity=0)
    assert TABLES <= set(connection.introspection.table_names())
    call_command("loaddata", "fixtures/conversations.json", verbosity=0)
    assert Conversation.objects.count() == 3
    assert AgentMessage.objects.count() == 6
