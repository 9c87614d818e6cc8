import pytest
from django.urls import reverse

from engagement.choices import ApprovalStatus, AuditAction, EscalationStatus
from engagement.models import AuditLog, Author, Escalation, KpiMetric, Post, Reply
from tests.engagement import factories as f

pytestmark = pytest.mark.django_db

ENDPOINTS = {
    "author": f.AuthorFactory,
    "post": f.PostFactory,
    "decision": f.DecisionFactory,
    "reply": f.ReplyFactory,
    "escalation": f.EscalationFactory,
    "experiment": f.ExperimentFactory,
    "kpimetric": f.KpiMetricFactory,
    "competitor": f.CompetitorFactory,
    "champion": f.CommunityChampionFactory,
    "auditlog": f.AuditLogFactory,
}


def url(basename, pk=None, action=None):
    name = f"api:engagement-{basename}-{action or ('detail' if pk else 'list')}"
    return reverse(name, args=[pk] if pk else [])


# --- staff only ----------------------------------------------------------------------------


@pytest.mark.parametrize("basename", sorted(ENDPOINTS))
def test_non_staff_and_anonymous_are_refused_everywhere(basename, api_client, anon_client):
    row = ENDPOINTS[basename]()
    for client in (api_client, anon_client):
        assert client.get(url(basename)).status_code in (401, 403)
        assert client.get(url(basename, row.pk)).status_code in (401, 403, 404)
        assert client.post(url(basename), {}, format="json").status_code in (401, 403, 405)


@pytest.mark.parametrize(
    ("basename", "action"),
    [
        ("reply", "approve"),
        ("reply", "reject"),
        ("reply", "help"),
        ("escalation", "assign"),
        ("escalation", "resolve"),
        ("post", "error"),
        ("champion", "engagement"),
    ],
)
def test_non_staff_cannot_run_actions(basename, action, api_client):
    row = ENDPOINTS[basename]()
    response = api_client.post(url(basename, row.pk, action), {}, format="json")
    assert response.status_code == 403
    assert not AuditLog.objects.exists()


def test_non_staff_cannot_ingest(api_client):
    assert (
        api_client.post(url("post", action="ingest"), {"posts": []}, format="json").status_code
        == 403
    )


# --- constant query counts -----------------------------------------------------------------


@pytest.mark.parametrize("rows", [5, 50])
@pytest.mark.parametrize("basename", sorted(ENDPOINTS))
def test_list_queries_do_not_grow(basename, rows, staff_client, django_assert_num_queries):
    ENDPOINTS[basename].create_batch(rows)
    with django_assert_num_queries(2):  # COUNT, page (foreign keys are select_related)
        response = staff_client.get(url(basename), {"page_size": 100})
    assert response.status_code == 200
    assert response.json()["count"] == rows


# --- validation: 400 with the seed's messages, nothing written ------------------------------


def reply_payload(**overrides):
    decision = f.DecisionFactory()
    return {
        "decision": str(decision.pk),
        "content": f.signed("Drink water and electrolytes before bed."),
        "archetype": "CHECKLIST",
        "platform": "TWITTER",
        "utm_code": "tw-check-1",
        **overrides,
    }


def test_create_reply(staff_client):
    response = staff_client.post(url("reply"), reply_payload(), format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["approval_status"] == ApprovalStatus.PENDING


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        (
            "content",
            "Drink water and electrolytes before bed, seriously.",
            "Reply must include signature",
        ),
        (
            "content",
            f.signed("This will cure your hangover for sure."),
            "prohibited medical claims",
        ),
        ("content", f.signed("Clinically proven to help, trust me."), "prohibited medical claims"),
        ("content", f.signed("Great for hangover prevention."), "prohibited medical claims"),
        ("content", "short", "Reply too short"),
        ("utm_code", "Bad UTM!", "Invalid UTM code"),
    ],
)
def test_reply_validation_messages(staff_client, field, value, message):
    response = staff_client.post(url("reply"), reply_payload(**{field: value}), format="json")
    assert response.status_code == 400
    assert message in " ".join(response.json()[field])
    assert not Reply.objects.exists()


def test_secure_and_retreat_are_not_medical_claims(staff_client):
    content = f.signed("Retreat to bed, secure some water, and rest.")
    assert (
        staff_client.post(url("reply"), reply_payload(content=content), format="json").status_code
        == 201
    )


def test_signature_is_configurable(staff_client, settings):
    payload = reply_payload()  # signed with the default signature
    settings.ENGAGEMENT_REPLY_SIGNATURE = "—Team Vita"
    response = staff_client.post(url("reply"), payload, format="json")
    assert response.status_code == 400
    assert "—Team Vita" in response.json()["content"][0]


def test_author_handle_is_validated(staff_client):
    response = staff_client.post(
        url("author"),
        {"platform": "TWITTER", "platform_id": "42", "handle": "bad handle!"},
        format="json",
    )
    assert response.status_code == 400
    assert response.json()["handle"] == ["Invalid handle format"]
    assert not Author.objects.exists()


