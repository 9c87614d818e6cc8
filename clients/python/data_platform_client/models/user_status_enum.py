from enum import StrEnum


class UserStatusEnum(StrEnum):
    ACTIVE = "active"
    DEACTIVATED = "deactivated"
    PENDING_VERIFICATION = "pending_verification"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
