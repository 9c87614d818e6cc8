"""Raw-SQL proofs that PostgreSQL itself holds every rule of the conversations tables.

Each test writes SQL the way another service (the seed's FastAPI app) would, so it
proves the database, not Django's validation.
"""

import uuid

import pytest
from django.db import DataError, IntegrityError, connection, transaction

from conversations.models import AgentMessage, Conversation
from tests.accounts.factories import UserFactory
from tests.conversations.factories import AgentMessageFactory, ConversationFactory

pytestmark = pytest.mark.django_db

CONV = "conversations_conversation"
MSG = "conversations_agentmessage"


def insert(table: str, **values) -> uuid.UUID:
    """INSERT one row with only ``values`` (the rest come from the column defaults)."""
    columns = ", ".join(f'"{c}"' for c in values)
    params = ", ".join(["%s"] * len(values))
    with connection.cursor() as cur:
        cur.execute(
            f'INSERT INTO "{table}" ({columns}) VALUES ({params}) RETURNING id',
            list(values.values()),
        )
        return cur.fetchone()[0]


def conversation_row(user_id, **overrides) -> dict:
    row = {
        "user_id": user_id,
        "content_type": "text",
        "content_title": "Defensive signals",
        "content_content": "Utilities lead the S&P 500 this month.",
    }
    row.update(overrides)
    return row


def message_row(conversation_id, **overrides) -> dict:
    row = {
        "conversation_id": conversation_id,
        "agent_type": "financial_analyst",
        "agent_name": "Financial Analyst",
        "content": "Defensive positioning suggests caution.",
        "message_order": 1,
    }
    row.update(overrides)
    return row


def assert_rejected(table, row, match, exc=IntegrityError):
    with pytest.raises(exc, match=match), transaction.atomic():
        insert(table, **row)


@pytest.fixture
def owner():
    return UserFactory()


@pytest.fixture
def conv(owner):
    return ConversationFactory(user=owner)


# --- Conversation -------------------------------------------------------------------


def test_raw_insert_gets_database_defaults(owner):
    pk = insert(CONV, **conversation_row(owner.pk))
    with connection.cursor() as cur:
        cur.execute(
            f"SELECT status, consensus_reached, content_metadata = '{{}}'::jsonb, "
            f"metadata = '{{}}'::jsonb, created_at, "
            f"updated_at, completed_at FROM {CONV} WHERE id = %s",
            [pk],
        )
        status, consensus, content_metadata, metadata, created, updated, completed = cur.fetchone()
    assert isinstance(pk, uuid.UUID)
    assert status == "initialized"
    assert consensus is False
    assert content_metadata is True and metadata is True
    assert created is not None and updated is not None and completed is None


def test_db_rejects_unknown_content_type(owner):
    assert_rejected(
        CONV,
        conversation_row(owner.pk, content_type="podcast"),
        "conversations_conversation_content_type_valid",
    )


def test_db_rejects_empty_title(owner):
    assert_rejected(
        CONV,
        conversation_row(owner.pk, content_title=""),
        "conversations_conversation_title_not_empty",
    )


def test_db_rejects_title_over_500_characters(owner):
    assert_rejected(
        CONV,
        conversation_row(owner.pk, content_title="x" * 501),
        r"character varying\(500\)",
        exc=DataError,
    )


def test_db_rejects_content_shorter_than_10_characters(owner):
    assert_rejected(
        CONV,
        conversation_row(owner.pk, content_content="too short"),
        "conversations_conversation_content_min_length",
    )


@pytest.mark.parametrize("url", ["ftp://example.com/report", "example.com", ""])
def test_db_rejects_non_http_url(owner, url):
    assert_rejected(
        CONV, conversation_row(owner.pk, content_url=url), "conversations_conversation_url_http"
    )


def test_db_rejects_author_over_200_characters(owner):
    assert_rejected(
        CONV,
        conversation_row(owner.pk, content_author="a" * 201),
        r"character varying\(200\)",
        exc=DataError,
    )


def test_db_rejects_non_object_content_metadata(owner):
    assert_rejected(
        CONV,
        conversation_row(owner.pk, content_metadata="[1, 2]"),
        "conversations_conversation_content_metadata_object",
    )


def test_db_rejects_unknown_status(conv):
    with pytest.raises(IntegrityError, match="conversations_conversation_status_valid"):
        with transaction.atomic(), connection.cursor() as cur:
            cur.execute(f"UPDATE {CONV} SET status = 'finished' WHERE id = %s", [conv.pk])


@pytest.mark.parametrize("score", [-0.01, 1.01])
def test_db_rejects_confidence_score_outside_0_1(owner, score):
    assert_rejected(
        CONV,
        conversation_row(owner.pk, confidence_score=score),
        "conversations_conversation_confidence_range",
    )


@pytest.mark.parametrize("score", [0, 1])
def test_db_accepts_confidence_score_bounds(owner, score):
    insert(CONV, **conversation_row(owner.pk, confidence_score=score))


def test_db_rejects_completed_before_created(conv):
    with pytest.raises(IntegrityError, match="conversations_conversation_completed_after_created"):
        with transaction.atomic(), connection.cursor() as cur:
            cur.execute(
                f"UPDATE {CONV} SET completed_at = created_at - interval '1 second' WHERE id = %s",
                [conv.pk],
            )


def test_db_rejects_non_object_metadata(owner):
    assert_rejected(
        CONV,
        conversation_row(owner.pk, metadata='"text"'),
        "conversations_conversation_metadata_object",
    )


@pytest.mark.parametrize("column", ["user_id", "content_type", "content_title", "content_content"])
def test_db_requires_conversation_columns(owner, column):
    row = conversation_row(owner.pk)
    row[column] = None
    assert_rejected(CONV, row, f'"{column}".*not-null')


