from enum import StrEnum


class V1PortfolioBasketsListCategory(StrEnum):
    DEFI = "defi"
    ESG = "esg"
    INDEX = "index"
    LAYER1 = "layer1"
    STABLECOIN = "stablecoin"
    THEMATIC = "thematic"

    def __str__(self) -> str:
        return str(self.value)
