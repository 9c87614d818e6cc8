from enum import StrEnum


class V1PortfolioAutoInvestRulesListStatus(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"
    PAUSED = "paused"

    def __str__(self) -> str:
        return str(self.value)
