from rest_framework.routers import SimpleRouter

from ideas.api.views import AgentResultViewSet, BusinessIdeaViewSet, EvaluationViewSet

router = SimpleRouter()
router.register("ideas/ideas", BusinessIdeaViewSet, basename="ideas-idea")
router.register("ideas/evaluations", EvaluationViewSet, basename="ideas-evaluation")
router.register("ideas/agent-results", AgentResultViewSet, basename="ideas-agentresult")
