from enum import StrEnum


class QuestCategoryEnum(StrEnum):
    INVESTING = "investing"
    LEARNING = "learning"
    SAVING = "saving"
    SOCIAL = "social"
    STREAK = "streak"

    def __str__(self) -> str:
        return str(self.value)
