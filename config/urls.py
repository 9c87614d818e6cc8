from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.csp import csp_override
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
)

from config.health import health, ready
from core.metrics import metrics_view

urlpatterns = [
    path("health", health, name="health"),
    path("health/ready", ready, name="health-ready"),
    path("metrics", metrics_view, name="metrics"),
    path("admin/", admin.site.urls),
    path("api/v1/", include(("config.api_router", "api"), namespace="api")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its init script from a URL of its own: no inline script (CSP).
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="api-docs"),
    # ReDoc's template starts it with an inline script: the one page that may run one.
    path(
        "api/redoc/",
        csp_override({**settings.SECURE_CSP, "script-src": ["'self'", "'unsafe-inline'"]})(
            SpectacularRedocView.as_view(url_name="schema")
        ),
        name="api-redoc",
    ),
    path("api/auth/", include("rest_framework.urls")),
]

# Errors Django renders itself when DEBUG is off: the database down is a 503 (JSON
# under /api/, a plain page elsewhere), never a 500 (core/middleware.py).
handler500 = "core.middleware.server_error"
