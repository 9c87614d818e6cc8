from enum import StrEnum


class ChainEnum(StrEnum):
    ARBITRUM = "arbitrum"
    BASE = "base"
    ETHEREUM = "ethereum"
    OPTIMISM = "optimism"
    POLYGON = "polygon"

    def __str__(self) -> str:
        return str(self.value)
