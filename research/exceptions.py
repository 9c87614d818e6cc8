"""Domain errors of the research app (the seed's NotFoundError / ValidationError).

They subclass core.errors, so the API maps them to 404 / 400 JSON.
"""

from core.errors import ConflictError, DomainValidationError, NotFoundError


class ResearchNotFoundError(NotFoundError):
    """A definition, run or other research row that does not exist."""


class ResearchValidationError(DomainValidationError):
    """Invalid input to a research service (bad parent, self-comparison, ...)."""


class UnknownSchemaVersionError(ResearchValidationError):
    """JSONB content carries a schema_version this code cannot read."""

    code = "unknown_schema_version"


class DefinitionInUseError(ConflictError):
    """A definition with forks or runs cannot be deleted: history is kept."""


class AnalysisSupersededError(ConflictError):
    """An analysis result that is no longer the current version cannot be updated."""

    code = "analysis_superseded"
