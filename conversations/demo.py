"""Demo data at scale for ``manage.py generate_demo_data`` (deterministic for a given rng)."""

import random
import uuid
from datetime import UTC, datetime, timedelta

from conversations.choices import (
    TERMINAL_STATUSES,
    AgentType,
    ContentSourceType,
    ConversationStatus,
)
from conversations.models import AgentMessage, Conversation

CONVERSATIONS_PER_SCALE = 20
BASE_TIME = datetime(2026, 1, 1, tzinfo=UTC)
BATCH_SIZE = 1000

TOPICS = [
    ("Utilities vs. the S&P 500", "utilities_spy", "Utilities/SPY Ratio"),
    ("Lumber vs. gold", "lumber_gold", "Lumber/Gold Ratio"),
    ("10-year vs. 30-year Treasuries", "treasury_signal", "10Y/30Y Treasury Ratio"),
    ("Small caps vs. large caps", "size_rotation", "Russell 2000/S&P 500 Ratio"),
    ("Volatility term structure", "vix_term", "VIX/VIX3M Ratio"),
]
SOURCES = ["Federal Reserve Data", "BLS CPI Release", "FRED", "NYSE Advance/Decline Line"]
AGENT_NAMES = {
    AgentType.FINANCIAL_ANALYST: "Financial Analyst",
    AgentType.MARKET_CONTEXT: "Market Context Agent",
    AgentType.RISK_CHALLENGER: "Risk Challenger",
}
AGENT_ORDER = [AgentType.FINANCIAL_ANALYST, AgentType.MARKET_CONTEXT, AgentType.RISK_CHALLENGER]


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def generate(*, scale: int, rng: random.Random, users: list, progress) -> dict[str, int]:
    """Create ``20 * scale`` conversations with 3-6 messages each for the given users."""
    if not users:
        return {"conversations.Conversation": 0, "conversations.AgentMessage": 0}
    conversations, messages = [], []
    for _ in range(CONVERSATIONS_PER_SCALE * scale):
        title, signal, source = rng.choice(TOPICS)
        created = BASE_TIME + timedelta(minutes=rng.randrange(0, 60 * 24 * 180))
        status = rng.choice(ConversationStatus.values)
        terminal = status in TERMINAL_STATUSES
        completed = status == ConversationStatus.COMPLETED
        consensus = completed and rng.random() < 0.7
        conversation = Conversation(
            id=_uuid(rng),
            user_id=rng.choice(users).pk,
            content_type=rng.choice(ContentSourceType.values),
            content_title=f"{title}: signal review #{rng.randrange(1, 10_000)}",
            content_content=(
                f"The {source} moved {rng.uniform(-4, 4):+.2f}% over four weeks; "
                "is the intermarket signal risk-on or risk-off?"
            ),
            content_url=f"https://research.example.com/{signal}/{rng.randrange(1, 10**6)}",
            content_author=rng.choice(["Research Desk", "Macro Team", None]),
            content_published_at=created - timedelta(hours=rng.randrange(1, 72)),
            content_metadata={"signal": signal},
            status=status,
            consensus_reached=consensus,
            final_recommendation=(
                rng.choice(["Tilt defensive.", "Stay the course.", "Add cyclical exposure."])
                if completed
                else None
            ),
            confidence_score=round(rng.uniform(0.4, 0.95), 2) if completed else None,
            created_at=created,
            updated_at=created + timedelta(minutes=3),
            completed_at=created + timedelta(minutes=rng.randrange(1, 10)) if terminal else None,
            metadata={"rounds": rng.randrange(1, 6)},
        )
        conversations.append(conversation)
        for order in range(1, rng.randrange(3, 7) + 1):
            agent = AGENT_ORDER[(order - 1) % 3]
            messages.append(
                AgentMessage(
                    id=_uuid(rng),
                    conversation=conversation,
                    agent_type=agent,
                    agent_name=AGENT_NAMES[agent],
                    content=f"Round {order}: the {source} reading argues for "
                    f"{rng.choice(['caution', 'patience', 'measured risk'])}.",
                    confidence_level=round(rng.uniform(0.3, 0.95), 2),
                    message_order=order,
                    cited_sources=rng.sample(SOURCES, k=rng.randrange(0, 3)) + [source],
                    signal_references=[signal],
                    timestamp=created + timedelta(seconds=30 * order),
                    metadata={},
                )
            )
    for start in range(0, len(conversations), BATCH_SIZE):
        batch = conversations[start : start + BATCH_SIZE]
        Conversation.objects.bulk_create(batch, batch_size=BATCH_SIZE)
        progress(len(batch))
    for start in range(0, len(messages), BATCH_SIZE):
        batch = messages[start : start + BATCH_SIZE]
        AgentMessage.objects.bulk_create(batch, batch_size=BATCH_SIZE)
        progress(len(batch))
    return {
        "conversations.Conversation": len(conversations),
        "conversations.AgentMessage": len(messages),
    }
