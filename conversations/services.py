"""Write paths for conversations: keyword-only, atomic, all or nothing."""

import struct
from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.db.models.expressions import Combinable
from django.db.models.functions import Now

from conversations.choices import TERMINAL_STATUSES
from conversations.models import AgentMessage, Conversation
from core.errors import DomainValidationError


def _needs_completion_stamp(fields: Mapping[str, Any], current: Conversation | None = None) -> bool:
    """True when the conversation enters a terminal status and has no ``completed_at``."""
    if fields.get("status") not in TERMINAL_STATUSES:
        return False
    if current is not None and current.status in TERMINAL_STATUSES:
        return False
    completed_at = fields.get("completed_at", current.completed_at if current else None)
    return completed_at is None


def _refresh_completed_at(conversation: Conversation) -> None:
    if conversation.completed_at is not None and not hasattr(
        conversation.completed_at, "isoformat"
    ):
        conversation.refresh_from_db(fields=["completed_at"])


@transaction.atomic
def conversation_create(
    *, user, messages: Iterable[Mapping[str, Any]] = (), **fields: Any
) -> Conversation:
    """Create a conversation and its messages in one transaction.

    Messages without ``message_order`` take their 1-based position in ``messages``.
    If any row is rejected (by validation or by the database), nothing is written.
    """
    if _needs_completion_stamp(fields):
        fields["completed_at"] = Now()
    conversation = Conversation.objects.create(user=user, **fields)
    _refresh_completed_at(conversation)
    rows = []
    for position, data in enumerate(messages, start=1):
        data = dict(data)
        data.setdefault("message_order", position)
        if data["message_order"] is None:
            data["message_order"] = position
        rows.append(AgentMessage(conversation=conversation, **data))
    orders = [row.message_order for row in rows]
    if len(orders) != len(set(orders)):
        raise DomainValidationError(
            "Two messages have the same message_order.", field="messages", code="duplicate_order"
        )
    AgentMessage.objects.bulk_create(rows)
    # The caller shows the messages it just wrote: keep them as if prefetched rather
    # than read them back. ``real`` columns hold single precision: show what they hold.
    for row in rows:
        row.confidence_level = as_real(row.confidence_level)
    kept = AgentMessage.objects.filter(conversation=conversation).order_by("message_order")
    kept._result_cache = sorted(rows, key=lambda row: row.message_order)
    kept._prefetch_done = True
    conversation._prefetched_objects_cache = {"messages": kept}
    return conversation


def as_real(value):
    """``value`` as PostgreSQL's ``real`` returns it: the shortest decimal that the
    float4 nearest ``value`` prints as (0.123456789 -> 0.12345679)."""
    if value is None or isinstance(value, Combinable):
        return value
    single = struct.pack("f", value)
    for digits in range(1, 10):
        shortest = float(f"{value:.{digits}g}")
        if struct.pack("f", shortest) == single:
            return shortest
    return struct.unpack("f", single)[0]


@transaction.atomic
def conversation_update(*, conversation: Conversation, **fields: Any) -> Conversation:
    """Change a conversation's fields; entering a terminal status stamps ``completed_at``."""
    if _needs_completion_stamp(fields, conversation):
        fields["completed_at"] = Now()
    for name, value in fields.items():
        setattr(conversation, name, value)
    conversation.save()
    _refresh_completed_at(conversation)
    return conversation


@transaction.atomic
def message_add(*, conversation: Conversation, **fields: Any) -> AgentMessage:
    """Append a message; without ``message_order`` it goes after the last one.

    The conversation row is locked so two writers appending at once get 1, 2 ... and
    not the same position.
    """
    Conversation.objects.select_for_update().filter(pk=conversation.pk).values("pk").first()
    if fields.get("message_order") is None:
        last = conversation.messages.aggregate(last=Max("message_order"))["last"] or 0
        fields["message_order"] = last + 1
    return AgentMessage.objects.create(conversation=conversation, **fields)
