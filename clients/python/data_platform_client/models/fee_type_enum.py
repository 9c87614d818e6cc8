from enum import StrEnum


class FeeTypeEnum(StrEnum):
    MANAGEMENT = "management"
    NETWORK = "network"
    PLATFORM = "platform"
    SPREAD = "spread"

    def __str__(self) -> str:
        return str(self.value)
