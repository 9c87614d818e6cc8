from enum import StrEnum


class V1PortfolioAiInteractionsListInteractionType(StrEnum):
    FEEDBACK = "feedback"
    QUESTION = "question"
    TIP_DISMISSED = "tip_dismissed"
    TIP_FOLLOWED = "tip_followed"
    TIP_SAVED = "tip_saved"
    TIP_VIEWED = "tip_viewed"

    def __str__(self) -> str:
        return str(self.value)
