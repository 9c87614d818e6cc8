"""The admin base at scale (issue 14): estimated counts past a threshold, list filters
that read an index instead of SELECT DISTINCT, exact ``=field`` searches without
UPPER(), searches across a relation as a union, and trigram-served text searches."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.admin import EstimatedCountPaginator, IndexedValuesFieldListFilter
from engagement.admin import AuditLogAdmin, PostAdmin
from engagement.models import AuditLog, Post
from research.models import Definition
from tests.engagement import factories as ef
from tests.research.factories import DefinitionFactory
from tests.utils import run_sql

pytestmark = pytest.mark.django_db


def get(client, url, params=None):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    assert response.status_code == 200
    return response, [q["sql"] for q in ctx.captured_queries]


def test_past_the_threshold_the_changelist_counts_from_the_planner(
    admin_client_logged_in, monkeypatch
):
    ef.PostFactory.create_batch(120)
    run_sql("ANALYZE engagement_post")
    monkeypatch.setattr(PostAdmin, "estimated_count_threshold", 50)
    url = reverse("admin:engagement_post_changelist")
    response, sqls = get(admin_client_logged_in, url)
    # one COUNT capped at threshold + 1 rows, then the planner's estimate
    counts = [s for s in sqls if "COUNT(" in s.upper()]
    assert len(counts) == 1 and "LIMIT 51" in counts[0], counts
    assert any(s.startswith("EXPLAIN") for s in sqls)
    paginator = response.context["cl"].paginator
    assert isinstance(paginator, EstimatedCountPaginator) and paginator.estimated
    assert 100 <= paginator.count <= 140  # the statistics' figure, not a scan
    assert len(response.context["cl"].result_list) == 50
    # the pages past page 1 stay reachable; the last one (read from the end) holds the
    # oldest rows, as many as the estimate leaves past page 2
    response, _ = get(admin_client_logged_in, url, {"p": 3})
    last = [p.pk for p in response.context["cl"].result_list]
    oldest = list(Post.objects.order_by("-detected_at", "-id").values_list("pk", flat=True))
    assert 0 < len(last) <= 50 and last == oldest[len(oldest) - len(last) :]


def test_below_the_threshold_the_changelist_counts_exactly(admin_client_logged_in):
    ef.PostFactory.create_batch(7)
    response, sqls = get(admin_client_logged_in, reverse("admin:engagement_post_changelist"))
    assert [s for s in sqls if "COUNT(" in s.upper()]
    assert response.context["cl"].result_count == 7
    assert not response.context["cl"].paginator.estimated


@pytest.mark.parametrize("rows", [5, 60])
def test_estimated_changelist_query_count_is_constant(admin_client_logged_in, monkeypatch, rows):
    ef.PostFactory.create_batch(rows)
    run_sql("ANALYZE engagement_post")
    monkeypatch.setattr(PostAdmin, "estimated_count_threshold", 1)
    _, sqls = get(admin_client_logged_in, reverse("admin:engagement_post_changelist"))
    # EXPLAIN + page + session/user: the same for 5 and 60 rows
    test_estimated_changelist_query_count_is_constant.counts[rows] = len(sqls)
    if len(test_estimated_changelist_query_count_is_constant.counts) == 2:
        assert len(set(test_estimated_changelist_query_count_is_constant.counts.values())) == 1


test_estimated_changelist_query_count_is_constant.counts = {}


def test_audit_log_entity_type_filter_reads_the_index_not_distinct(admin_client_logged_in):
    for entity_type in ("reply", "post", "escalation", "reply"):
        ef.AuditLogFactory(entity_type=entity_type)
    url = reverse("admin:engagement_auditlog_changelist")
    response, sqls = get(admin_client_logged_in, url)
    assert not [s for s in sqls if "DISTINCT" in s.upper()], sqls
    specs = {type(s) for s in response.context["cl"].filter_specs}
    assert IndexedValuesFieldListFilter in specs
    spec = next(s for s in response.context["cl"].filter_specs if s.field_path == "entity_type")
    assert spec.lookup_choices == ["escalation", "post", "reply"]
    response, _ = get(admin_client_logged_in, url, {"entity_type": "post"})
    assert [r.entity_type for r in response.context["cl"].result_list] == ["post"]
    assert AuditLogAdmin.list_filter == ("action", "entity_type")


def test_exact_search_entries_compare_the_column_not_upper(admin_client_logged_in):
    target = ef.PostFactory(platform_post_id="Post-XyZ")
    ef.PostFactory.create_batch(3)
    url = reverse("admin:engagement_post_changelist")
    response, sqls = get(admin_client_logged_in, url, {"q": "Post-XyZ"})
    assert [p.pk for p in response.context["cl"].result_list] == [target.pk]
    page_sql = [s for s in sqls if '"engagement_post"."platform_post_id"' in s]
    assert page_sql and not [s for s in page_sql if "UPPER(" in s], page_sql
    # the posts search crosses the author join: a union of id lookups, never one OR
    assert all(" UNION " in s for s in page_sql), page_sql
    # the author's handle still finds the post
    response, _ = get(admin_client_logged_in, url, {"q": target.author.handle})
    assert [p.pk for p in response.context["cl"].result_list] == [target.pk]
    # exact: a different case is another id
    response, _ = get(admin_client_logged_in, url, {"q": "post-xyz"})
    assert list(response.context["cl"].result_list) == []


def test_exact_uuid_search_skips_a_term_that_is_not_a_uuid(admin_client_logged_in):
    definition = DefinitionFactory(name="alpha")
    url = reverse("admin:research_definition_changelist")
    response, _ = get(admin_client_logged_in, url, {"q": str(definition.pk)})
    assert [d.pk for d in response.context["cl"].result_list] == [definition.pk]
    response, _ = get(admin_client_logged_in, url, {"q": "alp"})
    assert [d.pk for d in response.context["cl"].result_list] == [definition.pk]


def test_the_text_search_uses_the_trigram_index(admin_client_logged_in):
    Definition.objects.bulk_create(
        Definition(name=f"definition number {n}", content=DefinitionFactory.content.function())
        for n in range(3000)
    )
    run_sql("ANALYZE research_definition")
    from django.contrib.admin import site
    from django.test import RequestFactory

    from research.admin import DefinitionAdmin

    request = RequestFactory().get("/")
    model_admin = DefinitionAdmin(Definition, site)
    queryset, _ = model_admin.get_search_results(request, Definition.objects.all(), '"number 123"')
    sql, params = queryset.order_by().query.sql_with_params()
    assert "UPPER(" in sql
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    text = json.dumps(plan if not isinstance(plan, str) else json.loads(plan))
    assert "res_def_name_trgm" in text, text
    assert queryset.count() == 11  # 123, 1230-1239


def test_estimated_count_paginator_validates_page_numbers():
    ef.PostFactory.create_batch(2)
    paginator = EstimatedCountPaginator(Post.objects.all(), 10)
    paginator.threshold = 1
    assert paginator.count >= 2 and paginator.estimated
    with pytest.raises(Exception):  # noqa: B017 - InvalidPage subclasses
        paginator.validate_number("x")
    assert AuditLog.objects.count() == 0
