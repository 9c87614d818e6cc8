from rest_framework.routers import SimpleRouter

from research.api import views

router = SimpleRouter()
router.register("research/definitions", views.DefinitionViewSet, basename="research-definition")
router.register("research/experiments", views.ExperimentViewSet, basename="research-experiment")
router.register("research/runs", views.RunViewSet, basename="research-run")
router.register("research/scenarios", views.ScenarioViewSet, basename="research-scenario")
router.register("research/transcripts", views.TranscriptViewSet, basename="research-transcript")
router.register("research/comparisons", views.RunComparisonViewSet, basename="research-comparison")
router.register(
    "research/analysis-results", views.AnalysisResultViewSet, basename="research-analysisresult"
)
router.register("research/rubrics", views.RubricViewSet, basename="research-rubric")
