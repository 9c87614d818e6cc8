from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.response import Response

from core.api.embed import EmbedMixin, include_parameter
from core.api.filters import ScopedFilterBackend
from core.api.page_counts import PageChildCountsMixin
from core.api.pagination import CreatedCursorPagination
from core.api.scopes import Owner
from core.api.viewsets import ScopedModelViewSet, ScopedReadOnlyViewSet, ScopedViewSet
from ideas import services
from ideas.api.filters import AgentResultFilterSet, BusinessIdeaFilterSet, EvaluationFilterSet
from ideas.api.serializers import (
    AgentResultSerializer,
    BusinessIdeaListSerializer,
    BusinessIdeaSerializer,
    EvaluationSerializer,
)
from ideas.models import AgentResult, BusinessIdea, Evaluation


def agent_results_by_type():
    return Prefetch("agent_results", queryset=AgentResult.objects.order_by("agent_type"))


def evaluations_newest_first():
    evaluations = Evaluation.objects.order_by("-created_at", "-id")
    return Prefetch("evaluations", queryset=evaluations.prefetch_related(agent_results_by_type()))


@extend_schema_view(
    list=extend_schema(
        parameters=[
            include_parameter(
                "`evaluations`: embed each idea's evaluations, newest first, each with its "
                "agent results (two more queries for the whole page, whatever its size).",
                "evaluations",
            )
        ]
    )
)
class BusinessIdeaViewSet(EmbedMixin, PageChildCountsMixin, ScopedModelViewSet):
    """The caller's business ideas. DELETE is a soft delete (staff can restore).
    Title and description can be edited while the idea is a draft. The list counts
    evaluations for its page only (``page_child_counts``); one idea reads its count
    through the subquery."""

    scope = Owner("user")
    queryset = BusinessIdea.objects.alive()
    serializer_class = BusinessIdeaSerializer
    list_serializer_class = BusinessIdeaListSerializer
    embeddable = {"evaluations": lambda: [evaluations_newest_first()]}
    filterset_class = BusinessIdeaFilterSet
    ordering_fields = ("created_at", "updated_at", "title")
    page_child_counts = {"evaluation_count": (Evaluation, "business_idea")}

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset if self.action == "list" else queryset.with_evaluation_count()

    def perform_create(self, serializer):
        serializer.save()  # services.idea_create sets the owner

    def perform_destroy(self, instance):
        services.idea_soft_delete(idea_id=instance.pk, user=self.request.user)

    @extend_schema(request=None, responses=BusinessIdeaSerializer)
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        """draft -> submitted (409 from any other status)."""
        idea = self.get_object()
        services.idea_submit(idea_id=idea.pk, user=request.user)
        return Response(self.get_serializer(self.get_object()).data, status=status.HTTP_200_OK)


class EvaluationViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    ScopedViewSet,
):
    """Evaluations of the caller's (not deleted) ideas. POST queues a pending evaluation
    of a submitted idea; workers claim it through ideas.services."""

    scope = Owner("business_idea__user")
    queryset = Evaluation.objects.filter(business_idea__deleted_at__isnull=True).prefetch_related(
        agent_results_by_type()
    )
    serializer_class = EvaluationSerializer
    filterset_class = EvaluationFilterSet
    ordering_fields = ("created_at", "started_at", "completed_at")


class AgentResultViewSet(ScopedReadOnlyViewSet):
    """Agent results of the caller's evaluations, newest first, cursor-paginated."""

    scope = Owner("evaluation__business_idea__user")
    queryset = AgentResult.objects.filter(
        evaluation__business_idea__deleted_at__isnull=True
    ).select_related("evaluation")
    serializer_class = AgentResultSerializer
    filterset_class = AgentResultFilterSet
    pagination_class = CreatedCursorPagination
    filter_backends = [ScopedFilterBackend]  # the cursor needs the fixed ordering
