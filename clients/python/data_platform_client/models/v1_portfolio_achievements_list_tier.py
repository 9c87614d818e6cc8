from enum import StrEnum


class V1PortfolioAchievementsListTier(StrEnum):
    BRONZE = "bronze"
    GOLD = "gold"
    PLATINUM = "platinum"
    SILVER = "silver"

    def __str__(self) -> str:
        return str(self.value)
