from enum import StrEnum


class ExperimentWinnerEnum(StrEnum):
    A = "A"
    B = "B"
    INCONCLUSIVE = "INCONCLUSIVE"

    def __str__(self) -> str:
        return str(self.value)
