from enum import StrEnum


class PricePointEnum(StrEnum):
    BUDGET = "BUDGET"
    MID = "MID"
    PREMIUM = "PREMIUM"

    def __str__(self) -> str:
        return str(self.value)
