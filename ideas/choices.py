"""Choices of the ideas app (seed 001). Each one is backed by a CHECK constraint."""

from django.db import models


class IdeaStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"
    EVALUATING = "evaluating", "Evaluating"
    COMPLETED = "completed", "Completed"


class EvaluationStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    ANALYZING = "analyzing", "Analyzing"
    COMPLETED = "completed", "Completed"
    FAILED = "failed", "Failed"


class EvaluationPriority(models.TextChoices):
    LOW = "low", "Low"
    NORMAL = "normal", "Normal"
    HIGH = "high", "High"


class AgentType(models.TextChoices):
    """The agents this project runs, one result row each (docs/apps/ideas.md).

    Not a closed list: seed 001's agent_type is open-ended ("etc."), so the column takes
    any AGENT_TYPE_REGEX value and other services may add agents without a migration.
    """

    MARKET_RESEARCH = "market-research", "Market research"
    COMPETITIVE_ANALYSIS = "competitive-analysis", "Competitive analysis"
    CUSTOMER_RESEARCH = "customer-research", "Customer research"
    FINANCIAL_ANALYSIS = "financial-analysis", "Financial analysis"
    TECHNICAL_FEASIBILITY = "technical-feasibility", "Technical feasibility"
    RISK_ASSESSMENT = "risk-assessment", "Risk assessment"


class AgentResultStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RUNNING = "running", "Running"
    COMPLETED = "completed", "Completed"
    FAILED = "failed", "Failed"


# Allowed status changes; services.py applies them (and nothing else writes status).
IDEA_TRANSITIONS: dict[str, frozenset[str]] = {
    IdeaStatus.DRAFT: frozenset({IdeaStatus.SUBMITTED}),
    IdeaStatus.SUBMITTED: frozenset({IdeaStatus.EVALUATING}),
    # back to submitted when its last running evaluation failed (awaiting a retry)
    IdeaStatus.EVALUATING: frozenset({IdeaStatus.COMPLETED, IdeaStatus.SUBMITTED}),
    # a new evaluation of a completed idea (re-evaluation)
    IdeaStatus.COMPLETED: frozenset({IdeaStatus.EVALUATING}),
}
EVALUATION_TRANSITIONS: dict[str, frozenset[str]] = {
    EvaluationStatus.PENDING: frozenset({EvaluationStatus.ANALYZING}),
    EvaluationStatus.ANALYZING: frozenset({EvaluationStatus.COMPLETED, EvaluationStatus.FAILED}),
    EvaluationStatus.COMPLETED: frozenset(),
    # a staff retry puts a failed evaluation back in the queue
    EvaluationStatus.FAILED: frozenset({EvaluationStatus.PENDING}),
}
AGENT_RESULT_TRANSITIONS: dict[str, frozenset[str]] = {
    AgentResultStatus.PENDING: frozenset({AgentResultStatus.RUNNING}),
    AgentResultStatus.RUNNING: frozenset({AgentResultStatus.COMPLETED, AgentResultStatus.FAILED}),
    AgentResultStatus.COMPLETED: frozenset(),
    AgentResultStatus.FAILED: frozenset(),
}

# lower-case words of letters and digits joined by '-' or '_' (market-research, risk_v2)
AGENT_TYPE_REGEX = r"^[a-z0-9]+([_-][a-z0-9]+)*$"

DESCRIPTION_MIN_LENGTH = 50
DESCRIPTION_MAX_LENGTH = 5000
TITLE_MAX_LENGTH = 200
SCORE_MIN = 0
SCORE_MAX = 100
