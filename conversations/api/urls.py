from rest_framework.routers import SimpleRouter

from conversations.api.views import UUID_REGEX, AgentMessageViewSet, ConversationViewSet

router = SimpleRouter()
router.register("conversations", ConversationViewSet, basename="conversations-conversation")
router.register(
    rf"conversations/(?P<conversation_pk>{UUID_REGEX})/messages",
    AgentMessageViewSet,
    basename="conversations-message",
)
