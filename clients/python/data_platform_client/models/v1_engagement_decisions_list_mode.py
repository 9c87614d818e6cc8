from enum import StrEnum


class V1EngagementDecisionsListMode(StrEnum):
    DISENGAGED = "DISENGAGED"
    ENGAGEMENT = "ENGAGEMENT"
    HELPFUL = "HELPFUL"
    HYBRID = "HYBRID"

    def __str__(self) -> str:
        return str(self.value)
