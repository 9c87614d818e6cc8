from enum import StrEnum


class V1PortfolioPortfoliosListStatus(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"

    def __str__(self) -> str:
        return str(self.value)
