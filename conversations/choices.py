"""The seed's enums (python-services/models/conversation_models.py), as TextChoices."""

from django.db import models


class ConversationStatus(models.TextChoices):
    INITIALIZED = "initialized", "Initialized"
    RUNNING = "running", "Running"
    PAUSED = "paused", "Paused"
    COMPLETED = "completed", "Completed"
    ERROR = "error", "Error"
    CANCELLED = "cancelled", "Cancelled"


#: Statuses after which a conversation is over (``completed_at`` is stamped).
TERMINAL_STATUSES = (
    ConversationStatus.COMPLETED,
    ConversationStatus.ERROR,
    ConversationStatus.CANCELLED,
)


class AgentType(models.TextChoices):
    FINANCIAL_ANALYST = "financial_analyst", "Financial analyst"
    MARKET_CONTEXT = "market_context", "Market context"
    RISK_CHALLENGER = "risk_challenger", "Risk challenger"


class ContentSourceType(models.TextChoices):
    TEXT = "text", "Text"
    SUBSTACK_ARTICLE = "substack_article", "Substack article"
    YOUTUBE_VIDEO = "youtube_video", "YouTube video"
    MARKET_REPORT = "market_report", "Market report"
    NEWS_ARTICLE = "news_article", "News article"
