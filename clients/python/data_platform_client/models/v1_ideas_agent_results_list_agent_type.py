from enum import StrEnum


class V1IdeasAgentResultsListAgentType(StrEnum):
    COMPETITIVE_ANALYSIS = "competitive-analysis"
    CUSTOMER_RESEARCH = "customer-research"
    FINANCIAL_ANALYSIS = "financial-analysis"
    MARKET_RESEARCH = "market-research"
    RISK_ASSESSMENT = "risk-assessment"
    TECHNICAL_FEASIBILITY = "technical-feasibility"

    def __str__(self) -> str:
        return str(self.value)
