from rest_framework.routers import SimpleRouter

from engagement.api import views

router = SimpleRouter()
for prefix, viewset, basename in [
    ("authors", views.AuthorViewSet, "author"),
    ("posts", views.PostViewSet, "post"),
    ("decisions", views.DecisionViewSet, "decision"),
    ("replies", views.ReplyViewSet, "reply"),
    ("escalations", views.EscalationViewSet, "escalation"),
    ("experiments", views.ExperimentViewSet, "experiment"),
    ("kpi-metrics", views.KpiMetricViewSet, "kpimetric"),
    ("competitors", views.CompetitorViewSet, "competitor"),
    ("champions", views.CommunityChampionViewSet, "champion"),
    ("audit-logs", views.AuditLogViewSet, "auditlog"),
]:
    router.register(f"engagement/{prefix}", viewset, basename=f"engagement-{basename}")
