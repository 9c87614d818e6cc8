from enum import StrEnum


class V1EngagementDecisionsListExperimentVariant(StrEnum):
    A = "A"
    B = "B"

    def __str__(self) -> str:
        return str(self.value)
