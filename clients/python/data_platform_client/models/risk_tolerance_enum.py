from enum import StrEnum


class RiskToleranceEnum(StrEnum):
    AGGRESSIVE = "aggressive"
    CONSERVATIVE = "conservative"
    MODERATE = "moderate"

    def __str__(self) -> str:
        return str(self.value)
