from enum import StrEnum


class V1PortfolioQuestsListFrequency(StrEnum):
    DAILY = "daily"
    MONTHLY = "monthly"
    ONE_TIME = "one_time"
    WEEKLY = "weekly"

    def __str__(self) -> str:
        return str(self.value)
