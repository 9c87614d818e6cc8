"""Research API. The seed has no tenancy: research is one shared workspace, so every
viewset is ``ProductShared``: the users holding the research product read and write
all research rows; anyone else gets 403."""

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.response import Response

from core.api.scopes import ProductShared
from core.api.viewsets import ScopedModelViewSet, ScopedViewSet
from research import services
from research.api import filters
from research.api.serializers import (
    AnalysisResultSerializer,
    DefinitionForkSerializer,
    DefinitionSerializer,
    DefinitionTreeNodeSerializer,
    ExperimentSerializer,
    ReanalyzeSerializer,
    RubricSerializer,
    RunComparisonSerializer,
    RunSerializer,
    ScenarioSerializer,
    TranscriptSerializer,
)
from research.models import (
    AnalysisResult,
    Definition,
    Experiment,
    Rubric,
    Run,
    RunComparison,
    Scenario,
    Transcript,
)


class DefinitionViewSet(ScopedModelViewSet):
    """Definitions; ``ancestors``, ``descendants`` and ``runs`` walk the tree by
    recursive CTE; ``fork`` creates a child in one transaction."""

    scope = ProductShared()
    queryset = Definition.objects.all()
    serializer_class = DefinitionSerializer
    filterset_class = filters.DefinitionFilterSet
    ordering_fields = ("created_at",)

    def perform_destroy(self, instance):
        services.definition_delete(definition=instance)

    def _page(self, queryset, serializer_class):
        page = self.paginate_queryset(queryset)
        data = serializer_class(page, many=True, context=self.get_serializer_context()).data
        return self.get_paginated_response(data)

    @extend_schema(responses=DefinitionTreeNodeSerializer(many=True))
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def ancestors(self, request, pk=None):
        """The chain from the parent up to the root, nearest first (``depth`` 1 = parent);
        a plain array, not paginated (a chain is as long as the tree is deep)."""
        rows = services.definition_ancestors(pk)
        return Response(
            DefinitionTreeNodeSerializer(
                rows, many=True, context=self.get_serializer_context()
            ).data
        )

    @extend_schema(responses=DefinitionTreeNodeSerializer(many=True))
    @action(detail=True, methods=["get"], filter_backends=[])
    def descendants(self, request, pk=None):
        """Every descendant, breadth first (``depth`` 1 = children); paginated."""
        return self._page(services.definition_descendants(pk), DefinitionTreeNodeSerializer)

    @extend_schema(responses=RunSerializer(many=True))
    @action(detail=True, methods=["get"], filter_backends=[])
    def runs(self, request, pk=None):
        """Runs of every definition in this definition's whole tree; paginated."""
        runs = services.runs_in_tree(pk).order_by("-created_at", "-id")
        return self._page(runs, RunSerializer)

    @extend_schema(request=DefinitionForkSerializer, responses={201: DefinitionSerializer})
    @action(detail=True, methods=["post"], filter_backends=[])
    def fork(self, request, pk=None):
        parent = self.get_object()
        serializer = DefinitionForkSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        child = services.definition_fork(parent=parent, **serializer.validated_data)
        return Response(
            DefinitionSerializer(child, context=self.get_serializer_context()).data,
            status=status.HTTP_201_CREATED,
        )


class ExperimentViewSet(ScopedModelViewSet):
    scope = ProductShared()
    queryset = Experiment.objects.all()
    serializer_class = ExperimentSerializer
    ordering_fields = ("created_at",)


class RunViewSet(ScopedModelViewSet):
    """Runs; POST may carry ``transcripts``, written with the run in one transaction."""

    scope = ProductShared()
    queryset = Run.objects.all()
    serializer_class = RunSerializer
    filterset_class = filters.RunFilterSet
    ordering_fields = ("created_at",)


class ScenarioViewSet(ScopedModelViewSet):
    scope = ProductShared()
    queryset = Scenario.objects.all()
    serializer_class = ScenarioSerializer
    filterset_class = filters.ScenarioFilterSet
    ordering_fields = ("created_at",)


class TranscriptViewSet(ScopedModelViewSet):
    """Transcripts; ``expire`` drops the content (NULL) and keeps the metrics."""

    scope = ProductShared()
    queryset = Transcript.objects.all()
    serializer_class = TranscriptSerializer
    filterset_class = filters.TranscriptFilterSet
    ordering_fields = ("created_at",)

    @extend_schema(request=None, responses=TranscriptSerializer)
    @action(detail=True, methods=["post"], filter_backends=[])
    def expire(self, request, pk=None):
        transcript = services.transcript_expire(transcript=self.get_object())
        return Response(TranscriptSerializer(transcript).data)


class RunComparisonViewSet(ScopedModelViewSet):
    scope = ProductShared()
    queryset = RunComparison.objects.all()
    serializer_class = RunComparisonSerializer
    filterset_class = filters.RunComparisonFilterSet
    ordering_fields = ("created_at",)


class AnalysisResultViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    ScopedViewSet,
):
    """Analysis results are immutable versions. POST records a new version for
    (run, analysis_type), superseding the current one; ``reanalyze`` does the
    same for an existing result's run and type."""

    scope = ProductShared()
    queryset = AnalysisResult.objects.all()
    serializer_class = AnalysisResultSerializer
    filterset_class = filters.AnalysisResultFilterSet
    ordering_fields = ("created_at",)

    @extend_schema(request=ReanalyzeSerializer, responses={201: AnalysisResultSerializer})
    @action(detail=True, methods=["post"], filter_backends=[])
    def reanalyze(self, request, pk=None):
        previous = self.get_object()
        serializer = ReanalyzeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        result = services.analysis_record(
            run=previous.run, analysis_type=previous.analysis_type, **serializer.validated_data
        )
        return Response(AnalysisResultSerializer(result).data, status=status.HTTP_201_CREATED)


class RubricViewSet(ScopedModelViewSet):
    scope = ProductShared()
    queryset = Rubric.objects.all()
    serializer_class = RubricSerializer
    ordering_fields = ("version", "created_at")
    ordering = ("-version",)
