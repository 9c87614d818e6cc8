"""The API's one router: every app's ``api/urls.py`` registers into it.

An app module ``<app>/api/urls.py`` defines ``router`` (a SimpleRouter); its
routes are copied into this DefaultRouter, so all of them live under
``/api/v1/`` with one browsable root.
"""

from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from rest_framework.routers import DefaultRouter

router = DefaultRouter()
extra_urlpatterns = []

for app in settings.LOCAL_APPS:
    module_name = f"{app}.api.urls"
    if find_spec(f"{app}.api") is None or find_spec(module_name) is None:
        continue
    module = import_module(module_name)
    app_router = getattr(module, "router", None)
    if app_router is not None:
        router.registry.extend(app_router.registry)
    extra_urlpatterns += getattr(module, "urlpatterns", [])

urlpatterns = extra_urlpatterns + router.urls
