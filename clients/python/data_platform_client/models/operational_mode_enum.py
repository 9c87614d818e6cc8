from enum import StrEnum


class OperationalModeEnum(StrEnum):
    DISENGAGED = "DISENGAGED"
    ENGAGEMENT = "ENGAGEMENT"
    HELPFUL = "HELPFUL"
    HYBRID = "HYBRID"

    def __str__(self) -> str:
        return str(self.value)
