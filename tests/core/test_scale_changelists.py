"""Every large changelist and list at scale (issue 14), on the rows benchmarks/scale.py
loads (benchmarks/scale_rows.py, through COPY):

- each admin changelist (plain, filtered, searched, last page) makes as many queries
  for 600 rows as for 120, and never a COUNT without a cap;
- a page in the back half takes its keys in the reversed ordering (no OFFSET past a
  page) and holds exactly the rows OFFSET would return;
- past the threshold the API's page-number lists count from the planner too;
- every admin search can be served by an index (with sequential scans disabled, the
  plan of the changelist's query has no Seq Scan left).
"""

import re

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from benchmarks.scale_rows import SPECS, Loader, admin_cases
from core.admin import BaseModelAdmin, _leading_column
from core.db.pagination import EstimatedCountPaginator
from engagement.models import Decision, Post

pytestmark = pytest.mark.django_db

OFFSET = re.compile(r"OFFSET (\d+)")


class Rollback(Exception):
    pass


def get(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response, [q["sql"] for q in ctx.captured_queries]


def load(name, n, owner):
    loader = Loader(n, f"t{n}", owner)
    loader.need(name)
    loader.sink.flush()
    with connection.cursor() as cursor:
        for model in loader.tables:
            cursor.execute(f"ANALYZE {model._meta.db_table}")


def uncapped_counts(sqls):
    return [s for s in sqls if "COUNT(" in s.upper() and "LIMIT" not in s.upper()]


def whole_table_distincts(sqls):
    """A list filter or date hierarchy that lists its values with SELECT DISTINCT reads
    the whole table on every load (an unbounded DISTINCT: no LIMIT)."""
    return [s for s in sqls if "SELECT DISTINCT" in s.upper() and "LIMIT" not in s.upper()]


@pytest.mark.parametrize("name", list(SPECS))
def test_changelist_queries_are_constant_in_rows(
    admin_client_logged_in, staff_user, monkeypatch, name
):
    monkeypatch.setattr(BaseModelAdmin, "estimated_count_threshold", 10)
    counts = {}
    for n in (600, 1800):
        try:
            with transaction.atomic():
                load(name, n, staff_user)
                for case, url in admin_cases(name, f"t{n}", n):
                    response, sqls = get(admin_client_logged_in, url)
                    counts.setdefault(case, []).append(len(sqls))
                    assert not uncapped_counts(sqls), (case, uncapped_counts(sqls))
                    assert not whole_table_distincts(sqls), (case, whole_table_distincts(sqls))
                    offsets = [int(o) for s in sqls for o in OFFSET.findall(s)]
                    assert all(o <= 50 for o in offsets), (case, offsets)
                    if case != "searched":
                        assert len(response.context["cl"].result_list) > 0, case
                raise Rollback
        except Rollback:
            pass
    for case, (small, large) in counts.items():
        assert small == large, (name, case, counts)


@pytest.mark.parametrize("threshold", [10_000, 5])
def test_every_page_holds_the_rows_offset_would(staff_user, threshold):
    loader = Loader(23, "o", staff_user)
    loader.need("posts")
    loader.sink.flush()
    connection.cursor().execute("ANALYZE engagement_post")
    queryset = Post.objects.filter(platform_post_id__startswith="op").order_by(
        "-detected_at", "-id"
    )
    expected = list(queryset.values_list("pk", flat=True))
    paginator = EstimatedCountPaginator(queryset, 5)
    paginator.threshold = threshold
    assert paginator.count == 23 and paginator.estimated == (threshold < 23)
    for number in (1, 2, 3, 4, 5):
        with CaptureQueriesContext(connection) as ctx:
            rows = [post.pk for post in paginator.page(number).object_list]
        assert rows == expected[(number - 1) * 5 : number * 5], number
        sqls = [q["sql"] for q in ctx.captured_queries]
        if number >= 4:  # the back half: keys in the reversed ordering, from the end
            assert any('ORDER BY "engagement_post"."detected_at" ASC' in s for s in sqls), sqls
            assert all(int(o) <= 5 for s in sqls for o in OFFSET.findall(s)), sqls


def test_the_admin_last_page_reads_from_the_end(admin_client_logged_in, staff_user, monkeypatch):
    monkeypatch.setattr(BaseModelAdmin, "estimated_count_threshold", 10)
    load("decisions", 230, staff_user)
    response, sqls = get(admin_client_logged_in, "/admin/engagement/decision/?p=5")
    oldest = Decision.objects.order_by("created_at", "id")[:30]
    assert [d.pk for d in response.context["cl"].result_list] == [d.pk for d in oldest][::-1]
    assert any('ORDER BY "engagement_decision"."created_at" ASC' in s for s in sqls)
    assert not [o for s in sqls for o in OFFSET.findall(s)], sqls


def test_api_page_number_lists_estimate_past_the_threshold(staff_client, staff_user, monkeypatch):
    load("posts", 120, staff_user)
    with CaptureQueriesContext(connection) as ctx:
        exact = staff_client.get("/api/v1/engagement/posts/").json()
    assert exact["count"] == 120
    assert not uncapped_counts([q["sql"] for q in ctx.captured_queries])
    monkeypatch.setattr(EstimatedCountPaginator, "threshold", 50)
    with CaptureQueriesContext(connection) as ctx:
        estimated = staff_client.get("/api/v1/engagement/posts/?page=6&page_size=20").json()
    sqls = [q["sql"] for q in ctx.captured_queries]
    assert any(s.startswith("EXPLAIN") for s in sqls)
    assert not uncapped_counts(sqls)
    assert 60 <= estimated["count"] <= 200
    # the last page, from the end: the oldest rows (as many as the estimate leaves)
    posts = list(
        Post.objects.order_by("-detected_at", "-id").values_list("platform_post_id", flat=True)
    )
    results = [p["platform_post_id"] for p in estimated["results"]]
    assert results and results == posts[len(posts) - len(results) :]
    assert not [o for s in sqls for o in OFFSET.findall(s)], sqls


def plan(queryset) -> str:
    sql, params = queryset.query.get_compiler(queryset.db).as_sql()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        rows = [row[0] for row in cursor.fetchall()]
        cursor.execute("SET LOCAL enable_seqscan = on")
    return "\n".join(rows)


@pytest.mark.parametrize("name", list(SPECS))
def test_every_admin_search_is_served_by_an_index(admin_client_logged_in, staff_user, name):
    load(name, 120, staff_user)
    url = dict(admin_cases(name, "t120", 120))["searched"]
    response, _ = get(admin_client_logged_in, url)
    queryset = response.context["cl"].queryset
    assert queryset.exists(), url
    text = plan(queryset)
    assert "Seq Scan" not in text, text


def _serves(model, field, lookup: str) -> bool:
    """Whether an index of ``model`` serves ``field``'s lookup: a btree index led by the
    column (or a key, unique or indexed column) for ``exact``, a GIN trigram index on
    ``UPPER(column)`` for ``icontains`` (see core.db.indexes.trigram)."""
    if lookup == "exact":
        if field.primary_key or field.unique or field.db_index:
            return True
        leading = [getattr(i, "fields", None) or [None] for i in model._meta.indexes]
        leading += [getattr(c, "fields", None) or [None] for c in model._meta.constraints]
        if any((fields[0] or "").lstrip("-") == field.name for fields in leading):
            return True
        # the second column of an index: the search probes it once per leading value
        return _leading_column(model, field.name) is not None
    for index in model._meta.indexes:
        for expression in getattr(index, "expressions", ()):
            if str(expression) == f"OpClass(Upper(F({field.name})), name=gin_trgm_ops)":
                return True
    return False


@pytest.mark.parametrize("name", list(SPECS))
def test_every_search_field_has_an_index_that_serves_it(name, rf, staff_user):
    from django.contrib import admin

    admin_path = SPECS[name][0]
    model_admin = next(
        ma
        for model, ma in admin.site._registry.items()
        if model._meta.label_lower.replace(".", "/") == admin_path
    )
    request = rf.get("/")
    request.user = staff_user
    for entry in model_admin.get_search_fields(request):
        lookup = "exact" if entry.startswith("=") else "icontains"
        assert not entry.startswith(("^", "@")), entry
        model, *path = [model_admin.model, *entry.lstrip("=").split("__")]
        for hop in path[:-1]:  # the join: a foreign key, indexed on its table
            relation = model._meta.get_field(hop)
            assert relation.many_to_one and _serves(model, relation, "exact"), (entry, hop)
            model = relation.related_model
        field = model._meta.get_field(path[-1])
        assert _serves(model, field, lookup), f"{name}: {entry} has no index for {lookup}"


def test_an_exact_search_on_a_second_index_column_probes_each_leading_value(
    admin_client_logged_in, staff_user
):
    load("decisions", 120, staff_user)
    for url in ["/admin/engagement/post/?q=t120p61", "/admin/engagement/decision/?q=t120p61"]:
        response, _ = get(admin_client_logged_in, url)
        queryset = response.context["cl"].queryset
        found = [getattr(row, "post", row).platform_post_id for row in queryset]
        assert found == ["t120p61"], (url, found)
        text = plan(queryset)
        assert "engagement_post_platform_post_id_unique" in text, text
        assert "platform)::text = ANY" in text, text
