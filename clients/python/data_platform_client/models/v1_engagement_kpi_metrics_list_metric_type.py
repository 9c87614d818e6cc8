from enum import StrEnum


class V1EngagementKpiMetricsListMetricType(StrEnum):
    CONVERSION = "CONVERSION"
    ENGAGEMENT = "ENGAGEMENT"
    OPERATIONS = "OPERATIONS"
    QUALITY = "QUALITY"
    REACH = "REACH"
    SAFETY = "SAFETY"

    def __str__(self) -> str:
        return str(self.value)
