"""Enums of seed 002 (Task 2) as TextChoices; each is also a CHECK constraint in PostgreSQL.

Where the seed names an enum without values, the values chosen here are documented
in docs/apps/engagement.md and engagement/schema_docs.py.
"""

from django.db import models


class Platform(models.TextChoices):
    TWITTER = "TWITTER", "Twitter / X"
    REDDIT = "REDDIT", "Reddit"
    THREADS = "THREADS", "Threads"


class OperationalMode(models.TextChoices):
    HELPFUL = "HELPFUL", "Helpful"
    ENGAGEMENT = "ENGAGEMENT", "Engagement"
    HYBRID = "HYBRID", "Hybrid"
    DISENGAGED = "DISENGAGED", "Disengaged"


class Archetype(models.TextChoices):
    CHECKLIST = "CHECKLIST", "Checklist"
    MYTHBUST = "MYTHBUST", "Myth-bust"
    COACH = "COACH", "Coach"
    STORYLET = "STORYLET", "Storylet"
    HUMOR_LIGHT = "HUMOR_LIGHT", "Light humor"
    CREDIBILITY_ANCHOR = "CREDIBILITY_ANCHOR", "Credibility anchor"
    CONFIDENT_RECOMMENDER = "CONFIDENT_RECOMMENDER", "Confident recommender"
    PROBLEM_SOLUTION_DIRECT = "PROBLEM_SOLUTION_DIRECT", "Problem / solution, direct"


class PowerTier(models.TextChoices):
    MICRO = "MICRO", "Micro"
    MACRO = "MACRO", "Macro"
    MEGA = "MEGA", "Mega"


class ApprovalStatus(models.TextChoices):
    PENDING = "PENDING", "Pending review"
    APPROVED = "APPROVED", "Approved"
    REJECTED = "REJECTED", "Rejected"


class ReplyType(models.TextChoices):
    STANDARD = "STANDARD", "Standard reply"
    COMPETITIVE = "COMPETITIVE", "Competitive displacement"
    POWER_USER = "POWER_USER", "Power-user engagement"
    CHAMPION = "CHAMPION", "Community champion engagement"
    FOLLOW_UP = "FOLLOW_UP", "Follow-up in a thread"


class CompetitorCategory(models.TextChoices):
    SUPPLEMENT = "SUPPLEMENT", "Supplement"
    ELECTROLYTE = "ELECTROLYTE", "Electrolyte drink"
    IV_THERAPY = "IV_THERAPY", "IV therapy"
    PHARMACEUTICAL = "PHARMACEUTICAL", "Pharmaceutical"
    HOME_REMEDY = "HOME_REMEDY", "Home remedy"
    OTHER = "OTHER", "Other"


class PricePoint(models.TextChoices):
    BUDGET = "BUDGET", "Budget"
    MID = "MID", "Mid-range"
    PREMIUM = "PREMIUM", "Premium"


class Sentiment(models.TextChoices):
    POSITIVE = "POSITIVE", "Positive"
    NEUTRAL = "NEUTRAL", "Neutral"
    NEGATIVE = "NEGATIVE", "Negative"


class UserSatisfaction(models.TextChoices):
    SATISFIED = "SATISFIED", "Satisfied"
    NEUTRAL = "NEUTRAL", "Neutral"
    DISSATISFIED = "DISSATISFIED", "Dissatisfied"
    UNKNOWN = "UNKNOWN", "Unknown"


class ChampionTier(models.TextChoices):
    BRONZE = "BRONZE", "Bronze"
    SILVER = "SILVER", "Silver"
    GOLD = "GOLD", "Gold"
    PLATINUM = "PLATINUM", "Platinum"


class DmResponseStatus(models.TextChoices):
    PENDING = "PENDING", "Awaiting response"
    POSITIVE = "POSITIVE", "Positive"
    NEGATIVE = "NEGATIVE", "Negative"
    NO_RESPONSE = "NO_RESPONSE", "No response"


class AdvocateStatus(models.TextChoices):
    PROSPECT = "PROSPECT", "Prospect"
    CONTACTED = "CONTACTED", "Contacted"
    ACTIVE = "ACTIVE", "Active advocate"
    INACTIVE = "INACTIVE", "Inactive"
    DECLINED = "DECLINED", "Declined"


