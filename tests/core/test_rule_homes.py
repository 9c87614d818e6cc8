"""Each rule in one home: the API and the admin reach the same service or CHECK, and a
database refusal in the admin is a message to staff, not a 500."""

import json

import pytest
from django.urls import reverse

from engagement.choices import AuditAction, EscalationStatus
from engagement.models import AuditLog, Escalation
from research.models import Definition
from tests.engagement import factories as ef
from tests.research.factories import DefinitionFactory

pytestmark = pytest.mark.django_db


def test_escalation_with_an_assignee_starts_assigned_from_api_and_admin_alike(
    staff_client, admin_client_logged_in, staff_user
):
    api = staff_client.post(
        reverse("api:engagement-escalation-list"),
        {
            "post": str(ef.PostFactory().pk),
            "reason": "MEDICAL_QUESTION",
            "priority": 4,
            "assigned_to": staff_user.pk,
        },
        format="json",
    )
    assert api.status_code == 201, api.json()
    assert api.json()["status"] == EscalationStatus.ASSIGNED

    admin = admin_client_logged_in.post(
        reverse("admin:engagement_escalation_add"),
        {
            "post": ef.PostFactory().pk,
            "reason": "CRISIS",
            "priority": 4,
            "assigned_to": staff_user.pk,
            "resolution_notes": "",
        },
    )
    assert admin.status_code == 302
    via_admin = Escalation.objects.get(reason="CRISIS")
    assert via_admin.status == EscalationStatus.ASSIGNED
    row = AuditLog.objects.get(entity_id=str(via_admin.pk))
    assert row.action == AuditAction.ESCALATED
    assert row.details_json["via"] == "admin" and row.actor == staff_user


def test_conversation_completing_before_creation_is_the_checks_400(api_client):
    response = api_client.post(
        reverse("api:conversations-conversation-list"),
        {
            "content_type": "text",
            "content_title": "A title",
            "content_content": "Some content long enough.",
            "completed_at": "2000-01-01T00:00:00Z",
        },
        format="json",
    )
    assert response.status_code == 400, response.json()
    assert response.json().get("completed_at") == [
        "A conversation cannot complete before it was created."
    ]


def test_admin_shows_a_trigger_refusal_as_a_form_error_not_a_500(admin_client_logged_in):
    root = DefinitionFactory()
    child = DefinitionFactory(parent=root)
    url = reverse("admin:research_definition_change", args=[root.pk])
    response = admin_client_logged_in.post(
        url, {"name": root.name, "parent": child.pk, "content": json.dumps(root.content)}
    )
    # the form is shown again as posted, the refusal as its error (core/admin.py)
    assert response.status_code == 200
    texts = response.context["adminform"].form.non_field_errors()
    assert any("research_definition_no_cycle" in t and "refused" in t for t in texts), texts
    root.refresh_from_db()
    assert root.parent_id is None
    assert Definition.objects.get(pk=child.pk).parent_id == root.pk
