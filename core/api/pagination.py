"""Pagination: page numbers by default, cursor pages on request, and a page-size budget.

**Budget.** A worker holds one page of rows, serialized and rendered, in memory. Rows
that carry JSON without a size limit (seed 003's large definitions, conversation
metadata, agent outputs: megabytes each) get a lower ceiling: a view whose serializer
has a JSON field (nested ones too; or that sets ``large_json_rows = True``) pages at
most ``API_LARGE_ROWS_MAX_PAGE_SIZE`` rows (20) instead of 200, by default too, so a
list holds at most that many large rows. The ceiling is in each operation's OpenAPI
``page_size`` parameter (``maximum``).
"""

import base64
import json
from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from rest_framework import exceptions, pagination, serializers
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from core.db.pagination import ESTIMATED_COUNT_THRESHOLD, EstimatedCountPaginator

CURSOR_DESCRIPTION = (
    "Cursor mode: send `cursor=` (empty) for the first page, then follow `next`. "
    "Pages are stable under concurrent inserts and cost no COUNT; `count` is then absent."
)


MAX_PAGE_SIZE = 200


@cache
def has_json(serializer_class) -> bool:
    """Whether rows of ``serializer_class`` carry a JSON field (at any depth)."""

    def walk(serializer, depth):
        for field in serializer.fields.values():
            if isinstance(field, serializers.ListSerializer):
                field = field.child
            if isinstance(field, serializers.JSONField):
                return True
            if isinstance(field, serializers.Serializer) and depth < 3 and walk(field, depth + 1):
                return True
        return False

    return walk(serializer_class(), 0)


def large_json_rows(view) -> bool:
    declared = getattr(view, "large_json_rows", None)
    if declared is not None:
        return declared
    get_class = getattr(view, "get_serializer_class", None)
    return bool(get_class) and has_json(get_class())


def page_budget(view) -> int:
    """The most rows a page of ``view`` holds."""
    if large_json_rows(view):
        return min(settings.API_LARGE_ROWS_MAX_PAGE_SIZE, MAX_PAGE_SIZE)
    return MAX_PAGE_SIZE


class BudgetMixin:
    """Applies the view's page budget (``page_budget``) to the page size, requested or
    default, and shows it in the schema."""

    max_page_size = MAX_PAGE_SIZE

    def paginate_queryset(self, queryset, request, view=None):
        self.max_page_size = page_budget(view)
        self.page_size = min(self.page_size or self.max_page_size, self.max_page_size)
        return super().paginate_queryset(queryset, request, view)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        budget = page_budget(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"] = {**parameter["schema"], "minimum": 1, "maximum": budget}
                parameter["description"] = f"Rows per page, at most {budget}" + (
                    " (rows with large JSON)." if budget < MAX_PAGE_SIZE else "."
                )
        return parameters


class CursorPagination(BudgetMixin, pagination.CursorPagination):
    """The cursor mode of ``PageNumberPagination``: ordered as the view is (its
    ``ordering``, or the client's ``ordering`` when the view offers it)."""

    page_size_query_param = "page_size"

    def get_ordering(self, request, queryset, view):
        self.ordering = getattr(view, "ordering", None) or ("-created_at", "-id")
        return super().get_ordering(request, queryset, view)


class PageNumberPagination(BudgetMixin, pagination.PageNumberPagination):
    """Page numbers with a total (``count``) by default; clients may ask for up to 200
    rows a page. Any ``cursor`` parameter switches to cursor pages (no COUNT).

    The pages are ``core.db.pagination.EstimatedCountPaginator``'s, as in the admin: past
    ``ESTIMATED_COUNT_THRESHOLD`` matching rows ``count`` is the planner's estimate, and
    a deep page takes its keys first (the back half from the end)."""

    django_paginator_class = EstimatedCountPaginator
    page_size_query_param = "page_size"
    cursor_query_param = "cursor"
    cursor = None

    def paginate_queryset(self, queryset, request, view=None):
        if self.cursor_query_param in request.query_params:
            self.cursor = CursorPagination()
            return self.cursor.paginate_queryset(queryset, request, view)
        return super().paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data):
        if self.cursor is not None:
            return self.cursor.get_paginated_response(data)
        return super().get_paginated_response(data)

    def get_paginated_response_schema(self, schema):
        paginated = super().get_paginated_response_schema(schema)
        paginated["required"] = [name for name in paginated["required"] if name != "count"]
        paginated["properties"]["count"]["description"] = (
            f"Absent in cursor mode. Past {ESTIMATED_COUNT_THRESHOLD:,} rows, the planner's "
            "estimate of the number of rows."
        )
        return paginated

    def get_schema_operation_parameters(self, view):
        return super().get_schema_operation_parameters(view) + [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": CURSOR_DESCRIPTION,
                "schema": {"type": "string"},
            }
        ]


