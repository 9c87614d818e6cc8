from enum import StrEnum


class TransactionSourceEnum(StrEnum):
    AUTO_INVEST = "auto_invest"
    MANUAL = "manual"
    ROUND_UP = "round_up"
    SYSTEM = "system"

    def __str__(self) -> str:
        return str(self.value)
