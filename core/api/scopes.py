"""Scopes: which rows of a model an API caller sees and may write.

Every API view declares one (``scope = Owner("portfolio__user")``); ``ScopedViewSet``
applies it to the queryset, to writes, and to the foreign keys a request body may
name. The staff policy is the same for every scope: staff hold every product and
write catalogues and staff-only data, but the API always acts as the caller, so an
``Owner`` row is the caller's own for staff too (staff oversee other users' rows in
the admin). See the README, "Access model".
"""

from django.db.models import Q
from rest_framework.permissions import SAFE_METHODS


def is_staff(user) -> bool:
    return bool(getattr(user, "is_staff", False) or getattr(user, "is_superuser", False))


class Scope:
    """Base: every row, readable and writable by whoever passes the product check."""

    #: False for views that are not part of a product (the caller's own account).
    needs_product = True

    def rows(self, queryset, user):
        """The rows of ``queryset`` that ``user`` may see (and name in a request body)."""
        return queryset

    def allows(self, request) -> bool:
        """Whether ``request`` (its method, its user) may use the view at all."""
        return True

    def create_kwargs(self, user, model) -> dict:
        """Fields the view sets on a row it creates (the owner)."""
        return {}

    def __repr__(self):
        return f"{type(self).__name__}()"


class Owner(Scope):
    """Rows whose ``path`` (a lookup from the row to a user) is the caller, for
    everyone, staff included. On create, a direct foreign key (``"user"``) is set to
    the caller; a longer path (``"portfolio__user"``) is owned through the row it
    names, which the body may only pick among the caller's own (see ScopedViewSet)."""

    def __init__(self, path: str = "user"):
        self.path = path

    def rows(self, queryset, user):
        return queryset.filter(**{self.path: user})

    def create_kwargs(self, user, model) -> dict:
        if "__" in self.path:
            return {}
        return {self.path: user}

    def __repr__(self):
        return f"Owner({self.path!r})"


class StaffOnly(Scope):
    """Staff only (read and write); everyone else gets 403."""

    def allows(self, request) -> bool:
        return is_staff(request.user)


class Catalogue(Scope):
    """Shared reference data: read by everyone holding the product, where non-staff
    see only the ``public`` rows (a Q); written by staff only (403 for others)."""

    def __init__(self, public: Q | None = None):
        self.public = public

    def rows(self, queryset, user):
        if self.public is None or is_staff(user):
            return queryset
        return queryset.filter(self.public)

    def allows(self, request) -> bool:
        return request.method in SAFE_METHODS or is_staff(request.user)

    def __repr__(self):
        return f"Catalogue(public={self.public!r})"


class ProductShared(Scope):
    """Shared within the product: every user holding it sees and writes every row
    (research: a team's shared workspace). Without the product: 403."""


class Self(Scope):
    """A non-model view about the caller themselves (``accounts/me/``,
    ``portfolio/level/``): the view reads ``request.user``; set ``product`` on the view
    when it belongs to a product."""

    needs_product = False


class Authenticated(Self):
    """Any authenticated caller, no product (a view that exposes nothing per user)."""
