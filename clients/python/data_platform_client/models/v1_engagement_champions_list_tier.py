from enum import StrEnum


class V1EngagementChampionsListTier(StrEnum):
    BRONZE = "BRONZE"
    GOLD = "GOLD"
    PLATINUM = "PLATINUM"
    SILVER = "SILVER"

    def __str__(self) -> str:
        return str(self.value)
