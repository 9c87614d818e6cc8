from enum import StrEnum


class V1PortfolioAchievementsListCategory(StrEnum):
    INVESTING = "investing"
    LEARNING = "learning"
    MILESTONE = "milestone"
    SAVING = "saving"
    SOCIAL = "social"

    def __str__(self) -> str:
        return str(self.value)
