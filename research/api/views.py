"""Research API. The seed has no tenancy: research is one shared workspace, so every
viewset is ``ProductShared``: the users holding the research product read and write
all research rows; anyone else gets 403."""

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.response import Response

from core.api.embed import EmbedMixin, include_parameter
from core.api.pagination import KeysetCursorPagination
from core.api.scopes import ProductShared
from core.api.serializers import payload
from core.api.viewsets import ScopedModelViewSet, ScopedViewSet
from research import models, services
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
    RunListSerializer,
    RunSerializer,
    ScenarioSerializer,
    TranscriptSerializer,
)


class ResearchViewSet(ScopedModelViewSet):
    # Research rows are shared by everyone with research access, sortable by age.
    # (No docstring: the schema would show it for each viewset without its own.)
    scope = ProductShared()
    ordering_fields = ("created_at",)


class DefinitionViewSet(ResearchViewSet):
    """Definitions; ``ancestors``, ``descendants`` and ``runs`` read the tree's
    materialized path; ``fork`` creates a child in one transaction."""

    queryset = models.Definition.objects.all()
    serializer_class = DefinitionSerializer
    filterset_class = filters.DefinitionFilterSet

    def perform_destroy(self, instance):
        services.definition_delete(definition=instance)

    def _page(self, queryset, serializer_class, paginator=None):
        paginator = paginator or self.paginator
        page = paginator.paginate_queryset(queryset, self.request, view=self)
        data = serializer_class(page, many=True, context=self.get_serializer_context()).data
        return paginator.get_paginated_response(data)

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
        """Every descendant, breadth first (``depth`` 1 = children); paginated. With
        ``cursor`` (empty for the first page, then follow ``next``) the pages are keyed
        on (level, created_at, id): no COUNT, and a deep page costs what page 1 costs."""
        rows = services.definition_descendants(pk)
        paginator = None
        if "cursor" in request.query_params:
            paginator = KeysetCursorPagination(models.DESCENDANTS_ORDER)
        return self._page(rows, DefinitionTreeNodeSerializer, paginator)

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
        child = services.definition_fork(
            parent=parent, **payload(DefinitionForkSerializer, request)
        )
        return Response(
            DefinitionSerializer(child, context=self.get_serializer_context()).data,
            status=status.HTTP_201_CREATED,
        )


class ExperimentViewSet(ResearchViewSet):
    queryset = models.Experiment.objects.all()
    serializer_class = ExperimentSerializer


def transcripts_oldest_first():
    return Prefetch("transcripts", queryset=models.Transcript.objects.order_by("created_at", "id"))


@extend_schema_view(
    list=extend_schema(
        parameters=[
            include_parameter(
                "`transcripts`: embed each run's transcripts, oldest first (one more query "
                "for the whole page, whatever its size).",
                "transcripts",
            )
        ]
    )
)
class RunViewSet(EmbedMixin, ResearchViewSet):
    """Runs; POST may carry ``transcripts``, written with the run in one transaction."""

    queryset = models.Run.objects.all()
    serializer_class = RunSerializer
    list_serializer_class = RunListSerializer
    embeddable = {"transcripts": lambda: [transcripts_oldest_first()]}
    filterset_class = filters.RunFilterSet


class ScenarioViewSet(ResearchViewSet):
    queryset = models.Scenario.objects.all()
    serializer_class = ScenarioSerializer
    filterset_class = filters.ScenarioFilterSet


class TranscriptViewSet(ResearchViewSet):
    """Transcripts; ``expire`` drops the content (NULL) and keeps the metrics."""

    queryset = models.Transcript.objects.all()
    serializer_class = TranscriptSerializer
    filterset_class = filters.TranscriptFilterSet

    @extend_schema(request=None, responses=TranscriptSerializer)
    @action(detail=True, methods=["post"], filter_backends=[])
    def expire(self, request, pk=None):
        transcript = services.transcript_expire(transcript=self.get_object())
        return Response(TranscriptSerializer(transcript).data)


class RunComparisonViewSet(ResearchViewSet):
    queryset = models.RunComparison.objects.all()
    serializer_class = RunComparisonSerializer
    filterset_class = filters.RunComparisonFilterSet


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
    queryset = models.AnalysisResult.objects.all()
    serializer_class = AnalysisResultSerializer
    filterset_class = filters.AnalysisResultFilterSet
    ordering_fields = ("created_at",)

    @extend_schema(request=ReanalyzeSerializer, responses={201: AnalysisResultSerializer})
    @action(detail=True, methods=["post"], filter_backends=[])
    def reanalyze(self, request, pk=None):
        previous = self.get_object()
        result = services.analysis_record(
            run=previous.run,
            analysis_type=previous.analysis_type,
            **payload(ReanalyzeSerializer, request),
        )
        return Response(AnalysisResultSerializer(result).data, status=status.HTTP_201_CREATED)


class RubricViewSet(ScopedModelViewSet):
    scope = ProductShared()
    queryset = models.Rubric.objects.all()
    serializer_class = RubricSerializer
    ordering_fields = ("version", "created_at")
    ordering = ("-version",)
