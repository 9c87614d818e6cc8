from enum import StrEnum


class InvestmentExperienceEnum(StrEnum):
    ADVANCED = "advanced"
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
