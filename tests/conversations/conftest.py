import pytest

from tests.conversations.factories import AgentMessageFactory, ConversationFactory


@pytest.fixture
def conversation(user):
    conversation = ConversationFactory(user=user)
    for order in (1, 2, 3):
        AgentMessageFactory(conversation=conversation, message_order=order)
    return conversation
