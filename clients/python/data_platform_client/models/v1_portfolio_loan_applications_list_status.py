from enum import StrEnum


class V1PortfolioLoanApplicationsListStatus(StrEnum):
    APPROVED = "approved"
    DRAFT = "draft"
    REJECTED = "rejected"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
