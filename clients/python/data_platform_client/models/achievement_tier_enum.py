from enum import StrEnum


class AchievementTierEnum(StrEnum):
    BRONZE = "bronze"
    GOLD = "gold"
    PLATINUM = "platinum"
    SILVER = "silver"

    def __str__(self) -> str:
        return str(self.value)
