"""Staff-only API of the engagement operations system (scope StaffOnly on every route)."""

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.response import Response

from core.api.scopes import StaffOnly
from core.api.serializers import payload
from core.api.viewsets import ScopedModelViewSet, ScopedViewSet
from engagement import models, services
from engagement.api import filters
from engagement.api import serializers as s
from engagement.api.ingest import validated_posts

INGEST_EXAMPLE = OpenApiExample(
    "One post",
    request_only=True,
    value={
        "posts": [
            {
                "platform": "TWITTER",
                "platform_post_id": "1790000000000000001",
                "content": "Which index fund should a beginner start with?",
                "keyword_matches": ["index fund"],
                "author": {"platform_id": "42", "handle": "new_investor"},
            }
        ]
    },
)


class AuthorViewSet(ScopedModelViewSet):
    scope = StaffOnly()
    queryset = models.Author.objects.all()
    serializer_class = s.AuthorSerializer
    filterset_class = filters.AuthorFilterSet
    ordering = ("platform", "handle", "id")
    ordering_fields = ("handle",)
    http_method_names = ["get", "post", "patch", "head", "options"]  # authors are kept forever


class PostViewSet(ScopedModelViewSet):
    scope = StaffOnly()
    queryset = models.Post.objects.select_related("author")
    serializer_class = s.PostSerializer
    filterset_class = filters.PostFilterSet
    ordering = ("-detected_at", "-id")
    ordering_fields = ("detected_at", "processed_at")
    http_method_names = ["get", "post", "patch", "head", "options"]  # retention deletes posts

    @extend_schema(
        request=s.IngestBatchSerializer,
        responses={200: s.IngestResponseSerializer, 201: s.IngestResponseSerializer},
        examples=[INGEST_EXAMPLE],
    )
    @action(detail=False, methods=["post"], filter_backends=[], pagination_class=None)
    def ingest(self, request):
        """Idempotent bulk ingest of detected posts: re-sending creates nothing new."""
        results = services.posts_ingest(items=validated_posts(request.data))
        created = sum(r["created"] for r in results)
        return Response(
            {"created": created, "existing": len(results) - created, "results": results},
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )

    @extend_schema(request=s.ErrorSerializer, responses=s.ErrorCountSerializer)
    @action(detail=True, methods=["post"])
    def error(self, request, pk=None):
        """Record a processing failure: error_count + 1 in one UPDATE."""
        post = self.get_object()
        data = payload(s.ErrorSerializer, request)
        count = services.post_record_error(post_id=post.pk, message=data["message"])
        return Response({"id": str(post.pk), "error_count": count})


class DecisionViewSet(ScopedModelViewSet):
    scope = StaffOnly()
    queryset = models.Decision.objects.select_related("post")
    serializer_class = s.DecisionSerializer
    filterset_class = filters.DecisionFilterSet
    ordering_fields = ("created_at", "composite_score")
    http_method_names = ["get", "post", "head", "options"]  # a decision is a record


class ReplyViewSet(ScopedModelViewSet):
    scope = StaffOnly()
    queryset = models.Reply.objects.all()
    serializer_class = s.ReplySerializer
    filterset_class = filters.ReplyFilterSet
    ordering_fields = ("created_at", "posted_at")

    def get_queryset(self):
        qs = super().get_queryset()
        include_deleted = self.request.query_params.get("include_deleted") in ("1", "true")
        if self.action == "list" and not include_deleted:
            qs = qs.filter(deleted_at__isnull=True)
        return qs

    def respond(self, reply):
        return Response(self.get_serializer(reply).data)

    @extend_schema(request=None)
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        return self.respond(
            services.reply_approve(reply_id=self.get_object().pk, user=request.user)
        )

    @extend_schema(request=s.ReasonSerializer)
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        reason = payload(s.ReasonSerializer, request).get("reason", "")
        return self.respond(
            services.reply_reject(reply_id=self.get_object().pk, user=request.user, reason=reason)
        )

    @extend_schema(request=s.PostedSerializer)
    @action(detail=True, methods=["post"])
    def posted(self, request, pk=None):
        data = payload(s.PostedSerializer, request)
        return self.respond(
            services.reply_mark_posted(
                reply_id=self.get_object().pk,
                platform_post_id=data["platform_post_id"],
                user=request.user,
            )
        )

    @extend_schema(request=s.IncrementSerializer, responses=s.HelpCountSerializer)
    @action(detail=True, methods=["post"])
    def help(self, request, pk=None):
        """Count 'this helped' reactions: help_count + by in one UPDATE."""
        by = payload(s.IncrementSerializer, request)["by"]
        count = services.reply_increment_help_count(reply_id=self.get_object().pk, by=by)
        return Response({"help_count": count})

    def destroy(self, request, *args, **kwargs):
        """Soft delete: ?reason=... (or a JSON body) is required; the row stays."""
        reason = request.query_params.get("reason") or (
            request.data.get("reason", "") if hasattr(request.data, "get") else ""
        )
        reply = services.reply_soft_delete(
            reply_id=self.get_object().pk, user=request.user, reason=reason
        )
        return self.respond(reply)


