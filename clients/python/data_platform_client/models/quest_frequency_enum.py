from enum import StrEnum


class QuestFrequencyEnum(StrEnum):
    DAILY = "daily"
    MONTHLY = "monthly"
    ONE_TIME = "one_time"
    WEEKLY = "weekly"

    def __str__(self) -> str:
        return str(self.value)
