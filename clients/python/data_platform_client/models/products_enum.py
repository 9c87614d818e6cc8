from enum import StrEnum


class ProductsEnum(StrEnum):
    CONVERSATIONS = "conversations"
    ENGAGEMENT = "engagement"
    IDEAS = "ideas"
    PORTFOLIO = "portfolio"
    RESEARCH = "research"

    def __str__(self) -> str:
        return str(self.value)