class ExperimentStatus(models.TextChoices):
    DRAFT = "DRAFT", "Draft"
    RUNNING = "RUNNING", "Running"
    PAUSED = "PAUSED", "Paused"
    COMPLETED = "COMPLETED", "Completed"
    CANCELLED = "CANCELLED", "Cancelled"


class ExperimentVariant(models.TextChoices):
    A = "A", "Variant A"
    B = "B", "Variant B"


class ExperimentWinner(models.TextChoices):
    A = "A", "Variant A"
    B = "B", "Variant B"
    INCONCLUSIVE = "INCONCLUSIVE", "Inconclusive"


class KpiType(models.TextChoices):
    ENGAGEMENT = "ENGAGEMENT", "Engagement"
    REACH = "REACH", "Reach"
    CONVERSION = "CONVERSION", "Conversion"
    QUALITY = "QUALITY", "Reply quality"
    SAFETY = "SAFETY", "Safety"
    OPERATIONS = "OPERATIONS", "Operations"


class EscalationReason(models.TextChoices):
    SAFETY_FLAG = "SAFETY_FLAG", "Safety flag raised"
    MEDICAL_QUESTION = "MEDICAL_QUESTION", "Medical question"
    NEGATIVE_SENTIMENT = "NEGATIVE_SENTIMENT", "Strongly negative sentiment"
    POWER_USER = "POWER_USER", "Power user involved"
    COMPETITOR_CONFLICT = "COMPETITOR_CONFLICT", "Competitor conflict"
    CRISIS = "CRISIS", "Crisis / self-harm signal"
    LEGAL = "LEGAL", "Legal or regulatory"
    LOW_CONFIDENCE = "LOW_CONFIDENCE", "Low decision confidence"
    OTHER = "OTHER", "Other"


class EscalationPriority(models.IntegerChoices):
    """Stored as a small integer so the queue orders by (status, priority) on one index."""

    LOW = 1, "Low"
    MEDIUM = 2, "Medium"
    HIGH = 3, "High"
    CRITICAL = 4, "Critical"


def escalation_priority_value(value) -> int:
    """The stored number of an escalation priority given as seed 002's Prisma enum names it.

    Accepts the enum name in any case ("HIGH", "high"), the label ("High"), or the stored
    number (3 or "3"); raises ValueError for anything else (booleans included).
    """
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not an escalation priority.")
    if isinstance(value, int):
        if value in EscalationPriority.values:
            return value
        raise ValueError(f"{value!r} is not an escalation priority.")
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit() and int(text) in EscalationPriority.values:
            return int(text)
        for member in EscalationPriority:
            if text.casefold() in (member.name.casefold(), member.label.casefold()):
                return member.value
    raise ValueError(f"{value!r} is not an escalation priority.")


class EscalationStatus(models.TextChoices):
    OPEN = "OPEN", "Open"
    ASSIGNED = "ASSIGNED", "Assigned"
    RESOLVED = "RESOLVED", "Resolved"
    DISMISSED = "DISMISSED", "Dismissed"


class SegmentType(models.TextChoices):
    PLATFORM = "PLATFORM", "Platform"
    ARCHETYPE = "ARCHETYPE", "Archetype"
    POWER_TIER = "POWER_TIER", "Power tier"
    TIME_OF_DAY = "TIME_OF_DAY", "Time of day"
    KEYWORD_CATEGORY = "KEYWORD_CATEGORY", "Keyword category"


class WeightAdjustmentAction(models.TextChoices):
    ADJUSTED = "ADJUSTED", "Weights adjusted"
    SKIPPED = "SKIPPED", "Skipped (insufficient data)"
    ROLLED_BACK = "ROLLED_BACK", "Rolled back"


class AuditAction(models.TextChoices):
    CREATED = "CREATED", "Created"
    UPDATED = "UPDATED", "Updated"
    APPROVED = "APPROVED", "Approved"
    REJECTED = "REJECTED", "Rejected"
    DELETED = "DELETED", "Deleted"
    POSTED = "POSTED", "Posted"
    ESCALATED = "ESCALATED", "Escalated"
    ASSIGNED = "ASSIGNED", "Assigned"
    RESOLVED = "RESOLVED", "Resolved"
    DISMISSED = "DISMISSED", "Dismissed"
    ARCHIVED = "ARCHIVED", "Archived by retention"
    CORRECTED = "CORRECTED", "Corrected after the decision"