def test_scores_are_validated(staff_client):
    post = f.PostFactory()
    response = staff_client.post(
        url("decision"),
        {
            "post": str(post.pk),
            "sss_score": 1.5,
            "ars_score": 0.5,
            "evs_score": 0.5,
            "trs_score": 0.5,
            "composite_score": 0.5,
            "mode": "HELPFUL",
        },
        format="json",
    )
    assert response.status_code == 400
    assert "1.0" in response.json()["sss_score"][0]


def test_kpi_duplicate_platform_wide_row_is_a_conflict_not_a_500(staff_client):
    row = f.KpiMetricFactory(platform=None)
    response = staff_client.post(
        url("kpimetric"),
        {
            "date": str(row.date),
            "platform": None,
            "metric_type": row.metric_type,
            "metric_name": row.metric_name,
            "value": 3,
        },
        format="json",
    )
    assert response.status_code in (400, 409)
    assert KpiMetric.objects.count() == 1


# --- oversight actions write audit rows ------------------------------------------------------


def test_approve_records_who_and_when_and_audits(staff_client, staff_user):
    reply = f.ReplyFactory()
    response = staff_client.post(url("reply", reply.pk, "approve"))
    assert response.status_code == 200
    reply.refresh_from_db()
    assert reply.approval_status == ApprovalStatus.APPROVED
    assert reply.approved_by == staff_user and reply.approved_at is not None
    log = AuditLog.objects.get()
    assert (log.entity_type, log.entity_id, log.action, log.actor) == (
        "reply",
        str(reply.pk),
        AuditAction.APPROVED,
        staff_user,
    )
    # reviewing twice is a conflict, and writes nothing
    assert staff_client.post(url("reply", reply.pk, "reject")).status_code == 409
    assert AuditLog.objects.count() == 1


