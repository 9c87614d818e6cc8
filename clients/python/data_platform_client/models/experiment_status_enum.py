from enum import StrEnum


class ExperimentStatusEnum(StrEnum):
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    DRAFT = "DRAFT"
    PAUSED = "PAUSED"
    RUNNING = "RUNNING"

    def __str__(self) -> str:
        return str(self.value)
