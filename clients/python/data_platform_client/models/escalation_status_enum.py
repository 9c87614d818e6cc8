from enum import StrEnum


class EscalationStatusEnum(StrEnum):
    ASSIGNED = "ASSIGNED"
    DISMISSED = "DISMISSED"
    OPEN = "OPEN"
    RESOLVED = "RESOLVED"

    def __str__(self) -> str:
        return str(self.value)
