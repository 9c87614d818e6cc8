from enum import StrEnum


class V1EngagementKpiMetricsListPlatform(StrEnum):
    REDDIT = "REDDIT"
    THREADS = "THREADS"
    TWITTER = "TWITTER"

    def __str__(self) -> str:
        return str(self.value)
