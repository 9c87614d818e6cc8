from enum import StrEnum


class ExpertSpecialtyEnum(StrEnum):
    BUDGETING = "budgeting"
    CRYPTO = "crypto"
    DEFI = "defi"
    LONG_TERM = "long_term"
    RISK = "risk"
    TAX = "tax"

    def __str__(self) -> str:
        return str(self.value)
