from enum import StrEnum


class V1EngagementChampionsListAdvocateStatus(StrEnum):
    ACTIVE = "ACTIVE"
    CONTACTED = "CONTACTED"
    DECLINED = "DECLINED"
    INACTIVE = "INACTIVE"
    PROSPECT = "PROSPECT"

    def __str__(self) -> str:
        return str(self.value)
