from enum import StrEnum


class AnalysisStatusEnum(StrEnum):
    CURRENT = "current"
    SUPERSEDED = "superseded"

    def __str__(self) -> str:
        return str(self.value)
