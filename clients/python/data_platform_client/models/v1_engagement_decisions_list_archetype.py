from enum import StrEnum


class V1EngagementDecisionsListArchetype(StrEnum):
    CHECKLIST = "CHECKLIST"
    COACH = "COACH"
    CONFIDENT_RECOMMENDER = "CONFIDENT_RECOMMENDER"
    CREDIBILITY_ANCHOR = "CREDIBILITY_ANCHOR"
    HUMOR_LIGHT = "HUMOR_LIGHT"
    MYTHBUST = "MYTHBUST"
    PROBLEM_SOLUTION_DIRECT = "PROBLEM_SOLUTION_DIRECT"
    STORYLET = "STORYLET"

    def __str__(self) -> str:
        return str(self.value)
