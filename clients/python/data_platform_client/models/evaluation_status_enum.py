from enum import StrEnum


class EvaluationStatusEnum(StrEnum):
    ANALYZING = "analyzing"
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
