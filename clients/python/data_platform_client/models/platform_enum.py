from enum import StrEnum


class PlatformEnum(StrEnum):
    REDDIT = "REDDIT"
    THREADS = "THREADS"
    TWITTER = "TWITTER"

    def __str__(self) -> str:
        return str(self.value)
