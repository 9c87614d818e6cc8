from enum import StrEnum


class ExperimentVariantEnum(StrEnum):
    A = "A"
    B = "B"

    def __str__(self) -> str:
        return str(self.value)
