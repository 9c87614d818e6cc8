from enum import StrEnum


class ConversationStatusEnum(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    ERROR = "error"
    INITIALIZED = "initialized"
    PAUSED = "paused"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
