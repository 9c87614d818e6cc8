import datetime as dt

import factory
from django.utils import timezone

from ideas.choices import AgentResultStatus, AgentType, EvaluationStatus, IdeaStatus
from ideas.models import AgentResult, BusinessIdea, Evaluation
from tests.accounts.factories import UserFactory

DESCRIPTION = (
    "A subscription service that plans healthy weekly meals from what is already in the fridge."
)


class IdeaOwnerFactory(UserFactory):
    """A user without a password hash (Argon2 per row would dominate these tests)."""

    password = "!unusable-test-password"


class BusinessIdeaFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(IdeaOwnerFactory)
    title = factory.Sequence(lambda n: f"Business idea {n}")
    description = DESCRIPTION
    status = IdeaStatus.DRAFT

    class Meta:
        model = BusinessIdea

    class Params:
        submitted = factory.Trait(status=IdeaStatus.SUBMITTED)
        deleted = factory.Trait(deleted_at=factory.LazyFunction(timezone.now))


class EvaluationFactory(factory.django.DjangoModelFactory):
    """A pending evaluation of a submitted idea; traits give the other statuses."""

    business_idea = factory.SubFactory(BusinessIdeaFactory, status=IdeaStatus.SUBMITTED)
    status = EvaluationStatus.PENDING

    class Meta:
        model = Evaluation

    class Params:
        analyzing = factory.Trait(
            status=EvaluationStatus.ANALYZING,
            started_at=factory.LazyFunction(timezone.now),
            business_idea=factory.SubFactory(BusinessIdeaFactory, status=IdeaStatus.EVALUATING),
        )
        completed = factory.Trait(
            status=EvaluationStatus.COMPLETED,
            started_at=factory.LazyFunction(lambda: timezone.now() - dt.timedelta(minutes=5)),
            completed_at=factory.LazyFunction(timezone.now),
            results=factory.LazyFunction(
                lambda: {"overall_score": 72.5, "recommendation": "pursue"}
            ),
            business_idea=factory.SubFactory(BusinessIdeaFactory, status=IdeaStatus.COMPLETED),
        )
        failed = factory.Trait(
            status=EvaluationStatus.FAILED,
            started_at=factory.LazyFunction(lambda: timezone.now() - dt.timedelta(minutes=5)),
            completed_at=factory.LazyFunction(timezone.now),
            error_message="agent timed out",
        )


class AgentResultFactory(factory.django.DjangoModelFactory):
    """A completed result with a score, in an analyzing evaluation."""

    evaluation = factory.SubFactory(EvaluationFactory, analyzing=True)
    agent_type = factory.Iterator(AgentType.values)
    status = AgentResultStatus.COMPLETED
    input_data = factory.LazyFunction(lambda: {"depth": "standard"})
    output_data = factory.LazyFunction(lambda: {"summary": "findings", "market_size": "large"})
    insights = factory.LazyFunction(lambda: {"strengths": ["clear audience"]})
    score = 75.0
    started_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(seconds=30))
    completed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = AgentResult

    class Params:
        running = factory.Trait(
            status=AgentResultStatus.RUNNING,
            completed_at=None,
            output_data=None,
            insights=None,
            score=None,
        )
