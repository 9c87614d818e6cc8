from enum import StrEnum


class PowerTierEnum(StrEnum):
    MACRO = "MACRO"
    MEGA = "MEGA"
    MICRO = "MICRO"

    def __str__(self) -> str:
        return str(self.value)
