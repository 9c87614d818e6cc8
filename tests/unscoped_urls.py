"""A URLconf with one viewset that declares no scope (tests/test_scope_check.py)."""

from django.urls import include, path
from rest_framework import mixins, viewsets
from rest_framework.routers import SimpleRouter

from config.urls import urlpatterns as project_urlpatterns
from research.models import Rubric


class UnscopedViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    queryset = Rubric.objects.all()


router = SimpleRouter()
router.register("unscoped", UnscopedViewSet, basename="unscoped")

urlpatterns = [*project_urlpatterns, path("api/v2/", include(router.urls))]