def test_db_rejects_conversation_of_unknown_user(db):
    with pytest.raises(IntegrityError, match="accounts_user"), transaction.atomic():
        with connection.cursor() as cur:
            cur.execute("SET CONSTRAINTS ALL IMMEDIATE")
        insert(CONV, **conversation_row(uuid.uuid4()))


# --- AgentMessage -------------------------------------------------------------------


def test_raw_message_insert_gets_database_defaults(conv):
    pk = insert(MSG, **message_row(conv.pk))
    with connection.cursor() as cur:
        cur.execute(
            f"SELECT cited_sources, signal_references, metadata = '{{}}'::jsonb, timestamp "
            f"FROM {MSG} WHERE id = %s",
            [pk],
        )
        cited, signals, metadata, timestamp = cur.fetchone()
    assert cited == [] and signals == [] and metadata is True
    assert timestamp is not None


def test_db_rejects_duplicate_message_order_in_conversation(conv):
    insert(MSG, **message_row(conv.pk, message_order=1))
    assert_rejected(
        MSG, message_row(conv.pk, message_order=1), "conversations_agentmessage_order_unique"
    )


def test_db_allows_same_message_order_in_other_conversations(conv, owner):
    other = ConversationFactory(user=owner)
    insert(MSG, **message_row(conv.pk, message_order=1))
    insert(MSG, **message_row(other.pk, message_order=1))


@pytest.mark.parametrize("order", [-1, -100])
def test_db_rejects_negative_message_order(conv, order):
    assert_rejected(
        MSG,
        message_row(conv.pk, message_order=order),
        "conversations_agentmessage_order_non_negative",
    )


def test_db_rejects_unknown_agent_type(conv):
    assert_rejected(
        MSG,
        message_row(conv.pk, agent_type="moderator"),
        "conversations_agentmessage_agent_type_valid",
    )


def test_db_rejects_empty_agent_name(conv):
    assert_rejected(
        MSG, message_row(conv.pk, agent_name=""), "conversations_agentmessage_agent_name_not_empty"
    )


def test_db_rejects_agent_name_over_100_characters(conv):
    assert_rejected(
        MSG, message_row(conv.pk, agent_name="n" * 101), r"character varying\(100\)", exc=DataError
    )


def test_db_rejects_empty_message_content(conv):
    assert_rejected(
        MSG, message_row(conv.pk, content=""), "conversations_agentmessage_content_not_empty"
    )


@pytest.mark.parametrize("level", [-0.5, 1.5])
def test_db_rejects_confidence_level_outside_0_1(conv, level):
    assert_rejected(
        MSG,
        message_row(conv.pk, confidence_level=level),
        "conversations_agentmessage_confidence_range",
    )


def test_db_rejects_null_in_cited_sources(conv):
    assert_rejected(
        MSG,
        message_row(conv.pk, cited_sources=["Fed data", None]),
        "conversations_agentmessage_cited_sources_no_nulls",
    )


def test_db_rejects_null_in_signal_references(conv):
    assert_rejected(
        MSG,
        message_row(conv.pk, signal_references=[None]),
        "conversations_agentmessage_signal_refs_no_nulls",
    )


def test_db_rejects_non_object_message_metadata(conv):
    assert_rejected(
        MSG, message_row(conv.pk, metadata="42"), "conversations_agentmessage_metadata_object"
    )


@pytest.mark.parametrize(
    "column", ["conversation_id", "agent_type", "agent_name", "content", "message_order"]
)
def test_db_requires_message_columns(conv, column):
    row = message_row(conv.pk)
    row[column] = None
    assert_rejected(MSG, row, f'"{column}".*not-null')


def test_db_rejects_message_of_unknown_conversation(db):
    with pytest.raises(IntegrityError, match="conversations_conversation"), transaction.atomic():
        with connection.cursor() as cur:
            cur.execute("SET CONSTRAINTS ALL IMMEDIATE")
        insert(MSG, **message_row(uuid.uuid4()))


# --- Cascades (ON DELETE CASCADE in PostgreSQL) -------------------------------------


def test_raw_delete_of_user_removes_conversations_and_messages(conv, owner):
    AgentMessageFactory.create_batch(2, conversation=conv)
    kept = AgentMessageFactory()  # someone else's conversation
    with connection.cursor() as cur:
        cur.execute("DELETE FROM accounts_user WHERE id = %s", [owner.pk])
    assert not Conversation.objects.filter(user_id=owner.pk).exists()
    assert list(AgentMessage.objects.values_list("pk", flat=True)) == [kept.pk]


def test_orm_delete_of_user_removes_conversations_and_messages(conv, owner):
    AgentMessageFactory.create_batch(2, conversation=conv)
    owner.delete()
    assert not Conversation.objects.exists()
    assert not AgentMessage.objects.exists()


def test_raw_delete_of_conversation_removes_its_messages(conv):
    AgentMessageFactory.create_batch(3, conversation=conv)
    with connection.cursor() as cur:
        cur.execute(f"DELETE FROM {CONV} WHERE id = %s", [conv.pk])
    assert not AgentMessage.objects.exists()


def test_every_declared_constraint_exists_in_postgresql(db):
    declared = {c.name for model in (Conversation, AgentMessage) for c in model._meta.constraints}
    with connection.cursor() as cur:
        cur.execute(
            "SELECT conname FROM pg_constraint WHERE conrelid IN (%s::regclass, %s::regclass)",
            [CONV, MSG],
        )
        existing = {row[0] for row in cur.fetchall()}
    assert declared <= existing
