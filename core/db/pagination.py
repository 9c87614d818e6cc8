"""One paginator for every large list (issue 14): the admin's changelists and the API's
page-number lists.

``EstimatedCountPaginator`` keeps a page's cost independent of the table's size:

- **Count.** ``COUNT(*)`` reads every matching row. The paginator counts at most
  ``threshold + 1`` rows (``SELECT COUNT(*) FROM (... LIMIT threshold + 1)``): below the
  threshold that is the exact count, in the one statement a plain paginator runs; past
  it, the count is the planner's estimate (``EXPLAIN``, no execution) and ``estimated``
  is True.
- **Page.** Page 1 is one statement, as before. Any other page first takes the page's
  primary keys, then reads those rows (related columns joined for the page only), so
  the rows an OFFSET walks past are index entries, never joined rows. A page in the
  back half of the list takes its keys in the reversed ordering, offset from the end,
  so the last page costs what the first one does. With an exact count the rows are
  those OFFSET would return; past the threshold the position from the end is counted
  from the estimate, so the first and the last page are always the true first and last
  rows, and pages near the middle may repeat or skip as many rows as the estimate is
  off. Pages past the estimate stay reachable (they hold what OFFSET finds).
"""

from __future__ import annotations

import json
from functools import cached_property

from django.core.exceptions import EmptyResultSet
from django.core.paginator import InvalidPage, Page, PageNotAnInteger, Paginator
from django.db import connections

#: Past this many rows a list shows the planner's estimate instead of counting.
ESTIMATED_COUNT_THRESHOLD = 10_000


def planner_row_estimate(queryset) -> int:
    """The planner's row estimate for ``queryset`` (EXPLAIN, no execution)."""
    try:
        sql, params = queryset.query.get_compiler(queryset.db).as_sql()
    except EmptyResultSet:  # a filter Django knows matches nothing (e.g. pk__in=[])
        return 0
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


class EstimatedCountPaginator(Paginator):
    """A capped COUNT, the planner's estimate past it; pages through their keys, the
    back half from the end (see the module's docstring)."""

    threshold = ESTIMATED_COUNT_THRESHOLD
    estimated = False

    @cached_property
    def count(self):
        queryset = self.object_list
        if not hasattr(queryset, "query"):  # a list: its length
            return len(queryset)
        capped = queryset.order_by()[: self.threshold + 1].count()
        if capped <= self.threshold:
            return capped
        self.estimated = True
        return max(planner_row_estimate(queryset), capped)

    def validate_number(self, number):
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger("That page number is not an integer") from None
        if self.count and self.estimated:
            if number < 1:
                raise InvalidPage("That page number is less than 1")
            return number
        return super().validate_number(number)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if not self.estimated and top + self.orphans >= self.count:
            top = self.count
        queryset = self.object_list
        if bottom == 0 or not hasattr(queryset, "query") or not queryset.ordered:
            return Page(queryset[bottom:top], number, self)
        return Page(self.page_rows(queryset, bottom, top), number, self)

    def page_rows(self, queryset, bottom: int, top: int):
        """The rows [bottom, top) of ``queryset``: their keys first (from the end when
        nearer to it), then a queryset of those rows in the list's ordering."""
        keys = queryset.values_list("pk", flat=True)
        if self.count // 2 < bottom < self.count:
            start, stop = max(0, self.count - top), self.count - bottom
            ids = list(keys.reverse()[start:stop])
        else:
            ids = list(keys[bottom:top])
        return queryset.filter(pk__in=ids)


__all__ = ["ESTIMATED_COUNT_THRESHOLD", "EstimatedCountPaginator", "planner_row_estimate"]
