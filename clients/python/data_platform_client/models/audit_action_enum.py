from enum import StrEnum


class AuditActionEnum(StrEnum):
    APPROVED = "APPROVED"
    ARCHIVED = "ARCHIVED"
    ASSIGNED = "ASSIGNED"
    CORRECTED = "CORRECTED"
    CREATED = "CREATED"
    DELETED = "DELETED"
    DISMISSED = "DISMISSED"
    ESCALATED = "ESCALATED"
    POSTED = "POSTED"
    REJECTED = "REJECTED"
    RESOLVED = "RESOLVED"
    UPDATED = "UPDATED"

    def __str__(self) -> str:
        return str(self.value)
