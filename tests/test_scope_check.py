"""The system check core.E001-E003: an API view without a declared scope fails ``check``."""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.urls import include, path
from rest_framework import mixins
from rest_framework.routers import SimpleRouter

from core.api.scopes import Owner, Self
from core.api.viewsets import ScopedAPIView, ScopedViewSet
from core.checks import check_api_scopes
from research.models import Rubric


def patterns_for(viewset):
    router = SimpleRouter()
    router.register("things", viewset, basename="thing")
    return [path("api/v1/", include(router.urls))]


def test_the_project_passes():
    assert check_api_scopes() == []


def test_manage_check_fails_when_an_unscoped_viewset_is_added(settings):
    settings.ROOT_URLCONF = "tests.unscoped_urls"
    with pytest.raises(SystemCheckError, match=r"core\.E001.*UnscopedViewSet.*declares no scope"):
        call_command("check")


def test_a_scoped_viewset_subclass_without_scope_is_an_error():
    class Forgetful(mixins.ListModelMixin, ScopedViewSet):
        queryset = Rubric.objects.all()

    [error] = check_api_scopes(patterns=patterns_for(Forgetful))
    assert error.id == "core.E001"


def test_a_scope_without_the_scoped_permission_is_an_error():
    class Bypassing(mixins.ListModelMixin, ScopedViewSet):
        scope = Owner("user")
        queryset = Rubric.objects.all()
        permission_classes = ()

    [error] = check_api_scopes(patterns=patterns_for(Bypassing))
    assert error.id == "core.E002"


def test_an_unknown_product_is_an_error():
    class Level(ScopedAPIView):
        scope = Self()
        product = "casino"

    [error] = check_api_scopes(patterns=[path("api/v1/level/", Level.as_view())])
    assert error.id == "core.E003"
    assert "casino" in error.msg


def test_a_function_view_under_api_is_an_error():
    [error] = check_api_scopes(patterns=[path("api/v1/f/", lambda request: None)])
    assert error.id == "core.E001"
