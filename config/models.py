"""Kept only because landed migrations import ``core.models.GenRandomUUID``.

The model bases live in ``core.models``; import them from there.
"""

from core.models import GenRandomUUID as GenRandomUUID
