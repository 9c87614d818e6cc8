"""Validation of a posts ingest batch (``POST posts/ingest/``): up to 500 nested items.

``IngestBatchSerializer`` defines the rules and the 400 answer. Validating 500 items
with it costs more than writing them, so a valid batch goes through the serializer's
compiled plan (``core.api.compiled``: the same fields and validators, no per-field DRF
machinery), and anything the plan does not accept exactly as the serializer would is
validated by the serializer itself, which answers the usual 400 with field messages.
"""

from __future__ import annotations

from functools import cache

from core.api.compiled import Unplanned, compile_serializer
from engagement.api import serializers as s


@cache
def _plan():
    return compile_serializer(s.IngestBatchSerializer())


def validated_posts(data) -> list[dict]:
    """The batch's posts as ``IngestBatchSerializer`` validates them (raises its 400)."""
    plan = _plan()
    if plan is not None:
        try:
            return plan(data)["posts"]
        except Unplanned:
            pass
    serializer = s.IngestBatchSerializer(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data["posts"]
