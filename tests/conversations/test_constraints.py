"""Raw-SQL proofs that PostgreSQL itself holds every rule of the conversations tables.

Each test writes SQL the way another service (the seed's FastAPI app) would, so it
proves the database, not Django's validation.
"""

import uuid

import pytest
from django.db import DataError

from conversations.models import AgentMessage, Conversation
from tests.conversations.factories import AgentMessageFactory, ConversationFactory
from tests.utils import assert_sql_rejected, insert_row, rejected, run_sql

pytestmark = pytest.mark.django_db

CONV = "conversations_conversation"
MSG = "conversations_agentmessage"


def conversation_row(user_id, /, **overrides) -> dict:
    return {
        "user_id": user_id,
        "content_type": "text",
        "content_title": "Defensive signals",
        "content_content": "Utilities lead the S&P 500 this month.",
        **overrides,
    }


def message_row(conversation_id, /, **overrides) -> dict:
    return {
        "conversation_id": conversation_id,
        "agent_type": "financial_analyst",
        "agent_name": "Financial Analyst",
        "content": "Defensive positioning suggests caution.",
        "message_order": 1,
        **overrides,
    }


@pytest.fixture
def conv(user):
    """A conversation without messages (the shared ``conversation`` fixture has three)."""
    return ConversationFactory(user=user)


# --- Conversation -------------------------------------------------------------------


def test_raw_insert_gets_database_defaults(user):
    pk = insert_row(CONV, **conversation_row(user.pk))
    [(status, consensus, content_metadata, metadata, created, updated, completed)] = run_sql(
        f"SELECT status, consensus_reached, content_metadata = '{{}}'::jsonb, "
        f"metadata = '{{}}'::jsonb, created_at, updated_at, completed_at FROM {CONV} WHERE id = %s",
        [pk],
    )
    assert isinstance(pk, uuid.UUID)
    assert status == "initialized"
    assert consensus is False
    assert content_metadata is True and metadata is True
    assert created is not None and updated is not None and completed is None


# (column overrides of a valid raw INSERT, constraint): one bad value per rule.
CONVERSATION_CASES = [
    ({"content_type": "podcast"}, "conversations_conversation_content_type_valid"),
    ({"content_title": ""}, "conversations_conversation_title_not_empty"),
    ({"content_content": "too short"}, "conversations_conversation_content_min_length"),
    ({"content_url": "ftp://example.com/report"}, "conversations_conversation_url_http"),
    ({"content_url": "example.com"}, "conversations_conversation_url_http"),
    ({"content_url": ""}, "conversations_conversation_url_http"),
    ({"content_metadata": "[1, 2]"}, "conversations_conversation_content_metadata_object"),
    ({"confidence_score": -0.01}, "conversations_conversation_confidence_range"),
    ({"confidence_score": 1.01}, "conversations_conversation_confidence_range"),
    ({"metadata": '"text"'}, "conversations_conversation_metadata_object"),
    ({"status": "finished"}, "conversations_conversation_status_valid"),
    (
        {"completed_at": "2020-01-01T00:00:00Z"},  # created_at defaults to now()
        "conversations_conversation_completed_after_created",
    ),
]


@pytest.mark.parametrize(("overrides", "constraint"), CONVERSATION_CASES)
def test_db_rejects_conversation(user, overrides, constraint):
    with rejected(constraint):
        insert_row(CONV, **conversation_row(user.pk, **overrides))


def test_db_rejects_completed_before_created_on_update(conv):
    assert_sql_rejected(
        "conversations_conversation_completed_after_created",
        f"UPDATE {CONV} SET completed_at = created_at - interval '1 second' WHERE id = %s",
        [conv.pk],
    )


@pytest.mark.parametrize(("column", "length"), [("content_title", 500), ("content_author", 200)])
def test_db_rejects_text_over_its_length(user, column, length):
    with rejected(match=rf"character varying\({length}\)", error=DataError):
        insert_row(CONV, **conversation_row(user.pk, **{column: "x" * (length + 1)}))


@pytest.mark.parametrize("score", [0, 1])
def test_db_accepts_confidence_score_bounds(user, score):
    insert_row(CONV, **conversation_row(user.pk, confidence_score=score))


