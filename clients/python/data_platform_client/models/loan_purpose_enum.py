from enum import StrEnum


class LoanPurposeEnum(StrEnum):
    BUSINESS = "business"
    EDUCATION = "education"
    HOME = "home"
    INVESTMENT = "investment"
    OTHER = "other"
    PERSONAL = "personal"

    def __str__(self) -> str:
        return str(self.value)
