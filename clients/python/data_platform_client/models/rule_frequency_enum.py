from enum import StrEnum


class RuleFrequencyEnum(StrEnum):
    BIWEEKLY = "biweekly"
    DAILY = "daily"
    MONTHLY = "monthly"
    WEEKLY = "weekly"

    def __str__(self) -> str:
        return str(self.value)
