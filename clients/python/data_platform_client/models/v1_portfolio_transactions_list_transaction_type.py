from enum import StrEnum


class V1PortfolioTransactionsListTransactionType(StrEnum):
    BUY = "buy"
    DEPOSIT = "deposit"
    REWARD = "reward"
    SELL = "sell"
    WITHDRAWAL = "withdrawal"

    def __str__(self) -> str:
        return str(self.value)
