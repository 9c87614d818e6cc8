from enum import StrEnum


class V1PortfolioLoansListStatus(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"
    DEFAULTED = "defaulted"
    LIQUIDATED = "liquidated"
    PENDING_DISBURSEMENT = "pending_disbursement"
    REPAID = "repaid"

    def __str__(self) -> str:
        return str(self.value)