class EscalationViewSet(ScopedModelViewSet):
    scope = StaffOnly()
    queryset = models.Escalation.objects.select_related("assigned_to")
    serializer_class = s.EscalationSerializer
    filterset_class = filters.EscalationFilterSet
    ordering = ("-priority", "created_at", "id")  # the queue: most urgent, then oldest
    ordering_fields = ("created_at", "priority")
    http_method_names = ["get", "post", "patch", "head", "options"]

    def perform_create(self, serializer):
        serializer.instance = services.escalation_create(
            actor=self.request.user, **serializer.validated_data
        )

    def perform_update(self, serializer):
        escalation = serializer.instance
        changed = [
            k for k, value in serializer.validated_data.items() if getattr(escalation, k) != value
        ]
        for key, value in serializer.validated_data.items():
            setattr(escalation, key, value)
        services.escalation_update(escalation=escalation, changed=changed, user=self.request.user)

    @extend_schema(request=s.AssignSerializer)
    @action(detail=True, methods=["post"])
    def assign(self, request, pk=None):
        assignee = payload(s.AssignSerializer, request).get("assignee") or request.user
        escalation = services.escalation_assign(
            escalation_id=self.get_object().pk, assignee=assignee, user=request.user
        )
        return Response(self.get_serializer(escalation).data)

    @extend_schema(request=s.NotesSerializer)
    @action(detail=True, methods=["post"])
    def resolve(self, request, pk=None):
        notes = payload(s.NotesSerializer, request).get("notes", "")
        escalation = services.escalation_resolve(
            escalation_id=self.get_object().pk, user=request.user, notes=notes
        )
        return Response(self.get_serializer(escalation).data)

    @extend_schema(request=s.NotesSerializer)
    @action(detail=True, methods=["post"])
    def dismiss(self, request, pk=None):
        notes = payload(s.NotesSerializer, request).get("notes", "")
        escalation = services.escalation_resolve(
            escalation_id=self.get_object().pk, user=request.user, notes=notes, dismiss=True
        )
        return Response(self.get_serializer(escalation).data)


class ExperimentViewSet(ScopedModelViewSet):
    scope = StaffOnly()
    ordering_fields = ("created_at",)
    queryset = models.Experiment.objects.all()
    serializer_class = s.ExperimentSerializer
    filterset_class = filters.ExperimentFilterSet
    http_method_names = ["get", "post", "patch", "head", "options"]


class KpiMetricViewSet(ScopedModelViewSet):
    scope = StaffOnly()
    queryset = models.KpiMetric.objects.all()
    serializer_class = s.KpiMetricSerializer
    filterset_class = filters.KpiMetricFilterSet
    ordering = ("-date", "metric_type", "metric_name", "id")
    ordering_fields = ("date",)


class CompetitorViewSet(ScopedModelViewSet):
    scope = StaffOnly()
    queryset = models.Competitor.objects.all()
    serializer_class = s.CompetitorSerializer
    filterset_class = filters.CompetitorFilterSet
    ordering = ("name", "id")
    ordering_fields = ("name",)
    http_method_names = ["get", "post", "patch", "head", "options"]


class CommunityChampionViewSet(ScopedModelViewSet):
    scope = StaffOnly()
    ordering_fields = ("created_at",)
    queryset = models.CommunityChampion.objects.select_related("author")
    serializer_class = s.CommunityChampionSerializer
    filterset_class = filters.CommunityChampionFilterSet
    http_method_names = ["get", "post", "patch", "head", "options"]

    @extend_schema(request=s.IncrementSerializer, responses=s.EngagementCountSerializer)
    @action(detail=True, methods=["post"])
    def engagement(self, request, pk=None):
        """Count interactions with the champion: engagement_count + by in one UPDATE."""
        by = payload(s.IncrementSerializer, request)["by"]
        count = services.champion_increment_engagement(champion_id=self.get_object().pk, by=by)
        return Response({"engagement_count": count})


class AuditLogViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ScopedViewSet):
    """Read-only audit trail."""

    scope = StaffOnly()
    queryset = models.AuditLog.objects.all()
    serializer_class = s.AuditLogSerializer
    filterset_class = filters.AuditLogFilterSet
    ordering_fields = ("created_at",)
