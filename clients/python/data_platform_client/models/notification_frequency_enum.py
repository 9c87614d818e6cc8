from enum import StrEnum


class NotificationFrequencyEnum(StrEnum):
    DAILY_DIGEST = "daily_digest"
    INSTANT = "instant"
    WEEKLY_DIGEST = "weekly_digest"

    def __str__(self) -> str:
        return str(self.value)
