from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from config.health import health, ready

urlpatterns = [
    path("health", health, name="health"),
    path("health/ready", ready, name="health-ready"),
    path("admin/", admin.site.urls),
    path("api/v1/", include(("config.api_router", "api"), namespace="api")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="api-redoc"),
    path("api/auth/", include("rest_framework.urls")),
]
