from enum import StrEnum


class V1PortfolioLoanApplicationsListPurpose(StrEnum):
    BUSINESS = "business"
    EDUCATION = "education"
    HOME = "home"
    INVESTMENT = "investment"
    OTHER = "other"
    PERSONAL = "personal"

    def __str__(self) -> str:
        return str(self.value)
