from enum import StrEnum


class V1EngagementRepliesListReplyType(StrEnum):
    CHAMPION = "CHAMPION"
    COMPETITIVE = "COMPETITIVE"
    FOLLOW_UP = "FOLLOW_UP"
    POWER_USER = "POWER_USER"
    STANDARD = "STANDARD"

    def __str__(self) -> str:
        return str(self.value)
