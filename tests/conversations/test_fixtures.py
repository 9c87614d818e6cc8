import pytest
from django.core.management import call_command

from accounts.models import User
from conversations.models import AgentMessage, Conversation

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        list(Conversation.objects.order_by("pk").values()),
        list(AgentMessage.objects.order_by("pk").values()),
    )


def test_seed_sample_loads_and_loading_twice_leaves_the_same_rows():
    call_command("loaddata", "fixtures/accounts.json", "fixtures/conversations.json", verbosity=0)
    first = snapshot()
    call_command("loaddata", "fixtures/accounts.json", "fixtures/conversations.json", verbosity=0)
    assert snapshot() == first

    conversations, messages = first
    assert len(conversations) == 3 and len(messages) == 6
    owners = User.objects.filter(conversations__isnull=False).distinct()
    assert sorted(owners.values_list("clerk_id", flat=True)) == ["user_test_123", "user_test_456"]
    sample = Conversation.objects.get(content_title="Sample Financial Analysis")
    assert sample.user.clerk_id == "user_test_123"
    assert sample.status == "completed" and sample.consensus_reached
    assert sample.confidence_score == pytest.approx(0.75)
    assert list(sample.messages.order_by("message_order").values_list("agent_type", flat=True)) == [
        "financial_analyst",
        "market_context",
        "risk_challenger",
    ]


def test_fixture_rows_pass_model_validation():
    call_command("loaddata", "fixtures/accounts.json", "fixtures/conversations.json", verbosity=0)
    for obj in [*Conversation.objects.all(), *AgentMessage.objects.all()]:
        obj.full_clean()
