"""Products: each app's API is one product, granted as the permission ``core.access_<name>``.

Staff and superusers hold every product. An ordinary user holds the products granted
to them or to one of their groups (in the admin, or ``manage.py grant_products``).
"""

from django.contrib.auth.models import Permission
from django.db.models import Q

PRODUCTS = ("conversations", "ideas", "engagement", "research", "portfolio")
APP_LABEL = "core"
CACHE_ATTR = "_product_cache"


def codename(product: str) -> str:
    return f"access_{product}"


def permissions(products) -> list[Permission]:
    """The Permission rows for ``products`` (names validated by the caller)."""
    return list(
        Permission.objects.filter(
            content_type__app_label=APP_LABEL, codename__in=[codename(p) for p in products]
        )
    )


def user_products(user) -> frozenset[str]:
    """The products ``user`` holds: one query, cached on the user object like Django's
    permission cache (a grant shows on the next request, which loads the user afresh)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    if user.is_staff or user.is_superuser:
        return frozenset(PRODUCTS)
    cached = getattr(user, CACHE_ATTR, None)
    if cached is None:
        codenames = (
            Permission.objects.filter(
                Q(user=user) | Q(group__user=user),
                content_type__app_label=APP_LABEL,
                codename__in=[codename(p) for p in PRODUCTS],
            )
            .values_list("codename", flat=True)
            .distinct()
        )
        cached = frozenset(c.removeprefix("access_") for c in codenames)
        setattr(user, CACHE_ATTR, cached)
    return cached


def forget(user) -> None:
    """Drop the cached products after a grant or revoke on this user object."""
    user.__dict__.pop(CACHE_ATTR, None)
    for attr in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        user.__dict__.pop(attr, None)
