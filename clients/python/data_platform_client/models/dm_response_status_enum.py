from enum import StrEnum


class DmResponseStatusEnum(StrEnum):
    NEGATIVE = "NEGATIVE"
    NO_RESPONSE = "NO_RESPONSE"
    PENDING = "PENDING"
    POSITIVE = "POSITIVE"

    def __str__(self) -> str:
        return str(self.value)
