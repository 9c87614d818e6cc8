"""Issue 12 item 8, seed 002: escalation priority takes the EscalationPriority enum names
(as a Prisma enum would: "HIGH"), in any case, their labels, or the stored number; the
number (1..4) is stored and returned."""

import pytest
from django.urls import reverse

from engagement.choices import EscalationPriority, escalation_priority_value
from engagement.models import Escalation
from tests.engagement import factories as f

pytestmark = pytest.mark.django_db

LIST = "api:engagement-escalation-list"


def detail(pk):
    return reverse("api:engagement-escalation-detail", args=[pk])


@pytest.mark.parametrize(
    "given, stored",
    [
        ("LOW", 1),
        ("MEDIUM", 2),
        ("HIGH", 3),
        ("CRITICAL", 4),
        ("high", 3),
        ("High", 3),
        (" critical ", 4),
        ("Medium", 2),
        (3, 3),
        ("4", 4),
    ],
)
def test_priority_value_reads_names_labels_and_numbers(given, stored):
    assert escalation_priority_value(given) == stored


@pytest.mark.parametrize("given", ["URGENT", "", "0", 0, 5, "3.0", True, None, [3], "HIGHEST"])
def test_priority_value_refuses_others(given):
    with pytest.raises(ValueError):
        escalation_priority_value(given)


@pytest.mark.parametrize("given, stored", [("HIGH", 3), ("critical", 4), ("Low", 1), (2, 2)])
def test_api_create_stores_the_canonical_number(staff_client, given, stored):
    post = f.PostFactory()
    response = staff_client.post(
        reverse(LIST), {"post": str(post.pk), "reason": "CRISIS", "priority": given}, format="json"
    )
    assert response.status_code == 201, response.json()
    assert response.json()["priority"] == stored
    assert Escalation.objects.get(pk=response.json()["id"]).priority == stored


def test_api_create_without_priority_is_medium(staff_client):
    post = f.PostFactory()
    response = staff_client.post(
        reverse(LIST), {"post": str(post.pk), "reason": "CRISIS"}, format="json"
    )
    assert response.status_code == 201, response.json()
    assert response.json()["priority"] == EscalationPriority.MEDIUM


def test_api_patch_accepts_the_enum_name(staff_client):
    escalation = f.EscalationFactory(priority=1)
    response = staff_client.patch(detail(escalation.pk), {"priority": "CRITICAL"}, format="json")
    assert response.status_code == 200, response.json()
    escalation.refresh_from_db()
    assert escalation.priority == EscalationPriority.CRITICAL


@pytest.mark.parametrize("given", ["URGENT", 9, True, None, {"x": 1}])
def test_api_refuses_an_unknown_priority_with_400(staff_client, given):
    post = f.PostFactory()
    response = staff_client.post(
        reverse(LIST), {"post": str(post.pk), "reason": "CRISIS", "priority": given}, format="json"
    )
    assert response.status_code == 400
    assert "priority" in response.json()
    assert not Escalation.objects.exists()


@pytest.mark.parametrize("given, stored", [("HIGH", 3), ("low", 1), ("Critical", 4), ("2", 2)])
def test_admin_form_accepts_the_enum_name(admin_client_logged_in, given, stored):
    post = f.PostFactory()
    response = admin_client_logged_in.post(
        reverse("admin:engagement_escalation_add"),
        {"post": post.pk, "reason": "CRISIS", "priority": given, "resolution_notes": ""},
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    assert Escalation.objects.get().priority == stored


def test_admin_form_refuses_an_unknown_priority(admin_client_logged_in):
    post = f.PostFactory()
    response = admin_client_logged_in.post(
        reverse("admin:engagement_escalation_add"),
        {"post": post.pk, "reason": "CRISIS", "priority": "URGENT", "resolution_notes": ""},
    )
    assert response.status_code == 200
    assert "priority" in response.context["adminform"].form.errors
    assert not Escalation.objects.exists()
