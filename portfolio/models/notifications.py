"""Notifications (seed 004 group 8): Notification, NotificationPreference."""

from django.db import models

from core.db.constraints import (
    check,
    not_blank,
    valid_choice,
)
from core.db.indexes import trigram
from core.models import TimeStampedModel, choice_field
from portfolio.choices import NotificationChannel, NotificationFrequency, NotificationType
from portfolio.models.base import (
    user_fk,
)


class Notification(TimeStampedModel):
    """A message to a user on one channel; read when ``read_at`` is set."""

    user = user_fk("notifications")
    notification_type = choice_field(NotificationType, max_length=16)
    channel = choice_field(NotificationChannel, default=NotificationChannel.IN_APP, max_length=16)
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True, default="", db_default="")
    action_url = models.CharField(max_length=500, blank=True, default="", db_default="")
    data = models.JSONField(default=dict, db_default={}, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            valid_choice("notification_type", NotificationType),
            valid_choice("channel", NotificationChannel),
            not_blank("title"),
        ]
        indexes = [
            trigram("portfolio", "notif", "title"),
            models.Index(fields=["user", "-created_at"], name="notif_user_created_idx"),
            # the admin's changelist order (-created_at, -id), every page (issue 14)
            models.Index(fields=["-created_at", "-id"], name="pf_notif_created_at_id_idx"),
            models.Index(
                fields=["user", "-created_at"],
                condition=models.Q(read_at__isnull=True),
                name="notif_user_unread_idx",
            ),
            models.Index(fields=["notification_type"], name="notif_type_idx"),
            models.Index(fields=["channel"], name="notif_channel_idx"),
        ]

    def __str__(self):
        return self.title

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


class NotificationPreference(TimeStampedModel):
    """Whether and how often a user gets one type of notification on one channel."""

    user = user_fk("notification_preferences")
    notification_type = choice_field(NotificationType, max_length=16)
    channel = choice_field(NotificationChannel, max_length=16)
    is_enabled = models.BooleanField(default=True, db_default=True)
    frequency = choice_field(
        NotificationFrequency, default=NotificationFrequency.INSTANT, max_length=16
    )
    quiet_hours_start = models.TimeField(null=True, blank=True)
    quiet_hours_end = models.TimeField(null=True, blank=True)

    class Meta:
        ordering = ["notification_type", "channel", "id"]
        constraints = [
            valid_choice("notification_type", NotificationType),
            valid_choice("channel", NotificationChannel),
            valid_choice("frequency", NotificationFrequency),
            check(
                "quiet_hours_pair",
                models.Q(quiet_hours_start__isnull=True, quiet_hours_end__isnull=True)
                | models.Q(quiet_hours_start__isnull=False, quiet_hours_end__isnull=False),
                "Give both ends of the quiet hours, or neither.",
            ),
            models.UniqueConstraint(
                fields=["user", "notification_type", "channel"],
                name="portfolio_notificationpreference_unique",
                violation_error_message="A preference for this type and channel exists.",
            ),
        ]

    def __str__(self):
        return f"{self.notification_type}/{self.channel}: {self.frequency}"
