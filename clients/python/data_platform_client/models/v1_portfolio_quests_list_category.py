from enum import StrEnum


class V1PortfolioQuestsListCategory(StrEnum):
    INVESTING = "investing"
    LEARNING = "learning"
    SAVING = "saving"
    SOCIAL = "social"
    STREAK = "streak"

    def __str__(self) -> str:
        return str(self.value)
