import pytest
from django.apps import apps
from django.urls import reverse

from tests.accounts import factories as f
from tests.utils import changelist_query_counts, factory_for

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", ["user", "apikey", "userprofile", "userpreferences"])
def test_changelist_queries_do_not_grow(admin_client_logged_in, model):
    url = reverse(f"admin:accounts_{model}_changelist")
    factory = factory_for(apps.get_model("accounts", model))
    five, fifty = changelist_query_counts(admin_client_logged_in, url, factory)
    assert five == fifty


def test_user_search_by_email_clerk_and_wallet(admin_client_logged_in):
    f.UserFactory(email="findme@example.com", clerk_id="user_abc", wallet_address="0x" + "ab" * 20)
    url = reverse("admin:accounts_user_changelist")
    for term in ("FINDME@", "user_abc", "0xabab"):
        response = admin_client_logged_in.get(url, {"q": term})
        assert b"findme@example.com" in response.content, term


def test_admin_add_user_with_duplicate_email_is_a_form_error(admin_client_logged_in):
    f.UserFactory(email="taken@example.com")
    response = admin_client_logged_in.post(
        reverse("admin:accounts_user_add"),
        {
            "email": "TAKEN@example.com",
            "password1": "x-Very-long-pass-123",
            "password2": "x-Very-long-pass-123",
            "usable_password": "true",
        },
    )
    assert response.status_code == 200  # form redisplayed, not a 500
    assert "already exists" in response.content.decode()


def test_admin_rejects_bad_wallet_with_form_error(admin_client_logged_in):
    user = f.UserFactory()
    url = reverse("admin:accounts_user_change", args=[user.pk])
    data = {
        "email": user.email,
        "first_name": "",
        "last_name": "",
        "clerk_id": "",
        "wallet_address": "0xnothex",
        "status": "active",
        "is_active": "on",
        "profile-TOTAL_FORMS": "0",
        "profile-INITIAL_FORMS": "0",
        "preferences-TOTAL_FORMS": "0",
        "preferences-INITIAL_FORMS": "0",
    }
    response = admin_client_logged_in.post(url, data)
    assert response.status_code == 200
    assert "40 hexadecimal digits" in response.content.decode()
    user.refresh_from_db()
    assert user.wallet_address is None
