from enum import StrEnum


class LoanApplicationStatusEnum(StrEnum):
    APPROVED = "approved"
    DRAFT = "draft"
    REJECTED = "rejected"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
