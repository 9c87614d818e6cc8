from enum import StrEnum


class V1ConversationsListInclude(StrEnum):
    MESSAGES = "messages"

    def __str__(self) -> str:
        return str(self.value)