def test_reject_audits_with_reason(staff_client, staff_user):
    reply = f.ReplyFactory()
    response = staff_client.post(
        url("reply", reply.pk, "reject"), {"reason": "tone"}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["rejected_by"] == str(staff_user.pk)
    log = AuditLog.objects.get()
    assert log.action == AuditAction.REJECTED and log.details_json == {"reason": "tone"}


def test_delete_is_soft_needs_a_reason_and_is_audited(staff_client):
    reply = f.ReplyFactory()
    assert staff_client.delete(url("reply", reply.pk)).status_code == 400
    assert not AuditLog.objects.exists()
    response = staff_client.delete(url("reply", reply.pk) + "?reason=duplicate")
    assert response.status_code == 200
    reply.refresh_from_db()
    assert reply.deleted_at is not None and reply.delete_reason == "duplicate"
    assert AuditLog.objects.get().action == AuditAction.DELETED
    assert staff_client.get(url("reply")).json()["count"] == 0
    assert staff_client.get(url("reply"), {"include_deleted": "true"}).json()["count"] == 1


def test_posting_needs_approval(staff_client):
    reply = f.ReplyFactory()
    target = url("reply", reply.pk, "posted")
    assert staff_client.post(target, {"platform_post_id": "r1"}, format="json").status_code == 409
    staff_client.post(url("reply", reply.pk, "approve"))
    assert (
        staff_client.post(target, {"platform_post_id": "bad id"}, format="json").status_code == 400
    )
    response = staff_client.post(target, {"platform_post_id": "r1"}, format="json")
    assert response.status_code == 200 and response.json()["posted_at"]


def test_escalation_lifecycle_is_audited(staff_client, staff_user):
    post = f.PostFactory()
    response = staff_client.post(
        url("escalation"),
        {"post": str(post.pk), "reason": "MEDICAL_QUESTION", "priority": 4},
        format="json",
    )
    assert response.status_code == 201, response.json()
    pk = response.json()["id"]
    assert (
        staff_client.patch(url("escalation", pk), {"priority": 3}, format="json").status_code == 200
    )
    assert (
        staff_client.post(url("escalation", pk, "assign")).json()["status"]
        == EscalationStatus.ASSIGNED
    )
    resolved = staff_client.post(
        url("escalation", pk, "resolve"), {"notes": "answered"}, format="json"
    )
    assert resolved.json()["status"] == EscalationStatus.RESOLVED
    assert resolved.json()["resolved_by"] == str(staff_user.pk)
    actions = list(
        AuditLog.objects.filter(entity_id=pk)
        .order_by("created_at", "id")
        .values_list("action", flat=True)
    )
    assert actions == ["ESCALATED", "UPDATED", "ASSIGNED", "RESOLVED"]
    assert staff_client.post(url("escalation", pk, "dismiss")).status_code == 409


def test_escalation_needs_a_subject(staff_client):
    response = staff_client.post(url("escalation"), {"reason": "OTHER"}, format="json")
    assert response.status_code == 400
    assert not Escalation.objects.exists()


def test_escalation_queue_is_ordered_by_priority_then_age(staff_client):
    low = f.EscalationFactory(priority=1)
    critical = f.EscalationFactory(priority=4)
    high = f.EscalationFactory(priority=3)
    ids = [
        r["id"] for r in staff_client.get(url("escalation"), {"status": "OPEN"}).json()["results"]
    ]
    assert ids == [str(critical.pk), str(high.pk), str(low.pk)]


def test_audit_log_is_read_only(staff_client):
    row = f.AuditLogFactory()
    assert staff_client.get(url("auditlog", row.pk)).status_code == 200
    assert staff_client.post(url("auditlog"), {}, format="json").status_code == 405
    assert staff_client.delete(url("auditlog", row.pk)).status_code == 405


# --- idempotent ingest ---------------------------------------------------------------------


def ingest_item(pid, handle="sober_sam", **overrides):
    return {
        "platform": "TWITTER",
        "platform_post_id": pid,
        "content": "Any tips for a hangover? Head is pounding.",
        "keyword_matches": ["hangover"],
        "author": {"platform_id": f"id-{handle}", "handle": handle, "follower_count": 50},
        **overrides,
    }


def test_ingest_is_idempotent_and_reports_new_posts(staff_client):
    batch = {"posts": [ingest_item("p1"), ingest_item("p2", handle="other_one")]}
    first = staff_client.post(url("post", action="ingest"), batch, format="json")
    assert first.status_code == 201
    assert first.json()["created"] == 2
    batch["posts"].append(ingest_item("p3"))
    batch["posts"].append(ingest_item("p3"))  # duplicate inside the batch
    second = staff_client.post(url("post", action="ingest"), batch, format="json")
    assert second.status_code == 201
    body = second.json()
    assert (body["created"], body["existing"]) == (1, 2)
    assert {r["platform_post_id"]: r["created"] for r in body["results"]} == {
        "p1": False,
        "p2": False,
        "p3": True,
    }
    assert Post.objects.count() == 3 and Author.objects.count() == 2
    again = staff_client.post(url("post", action="ingest"), batch, format="json")
    assert again.status_code == 200 and again.json()["created"] == 0
    assert Post.objects.count() == 3


@pytest.mark.parametrize(
    ("item", "path", "message"),
    [
        (ingest_item("p1", handle="bad handle"), ("author", "handle"), "Invalid handle format"),
        (ingest_item("bad/id"), ("platform_post_id",), "Invalid post ID format"),
        (ingest_item("p1", content=""), ("content",), "Post content cannot be empty"),
        (
            ingest_item("p1", keyword_matches=[]),
            ("keyword_matches",),
            "Must match at least one keyword",
        ),
        (
            ingest_item("p1", keyword_matches=[f"k{i}" for i in range(51)]),
            ("keyword_matches",),
            "Too many keyword matches",
        ),
        (
            ingest_item("p1", content="x" * 5001),
            ("content",),
            "Post content exceeds maximum length",
        ),
    ],
)
def test_ingest_rejects_a_bad_item_and_writes_nothing(staff_client, item, path, message):
    batch = {"posts": [ingest_item("ok1"), item]}
    response = staff_client.post(url("post", action="ingest"), batch, format="json")
    assert response.status_code == 400
    errors = response.json()["posts"]
    errors = errors[1] if isinstance(errors, list) else errors["1"]  # the second item's errors
    for key in path:
        errors = errors[key]
    assert message in " ".join(errors)
    assert not Post.objects.exists() and not Author.objects.exists()


# --- filters ---------------------------------------------------------------------------------


def test_post_keyword_and_processed_filters(staff_client):
    f.PostFactory(keyword_matches=["hangover", "headache"])
    f.PostFactory(keyword_matches=["nausea"], processed_at="2026-01-01T00:00:00Z")
    assert staff_client.get(url("post"), {"keyword": "headache"}).json()["count"] == 1
    assert staff_client.get(url("post"), {"processed": "true"}).json()["count"] == 1
    assert staff_client.get(url("post"), {"processed": "false"}).json()["count"] == 1


def test_kpi_platform_wide_filter(staff_client):
    f.KpiMetricFactory(platform=None)
    f.KpiMetricFactory(platform="REDDIT")
    assert staff_client.get(url("kpimetric"), {"platform_wide": "true"}).json()["count"] == 1
    assert staff_client.get(url("kpimetric"), {"platform": "REDDIT"}).json()["count"] == 1


def test_counter_endpoints(staff_client):
    reply = f.ReplyFactory()
    champion = f.CommunityChampionFactory()
    post = f.PostFactory()
    assert staff_client.post(url("reply", reply.pk, "help"), {"by": 2}, format="json").json() == {
        "help_count": 2
    }
    assert staff_client.post(url("champion", champion.pk, "engagement")).json() == {
        "engagement_count": 1
    }
    assert (
        staff_client.post(
            url("post", post.pk, "error"), {"message": "timeout"}, format="json"
        ).json()["error_count"]
        == 1
    )
    assert (
        staff_client.post(url("reply", reply.pk, "help"), {"by": 0}, format="json").status_code
        == 400
    )
