from enum import StrEnum


class V1ResearchRunsListInclude(StrEnum):
    TRANSCRIPTS = "transcripts"

    def __str__(self) -> str:
        return str(self.value)
