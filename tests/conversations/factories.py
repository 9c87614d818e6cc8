import factory

from conversations.choices import AgentType, ContentSourceType
from conversations.models import AgentMessage, Conversation
from tests.accounts.factories import UserFactory


class ConversationFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    content_type = ContentSourceType.TEXT
    content_title = factory.Sequence(lambda n: f"Signal review {n}")
    content_content = factory.Faker("paragraph", nb_sentences=4)
    content_url = factory.Sequence(lambda n: f"https://example.com/analysis/{n}")
    content_author = factory.Faker("name")

    class Meta:
        model = Conversation


class AgentMessageFactory(factory.django.DjangoModelFactory):
    conversation = factory.SubFactory(ConversationFactory)
    agent_type = factory.Iterator(AgentType.values)
    agent_name = factory.LazyAttribute(lambda o: AgentType(o.agent_type).label)
    content = factory.Faker("paragraph", nb_sentences=3)
    confidence_level = 0.7
    message_order = factory.Sequence(lambda n: n + 1)
    cited_sources = factory.LazyFunction(lambda: ["Utilities/SPY Ratio"])
    signal_references = factory.LazyFunction(lambda: ["defensive_signal"])

    class Meta:
        model = AgentMessage
