"""The one base for API views: ``ScopedViewSet`` (and ``ScopedAPIView`` for non-model
views). A view declares ``scope`` (see ``core.api.scopes``); the base class then

- checks the product (``product``, by default the model's app label) and the scope's
  method rule before anything else: a caller lacking the product gets 403 on every
  route of it, list and detail alike; an API key narrowed to other products, or
  read-only on an unsafe method, gets 403 too;
- scopes the queryset, so another user's row is a 404 and never listed;
- scopes every foreign key a request body may name (a ``RelatedField``'s queryset is
  narrowed by the target model's own declared scope), so pointing at someone else's
  row is a 400 "does not exist", the same as an unknown id;
- sets the owner on create when the scope is ``Owner`` of a direct foreign key;
- returns ``.none()`` during schema generation and orders by ``ordering``
  (``("-created_at", "-id")`` unless the view sets its own);
- runs the filter backends (django-filter, ordering) on lists only, not on detail.

``core.checks`` refuses (system check error) any API view without a scope.
"""

from functools import cache

from django.db import transaction
from rest_framework import mixins, permissions, serializers, viewsets
from rest_framework.views import APIView

from core.api.scopes import Scope
from core.api.serializers import CONSTRAINTS_AT_WRITE
from core.products import user_products

FROM_MODEL = object()
WRITES_THROUGH_SAVE = (
    "create",
    "update",
    "partial_update",
)  # ``product`` default: the model's app label


def key_allows(request, product: str | None) -> bool:
    """Whether the API key the request came with (if any) covers ``product``."""
    products = getattr(request.auth, "products", None)
    return not products or product is None or product in products


def holds(request, product: str | None) -> bool:
    """Whether the caller may use ``product`` (None: no product needed)."""
    if product is None:
        return True
    return product in user_products(request.user) and key_allows(request, product)


class ScopePermission(permissions.BasePermission):
    """Authenticated, read-only keys read, the view's product held, the scope's rule."""

    def has_permission(self, request, view):
        user = request.user
        if not (user and user.is_authenticated):
            return False
        if getattr(request.auth, "read_only", False) and request.method not in (
            permissions.SAFE_METHODS
        ):
            self.message = "This API key is read-only."
            return False
        product = view.get_product()
        if product is not None and product not in user_products(user):
            self.message = f"You do not have access to the {product} product."
            return False
        if not key_allows(request, product):
            self.message = f"This API key does not cover the {product} product."
            return False
        if not view.scope.allows(request):
            self.message = "You do not have permission to perform this action."
            return False
        return True


class ScopedMixin:
    """What ScopedViewSet and ScopedAPIView share: the declaration and the checks."""

    scope: Scope | None = None
    product = FROM_MODEL
    permission_classes = (ScopePermission,)

    @classmethod
    def declared_product(cls):
        """The product the view belongs to (None: none needed); raises if undecidable."""
        if cls.product is not FROM_MODEL:
            return cls.product
        if cls.scope is not None and not cls.scope.needs_product:
            return None
        queryset = getattr(cls, "queryset", None)
        if queryset is None:
            raise LookupError(f"{cls.__qualname__} has no queryset to take its product from")
        return queryset.model._meta.app_label

    def get_product(self):
        return self.declared_product()


class ScopedViewSet(ScopedMixin, viewsets.GenericViewSet):
    """Combine with DRF's mixins; set ``scope``, ``queryset`` and ``serializer_class``.
    Override ``get_queryset`` only to add per-action joins, starting from super()."""

    ordering = ("-created_at", "-id")
    # create and update write through ``serializer.save()``: the serializer checks the
    # model's constraints only when PostgreSQL refuses the write (core.api.serializers)
    constraints_at_write = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # a view that writes its own way (a service fed ``validated_data``) keeps the checks
        # before the write, unless it says otherwise
        writes_own_way = any(
            name in cls.__dict__
            for name in ("create", "update", "perform_create", "perform_update")
        )
        if writes_own_way and "constraints_at_write" not in cls.__dict__:
            cls.constraints_at_write = False
        # DRF's mixins are listed first by habit; their bare perform_create would
        # shadow ours (the owner and the transaction), so put ours back.
        if cls.perform_create is mixins.CreateModelMixin.perform_create:
            cls.perform_create = ScopedViewSet.perform_create

    def get_queryset(self):
        queryset = super().get_queryset()
        if getattr(self, "swagger_fake_view", False):  # schema generation: no user
            return queryset.none()
        return self.scope.rows(queryset, self.request.user).order_by(*self.ordering)

    def filter_queryset(self, queryset):
        # Filters and ordering are for lists: a detail route finds its row by key in
        # the scoped queryset (get_queryset), so it skips django-filter's form work.
        if getattr(self, "detail", False):
            return queryset
        return super().filter_queryset(queryset)

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if self.constraints_at_write and getattr(self, "action", None) in WRITES_THROUGH_SAVE:
            context[CONSTRAINTS_AT_WRITE] = True
        return context

    def get_serializer(self, *args, **kwargs):
        serializer = super().get_serializer(*args, **kwargs)
        if self.request is not None and self.request.method not in permissions.SAFE_METHODS:
            narrow_relations(serializer, self.request)
        return serializer

    def perform_create(self, serializer):
        owner = self.scope.create_kwargs(self.request.user, self.queryset.model)
        if serializer.context.get(CONSTRAINTS_AT_WRITE):
            serializer.save(**owner)  # one transaction already: a refused row leaves nothing
            return
        with transaction.atomic():  # a refused row leaves nothing behind
            serializer.save(**owner)


class ScopedModelViewSet(
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    mixins.ListModelMixin,
    ScopedViewSet,
):
    """ScopedViewSet with list, retrieve, create, update and destroy."""


class ScopedReadOnlyViewSet(mixins.RetrieveModelMixin, mixins.ListModelMixin, ScopedViewSet):
    """ScopedViewSet with list and retrieve."""


class ScopedAPIView(ScopedMixin, APIView):
    """A non-model API view (``scope = Self()``); mix before a DRF generic view."""


# --- foreign keys in request bodies ---------------------------------------------------
@cache
def model_scopes() -> dict:
    """model -> (scope, product) from the API router's viewsets (first route wins)."""
    from config.api_router import router

    scopes = {}
    for _prefix, viewset, _basename in router.registry:
        queryset = getattr(viewset, "queryset", None)
        scope = getattr(viewset, "scope", None)
        if queryset is not None and isinstance(scope, Scope):
            scopes.setdefault(queryset.model, (scope, viewset.declared_product()))
    return scopes


def visible(queryset, request):
    """``queryset`` narrowed to what the caller may see through the model's own route."""
    entry = model_scopes().get(queryset.model)
    if entry is None:  # not served by the API (users, say): left as the serializer says
        return queryset
    scope, product = entry
    if not holds(request, product):
        return queryset.none()
    return scope.rows(queryset, request.user)


def narrow_relations(serializer, request) -> None:
    """Narrow every writable related field of ``serializer`` (nested ones too)."""
    if isinstance(serializer, serializers.ListSerializer):
        serializer = serializer.child
    for field in serializer.fields.values():
        if field.read_only:
            continue
        if isinstance(field, serializers.BaseSerializer):
            narrow_relations(field, request)
            continue
        if isinstance(field, serializers.ManyRelatedField):
            field = field.child_relation
        if isinstance(field, serializers.RelatedField) and field.queryset is not None:
            field.queryset = visible(field.queryset, request)
