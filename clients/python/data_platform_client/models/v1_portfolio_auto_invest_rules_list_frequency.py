from enum import StrEnum


class V1PortfolioAutoInvestRulesListFrequency(StrEnum):
    BIWEEKLY = "biweekly"
    DAILY = "daily"
    MONTHLY = "monthly"
    WEEKLY = "weekly"

    def __str__(self) -> str:
        return str(self.value)
