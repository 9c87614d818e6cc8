from enum import StrEnum


class V1PortfolioAiTipsListCategory(StrEnum):
    EDUCATION = "education"
    MARKET_INSIGHT = "market_insight"
    OPPORTUNITY = "opportunity"
    REBALANCING = "rebalancing"
    RISK_ALERT = "risk_alert"

    def __str__(self) -> str:
        return str(self.value)