REQUIRED = [(CONV, c) for c in ("user_id", "content_type", "content_title", "content_content")]
REQUIRED += [
    (MSG, c) for c in ("conversation_id", "agent_type", "agent_name", "content", "message_order")
]


@pytest.mark.parametrize(("table", "column"), REQUIRED)
def test_db_requires_columns(conv, table, column):
    row = conversation_row(conv.user_id) if table == CONV else message_row(conv.pk)
    with rejected(match=f'"{column}".*not-null'):
        insert_row(table, **{**row, column: None})


@pytest.mark.parametrize(
    ("table", "row", "fk"),
    [(CONV, conversation_row, "accounts_user"), (MSG, message_row, "conversations_conversation")],
)
def test_db_rejects_rows_of_unknown_parents(db, table, row, fk):
    with rejected(match=fk):
        insert_row(table, **row(uuid.uuid4()))


# --- AgentMessage -------------------------------------------------------------------


def test_raw_message_insert_gets_database_defaults(conv):
    pk = insert_row(MSG, **message_row(conv.pk))
    [(cited, signals, metadata, timestamp)] = run_sql(
        f"SELECT cited_sources, signal_references, metadata = '{{}}'::jsonb, timestamp "
        f"FROM {MSG} WHERE id = %s",
        [pk],
    )
    assert cited == [] and signals == [] and metadata is True
    assert timestamp is not None


MESSAGE_CASES = [
    ({"message_order": -1}, "conversations_agentmessage_order_non_negative"),
    ({"message_order": -100}, "conversations_agentmessage_order_non_negative"),
    ({"agent_type": "moderator"}, "conversations_agentmessage_agent_type_valid"),
    ({"agent_name": ""}, "conversations_agentmessage_agent_name_not_empty"),
    ({"content": ""}, "conversations_agentmessage_content_not_empty"),
    ({"confidence_level": -0.5}, "conversations_agentmessage_confidence_range"),
    ({"confidence_level": 1.5}, "conversations_agentmessage_confidence_range"),
    ({"cited_sources": ["Fed data", None]}, "conversations_agentmessage_cited_sources_no_nulls"),
    ({"signal_references": [None]}, "conversations_agentmessage_signal_refs_no_nulls"),
    ({"metadata": "42"}, "conversations_agentmessage_metadata_object"),
]


@pytest.mark.parametrize(("overrides", "constraint"), MESSAGE_CASES)
def test_db_rejects_message(conv, overrides, constraint):
    with rejected(constraint):
        insert_row(MSG, **message_row(conv.pk, **overrides))


def test_db_rejects_duplicate_message_order_in_conversation(conv):
    insert_row(MSG, **message_row(conv.pk, message_order=1))
    with rejected("conversations_agentmessage_order_unique"):
        insert_row(MSG, **message_row(conv.pk, message_order=1))


def test_db_allows_same_message_order_in_other_conversations(conv, user):
    other = ConversationFactory(user=user)
    insert_row(MSG, **message_row(conv.pk, message_order=1))
    insert_row(MSG, **message_row(other.pk, message_order=1))


def test_db_rejects_agent_name_over_100_characters(conv):
    with rejected(match=r"character varying\(100\)", error=DataError):
        insert_row(MSG, **message_row(conv.pk, agent_name="n" * 101))


# --- Cascades (ON DELETE CASCADE in PostgreSQL) -------------------------------------


def test_raw_delete_of_user_removes_conversations_and_messages(conv, user):
    AgentMessageFactory.create_batch(2, conversation=conv)
    kept = AgentMessageFactory()  # someone else's conversation
    run_sql("DELETE FROM accounts_user WHERE id = %s", [user.pk])
    assert not Conversation.objects.filter(user_id=user.pk).exists()
    assert list(AgentMessage.objects.values_list("pk", flat=True)) == [kept.pk]


def test_orm_delete_of_user_removes_conversations_and_messages(conv, user):
    AgentMessageFactory.create_batch(2, conversation=conv)
    user.delete()
    assert not Conversation.objects.exists()
    assert not AgentMessage.objects.exists()


def test_raw_delete_of_conversation_removes_its_messages(conv):
    AgentMessageFactory.create_batch(3, conversation=conv)
    run_sql(f"DELETE FROM {CONV} WHERE id = %s", [conv.pk])
    assert not AgentMessage.objects.exists()
