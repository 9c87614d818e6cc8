from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.models import ApiKey
from tests.accounts.factories import ApiKeyFactory, UserFactory

pytestmark = pytest.mark.django_db
ME = "api:accounts-me"


def get_me(client, key):
    return client.get(reverse(ME), HTTP_AUTHORIZATION=f"Api-Key {key}")


def test_valid_key_authenticates_and_records_last_use(anon_client, api_key, user):
    response = get_me(anon_client, api_key.key)
    assert response.status_code == 200
    assert response.json()["id"] == str(user.pk)
    api_key.refresh_from_db()
    assert api_key.last_used_at is not None


def test_wrong_secret_is_401(anon_client, api_key):
    response = get_me(anon_client, f"{api_key.prefix}.not-the-secret")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Api-Key"
    assert response.json() == {"detail": "Invalid API key."}


def test_unknown_prefix_is_401(anon_client, api_key):
    secret = api_key.key.split(".", 1)[1]
    assert get_me(anon_client, f"ZZZZZZZZ.{secret}").status_code == 401


def test_malformed_key_is_401(anon_client):
    assert get_me(anon_client, "no-dot-here").status_code == 401


def test_revoked_key_is_401(anon_client, api_key):
    api_key.revoke()
    assert get_me(anon_client, api_key.key).status_code == 401


def test_expired_key_is_401(anon_client, user):
    api_key = ApiKeyFactory(user=user, expires_at=timezone.now() - timedelta(seconds=1))
    assert get_me(anon_client, api_key.key).status_code == 401


def test_key_of_inactive_user_is_401(anon_client, api_key, user):
    user.is_active = False
    user.save()
    assert get_me(anon_client, api_key.key).status_code == 401


def test_no_credentials_is_401(anon_client):
    assert anon_client.get(reverse(ME)).status_code == 401


def test_stored_value_is_not_the_secret(api_key):
    row = ApiKey.objects.get(pk=api_key.pk)
    secret = api_key.key.split(".", 1)[1]
    assert secret not in row.key_hash
    assert api_key.key not in row.key_hash
    assert row.key_hash.startswith("sha512$$")
    assert row.verify(api_key.key)


def test_deleting_the_user_deletes_their_keys():
    key = ApiKeyFactory()
    key.user.delete()
    assert not ApiKey.objects.filter(pk=key.pk).exists()


def test_api_creates_key_and_shows_it_once(api_client, anon_client):
    response = api_client.post(reverse("api:accounts-apikey-list"), {"name": "ci"}, format="json")
    assert response.status_code == 201
    key = response.json()["key"]
    assert get_me(anon_client, key).status_code == 200
    detail = api_client.get(reverse("api:accounts-apikey-detail", args=[response.json()["id"]]))
    assert "key" not in detail.json()
    listing = api_client.get(reverse("api:accounts-apikey-list")).json()
    assert all("key" not in row for row in listing["results"])


def test_api_create_without_name_is_400(api_client):
    response = api_client.post(reverse("api:accounts-apikey-list"), {}, format="json")
    assert response.status_code == 400
    assert "name" in response.json()
    assert not ApiKey.objects.exists()


def test_api_delete_revokes(api_client, api_key, anon_client):
    response = api_client.delete(reverse("api:accounts-apikey-detail", args=[api_key.pk]))
    assert response.status_code == 204
    api_key.refresh_from_db()
    assert api_key.revoked_at is not None
    assert get_me(anon_client, api_key.key).status_code == 401


def test_other_users_key_is_404(other_client, api_key):
    url = reverse("api:accounts-apikey-detail", args=[api_key.pk])
    assert other_client.get(url).status_code == 404
    assert other_client.delete(url).status_code == 404


def test_create_api_key_command_prints_a_working_key(anon_client, capsys):
    user = UserFactory(email="Cli@Example.com")
    call_command("create_api_key", "cli@example.com", "--name", "deploy")
    key = capsys.readouterr().out.strip()
    assert ApiKey.objects.get(user=user).name == "deploy"
    assert get_me(anon_client, key).status_code == 200


def test_admin_add_shows_the_key_once(admin_client_logged_in, user):
    response = admin_client_logged_in.post(
        reverse("admin:accounts_apikey_add"), {"user": user.pk, "name": "from admin"}, follow=True
    )
    assert response.status_code == 200
    api_key = ApiKey.objects.get(name="from admin")
    shown = [str(m) for m in response.context["messages"]]
    assert any(api_key.prefix in m and "shown only this once" in m for m in shown)
