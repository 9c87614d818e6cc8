"""Child counts for the rows of one page only (issue 14: page-only annotations).

A correlated COUNT subquery in the list queryset runs for every row PostgreSQL walks
past, so an OFFSET page pays for all the skipped rows. ``PageChildCountsMixin`` takes
the page first, then counts the children of the page's ids in one grouped query.
"""

from __future__ import annotations

from django.db import models


def count_children(rows, *, attribute: str, model, field: str) -> None:
    """Set ``row.<attribute>`` to the number of ``model`` rows whose ``field`` is row.pk.

    When the page's rows carry those children already (prefetched, e.g. embedded with
    ``?include=``), they are counted there, with no query.
    """
    accessor = model._meta.get_field(field).remote_field.get_accessor_name()
    if rows and all(accessor in getattr(row, "_prefetched_objects_cache", {}) for row in rows):
        for row in rows:
            setattr(row, attribute, len(row._prefetched_objects_cache[accessor]))
        return
    ids = [row.pk for row in rows]
    counts = {}
    if ids:
        counts = dict(
            model.objects.filter(**{f"{field}__in": ids})
            .order_by()
            .values(field)
            .annotate(n=models.Count("pk"))
            .values_list(field, "n")
        )
    for row in rows:
        setattr(row, attribute, counts.get(row.pk, 0))


class PageChildCountsMixin:
    """For viewsets: ``page_child_counts = {"attribute": (ChildModel, "parent_field")}``
    is filled in on the list's page after pagination (one query per entry)."""

    page_child_counts: dict[str, tuple[type[models.Model], str]] = {}

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        if page is not None:
            self.count_page_children(page)
        return page

    def count_page_children(self, page) -> None:
        for attribute, (model, field) in self.page_child_counts.items():
            count_children(page, attribute=attribute, model=model, field=field)
