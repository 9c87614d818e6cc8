from enum import StrEnum


class EscalationReasonEnum(StrEnum):
    COMPETITOR_CONFLICT = "COMPETITOR_CONFLICT"
    CRISIS = "CRISIS"
    LEGAL = "LEGAL"
    LOW_CONFIDENCE = "LOW_CONFIDENCE"
    MEDICAL_QUESTION = "MEDICAL_QUESTION"
    NEGATIVE_SENTIMENT = "NEGATIVE_SENTIMENT"
    OTHER = "OTHER"
    POWER_USER = "POWER_USER"
    SAFETY_FLAG = "SAFETY_FLAG"

    def __str__(self) -> str:
        return str(self.value)
