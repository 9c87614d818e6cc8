import random

import pytest

from ideas import demo
from ideas.models import AgentResult, BusinessIdea, Evaluation
from tests.ideas.factories import IdeaOwnerFactory

pytestmark = pytest.mark.django_db


def test_demo_generate_is_valid_and_deterministic(monkeypatch):
    monkeypatch.setattr(demo, "IDEAS_PER_SCALE", 60)
    users = [IdeaOwnerFactory() for _ in range(3)]
    counts = demo.generate(scale=1, rng=random.Random(7), users=users, progress=lambda n: None)
    assert counts["ideas.BusinessIdea"] == 60 == BusinessIdea.objects.count()
    assert counts["ideas.Evaluation"] == Evaluation.objects.count() > 0
    assert counts["ideas.AgentResult"] == AgentResult.objects.count() > 0
    first = list(BusinessIdea.objects.order_by("id").values_list("id", "title", "status"))

    AgentResult.objects.all().delete()
    Evaluation.objects.all().delete()
    BusinessIdea.objects.all().delete()
    demo.generate(scale=1, rng=random.Random(7), users=users, progress=lambda n: None)
    assert list(BusinessIdea.objects.order_by("id").values_list("id", "title", "status")) == first
