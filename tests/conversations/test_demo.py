import random

import pytest

from conversations import demo
from conversations.models import AgentMessage, Conversation
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def run(seed, users):
    ticks = []
    counts = demo.generate(scale=2, rng=random.Random(seed), users=users, progress=ticks.append)
    return counts, ticks


def test_generate_is_deterministic_and_valid():
    users = UserFactory.create_batch(3)
    counts, ticks = run(7, users)
    assert counts["conversations.Conversation"] == Conversation.objects.count() == 40
    assert counts["conversations.AgentMessage"] == AgentMessage.objects.count()
    assert sum(ticks) == sum(counts.values())
    first = sorted(Conversation.objects.values_list("id", "content_title", "status"))
    Conversation.objects.all().delete()
    run(7, users)
    assert sorted(Conversation.objects.values_list("id", "content_title", "status")) == first
    for obj in Conversation.objects.all()[:10]:
        obj.full_clean()
