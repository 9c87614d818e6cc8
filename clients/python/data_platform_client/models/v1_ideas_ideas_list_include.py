from enum import StrEnum


class V1IdeasIdeasListInclude(StrEnum):
    EVALUATIONS = "evaluations"

    def __str__(self) -> str:
        return str(self.value)
