from enum import StrEnum


class AchievementCategoryEnum(StrEnum):
    INVESTING = "investing"
    LEARNING = "learning"
    MILESTONE = "milestone"
    SAVING = "saving"
    SOCIAL = "social"

    def __str__(self) -> str:
        return str(self.value)
