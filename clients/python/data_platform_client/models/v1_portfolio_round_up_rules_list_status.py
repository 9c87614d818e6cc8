from enum import StrEnum


class V1PortfolioRoundUpRulesListStatus(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"
    PAUSED = "paused"

    def __str__(self) -> str:
        return str(self.value)
