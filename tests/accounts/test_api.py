import pytest
from django.urls import reverse

from accounts.models import User, UserPreferences

pytestmark = pytest.mark.django_db


def test_me_update_validates_email(api_client, other_user):
    url = reverse("api:accounts-me")
    response = api_client.patch(url, {"email": other_user.email.upper()}, format="json")
    assert response.status_code in (400, 409)
    body = response.json()
    assert "email" in body or body.get("constraint") == "accounts_user_email_ci_unique"


def test_me_update_rejects_malformed_wallet(api_client, user):
    response = api_client.patch(
        reverse("api:accounts-me"), {"wallet_address": "0x12"}, format="json"
    )
    assert response.status_code == 400
    assert "wallet_address" in response.json()
    user.refresh_from_db()
    assert user.wallet_address is None


def test_me_update_first_name(api_client, user):
    response = api_client.patch(reverse("api:accounts-me"), {"first_name": "Ada"}, format="json")
    assert response.status_code == 200
    assert User.objects.get(pk=user.pk).first_name == "Ada"


def test_profile_and_preferences_are_created_on_first_read(api_client, user):
    assert api_client.get(reverse("api:accounts-me-profile")).status_code == 200
    response = api_client.patch(
        reverse("api:accounts-me-preferences"), {"currency": "eur"}, format="json"
    )
    assert response.status_code == 400
    assert "currency" in response.json()
    response = api_client.patch(
        reverse("api:accounts-me-preferences"), {"currency": "EUR"}, format="json"
    )
    assert response.status_code == 200
    assert UserPreferences.objects.get(user=user).currency == "EUR"


def test_unknown_api_route_is_json_404(api_client):
    response = api_client.get("/api/v1/accounts/api-keys/00000000-0000-0000-0000-000000000000/")
    assert response.status_code == 404
    assert (
        response.json() == {"detail": "No ApiKey matches the given query."}
        or "detail" in response.json()
    )


def test_schema_and_docs_are_served(api_client):
    schema = api_client.get("/api/schema/")
    assert schema.status_code == 200
    assert b"/api/v1/accounts/me/" in schema.content
    docs = api_client.get("/api/docs/")
    assert docs.status_code == 200
    assert b"swagger-ui" in docs.content


def test_passwords_are_hashed_with_argon2(settings):
    import config.settings as project_settings
    from accounts.authentication import EmailBackend

    assert project_settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS  # undo the tests' fast hasher
    created = User.objects.create_user("argon@example.com", "s3cret-enough-pass")
    assert created.password.startswith("argon2")
    found = EmailBackend().authenticate(
        None, username="ARGON@example.com", password="s3cret-enough-pass"
    )
    assert found == created
