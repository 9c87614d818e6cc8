from enum import StrEnum


class QuestStatusEnum(StrEnum):
    CLAIMED = "claimed"
    COMPLETED = "completed"
    EXPIRED = "expired"
    IN_PROGRESS = "in_progress"

    def __str__(self) -> str:
        return str(self.value)
