from enum import StrEnum


class V1PortfolioPortfoliosListInclude(StrEnum):
    HOLDINGS = "holdings"

    def __str__(self) -> str:
        return str(self.value)
