from enum import StrEnum


class V1PortfolioBasketsListChain(StrEnum):
    ARBITRUM = "arbitrum"
    BASE = "base"
    ETHEREUM = "ethereum"
    OPTIMISM = "optimism"
    POLYGON = "polygon"

    def __str__(self) -> str:
        return str(self.value)
