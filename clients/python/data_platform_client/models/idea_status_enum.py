from enum import StrEnum


class IdeaStatusEnum(StrEnum):
    COMPLETED = "completed"
    DRAFT = "draft"
    EVALUATING = "evaluating"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