class CreatedCursorPagination(BudgetMixin, pagination.CursorPagination):
    """Cursor pagination over (-created_at, -id): stable under concurrent inserts."""

    ordering = ("-created_at", "-id")
    page_size_query_param = "page_size"


class KeysetCursorPagination(pagination.BasePagination):
    """Cursor pages ordered by several columns (all ascending, the last one unique).

    The cursor is the last row's values of those columns; the next page is the rows
    after it in that order (``(a, b, c) > (x, y, z)`` written as a disjunction), so a
    deep page costs what page 1 costs: no OFFSET and no COUNT (``count`` is absent).
    DRF's CursorPagination keys on the first column only and counts an offset among
    ties, which a tree level of 90,000 rows makes as slow as an OFFSET. Forward only:
    ``previous`` is always null. The view's page budget applies (``page_budget``).
    """

    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    invalid_cursor_message = "Invalid cursor"

    def __init__(self, ordering):
        self.ordering = tuple(ordering)
        self.next_position = None

    def _page_size(self, request, view) -> int:
        budget = page_budget(view)
        try:
            size = int(request.query_params[self.page_size_query_param])
        except (KeyError, ValueError):
            size = settings.REST_FRAMEWORK["PAGE_SIZE"]
        return max(1, min(size, budget))

    def _position(self, request):
        encoded = request.query_params.get(self.cursor_query_param) or ""
        if not encoded:
            return None
        try:
            position = json.loads(base64.urlsafe_b64decode(encoded.encode("ascii")))
        except (ValueError, UnicodeError):
            raise exceptions.NotFound(self.invalid_cursor_message)
        if not isinstance(position, list) or len(position) != len(self.ordering):
            raise exceptions.NotFound(self.invalid_cursor_message)
        return position

    def _after(self, position) -> Q:
        after = Q()
        for i, name in enumerate(self.ordering):
            equal = {self.ordering[j]: position[j] for j in range(i)}
            after |= Q(**equal, **{f"{name}__gt": position[i]})
        return after

    @staticmethod
    def _value(row, name):
        """A column's value as JSON: numbers as they are, dates in ISO 8601, else text."""
        value = getattr(row, name)
        if isinstance(value, int | float):
            return value
        return value.isoformat() if hasattr(value, "isoformat") else str(value)

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        size = self._page_size(request, view)
        position = self._position(request)
        queryset = queryset.order_by(*self.ordering)
        try:
            if position is not None:
                queryset = queryset.filter(self._after(position))
            rows = list(queryset[: size + 1])
        except (ValidationError, ValueError, TypeError):  # a cursor with bad values
            raise exceptions.NotFound(self.invalid_cursor_message)
        if len(rows) > size:
            rows = rows[:size]
            self.next_position = [self._value(rows[-1], name) for name in self.ordering]
        return rows

    def get_next_link(self):
        if self.next_position is None:
            return None
        encoded = base64.urlsafe_b64encode(json.dumps(self.next_position).encode()).decode()
        return replace_query_param(
            self.request.build_absolute_uri(), self.cursor_query_param, encoded
        )

    def get_paginated_response(self, data):
        return Response({"next": self.get_next_link(), "previous": None, "results": data})
