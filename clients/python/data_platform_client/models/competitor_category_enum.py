from enum import StrEnum


class CompetitorCategoryEnum(StrEnum):
    ELECTROLYTE = "ELECTROLYTE"
    HOME_REMEDY = "HOME_REMEDY"
    IV_THERAPY = "IV_THERAPY"
    OTHER = "OTHER"
    PHARMACEUTICAL = "PHARMACEUTICAL"
    SUPPLEMENT = "SUPPLEMENT"

    def __str__(self) -> str:
        return str(self.value)
