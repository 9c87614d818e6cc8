from enum import StrEnum


class V1ResearchAnalysisResultsListStatus(StrEnum):
    CURRENT = "current"
    SUPERSEDED = "superseded"

    def __str__(self) -> str:
        return str(self.value)
