from enum import StrEnum


class V1ConversationsMessagesListAgentTypeItem(StrEnum):
    FINANCIAL_ANALYST = "financial_analyst"
    MARKET_CONTEXT = "market_context"
    RISK_CHALLENGER = "risk_challenger"

    def __str__(self) -> str:
        return str(self.value)
