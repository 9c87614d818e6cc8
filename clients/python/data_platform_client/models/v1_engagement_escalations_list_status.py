from enum import StrEnum


class V1EngagementEscalationsListStatus(StrEnum):
    ASSIGNED = "ASSIGNED"
    DISMISSED = "DISMISSED"
    OPEN = "OPEN"
    RESOLVED = "RESOLVED"

    def __str__(self) -> str:
        return str(self.value)
