from django.db import models
from django.db.models.functions import Now

from core.models import TimeStampedModel, UUIDModel


class CreatedModel(UUIDModel):
    """A UUID row with only created_at (the seed's append-only tables)."""

    created_at = models.DateTimeField(db_default=Now(), editable=False)

    class Meta:
        abstract = True


class TimestampedUUIDModel(UUIDModel, TimeStampedModel):
    class Meta:
        abstract = True
