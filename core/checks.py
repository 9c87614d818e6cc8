"""System check: every API view declares its scope (``core.api.scopes``).

Walks the URL patterns under ``/api/`` (the router's viewsets and every other view)
and reports ``core.E001`` for a view without a ``scope``, ``core.E002`` for a view
that does not use the scoped permission, ``core.E003`` for a product that is not
one of ``core.products.PRODUCTS``. The views of DRF, Django auth and drf-spectacular
(the browsable root, login, schema and docs) are exempt: they serve no rows.
"""

from django.core import checks
from django.urls import URLPattern, URLResolver, get_resolver

EXEMPT_MODULES = ("rest_framework.", "drf_spectacular.", "django.contrib.auth.")


def iter_views(patterns, prefix=""):
    """(route, view class) for every class-based view in ``patterns``."""
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from iter_views(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            cls = getattr(pattern.callback, "cls", None) or getattr(
                pattern.callback, "view_class", None
            )
            yield route, cls


def api_patterns():
    return [p for p in get_resolver().url_patterns if str(p.pattern).lstrip("^").startswith("api/")]


def view_errors(route, cls) -> list[checks.CheckMessage]:
    from core.api.scopes import Scope
    from core.api.viewsets import ScopedMixin, ScopePermission
    from core.products import PRODUCTS

    if cls is None:
        return [
            checks.Error(
                f"/{route} is a function view: the API serves class-based views with a scope.",
                hint="Write it as a ScopedAPIView or ScopedViewSet with a scope.",
                id="core.E001",
            )
        ]
    if cls.__module__.startswith(EXEMPT_MODULES):
        return []
    name = f"{cls.__module__}.{cls.__qualname__}"
    if not isinstance(getattr(cls, "scope", None), Scope):
        return [
            checks.Error(
                f"{name} (/{route}) declares no scope.",
                hint="Base it on core.api.viewsets.ScopedViewSet (or ScopedAPIView) and set "
                "scope = Owner(...), StaffOnly(), Catalogue(...), ProductShared() or Self().",
                obj=cls,
                id="core.E001",
            )
        ]
    errors = []
    if not issubclass(cls, ScopedMixin) or ScopePermission not in cls.permission_classes:
        errors.append(
            checks.Error(
                f"{name} (/{route}) does not enforce its scope.",
                hint="Base it on ScopedViewSet/ScopedAPIView and keep ScopePermission "
                "in permission_classes.",
                obj=cls,
                id="core.E002",
            )
        )
    else:
        try:
            product = cls.declared_product()
        except LookupError as exc:
            product, detail = "", str(exc)
        else:
            detail = f"its product {product!r} is not one of {', '.join(PRODUCTS)}"
        if product is not None and product not in PRODUCTS:
            errors.append(
                checks.Error(
                    f"{name} (/{route}): {detail}.",
                    hint="Set product = '<product>' (or None for the caller's own account).",
                    obj=cls,
                    id="core.E003",
                )
            )
    return errors


def check_api_scopes(app_configs=None, patterns=None, **kwargs):
    errors = []
    seen = set()
    for route, cls in iter_views(api_patterns() if patterns is None else patterns):
        if cls in seen:  # a viewset has several routes (list, detail, actions)
            continue
        seen.add(cls)
        errors += view_errors(route, cls)
    return errors
