from rest_framework import pagination

CURSOR_DESCRIPTION = (
    "Cursor mode: send `cursor=` (empty) for the first page, then follow `next`. "
    "Pages are stable under concurrent inserts and cost no COUNT; `count` is then absent."
)


class CursorPagination(pagination.CursorPagination):
    """The cursor mode of ``PageNumberPagination``: ordered as the view is (its
    ``ordering``, or the client's ``ordering`` when the view offers it)."""

    page_size_query_param = "page_size"
    max_page_size = 200

    def get_ordering(self, request, queryset, view):
        self.ordering = getattr(view, "ordering", None) or ("-created_at", "-id")
        return super().get_ordering(request, queryset, view)


class PageNumberPagination(pagination.PageNumberPagination):
    """Page numbers with a total (``count``) by default; clients may ask for up to 200
    rows a page. Any ``cursor`` parameter switches to cursor pages (no COUNT)."""

    page_size_query_param = "page_size"
    max_page_size = 200
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
        paginated["properties"]["count"]["description"] = "Absent in cursor mode."
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


class CreatedCursorPagination(pagination.CursorPagination):
    """Cursor pagination over (-created_at, -id): stable under concurrent inserts."""

    ordering = ("-created_at", "-id")
    page_size_query_param = "page_size"
    max_page_size = 200
