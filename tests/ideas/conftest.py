import pytest

from tests.ideas.factories import BusinessIdeaFactory, EvaluationFactory


@pytest.fixture
def idea(user):
    return BusinessIdeaFactory(user=user)


@pytest.fixture
def submitted_idea(user):
    return BusinessIdeaFactory(user=user, submitted=True)


@pytest.fixture
def pending_evaluation(submitted_idea):
    return EvaluationFactory(business_idea=submitted_idea)
