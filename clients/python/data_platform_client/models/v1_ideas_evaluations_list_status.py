from enum import StrEnum


class V1IdeasEvaluationsListStatus(StrEnum):
    ANALYZING = "analyzing"
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
