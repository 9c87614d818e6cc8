"""Throttles: per API key, per user, per IP for failed authentication; admin lockout (axes)."""

import pytest
from django.test import Client
from rest_framework.test import APIClient

from tests.accounts.factories import StaffUserFactory

ME = "/api/v1/accounts/me/"


@pytest.mark.django_db
def test_300_wrong_api_keys_hit_429_at_the_configured_limit(api_key, settings):
    limit = int(settings.API_THROTTLE_RATES["failed_auth"].split("/")[0])
    prefix = api_key.key.split(".")[0]
    client = APIClient()
    statuses = [
        client.get(ME, HTTP_AUTHORIZATION=f"Api-Key {prefix}.wrong{i}").status_code
        for i in range(300)
    ]
    assert statuses[:limit] == [401] * limit
    assert set(statuses[limit:]) == {429}
    response = client.get(ME, HTTP_AUTHORIZATION=f"Api-Key {prefix}.wrong")
    assert int(response["Retry-After"]) > 0
    assert response.json()["code"] == "throttled"
    # Blocked before authentication: even the right key waits (no hashing while locked).
    assert client.get(ME, HTTP_AUTHORIZATION=f"Api-Key {api_key.key}").status_code == 429
    # Another address is not affected.
    other = client.get(ME, HTTP_AUTHORIZATION=f"Api-Key {api_key.key}", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


@pytest.mark.django_db
def test_api_key_throttle_is_per_key(api_key, settings):
    settings.API_THROTTLE_RATES = {**settings.API_THROTTLE_RATES, "api_key": "5/min"}
    client = APIClient()
    statuses = [
        client.get(ME, HTTP_AUTHORIZATION=f"Api-Key {api_key.key}").status_code for _ in range(7)
    ]
    assert statuses == [200] * 5 + [429] * 2
    response = client.get(ME, HTTP_AUTHORIZATION=f"Api-Key {api_key.key}")
    assert int(response["Retry-After"]) > 0
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.django_db
def test_user_throttle_is_per_user(api_client, other_client, settings):
    settings.API_THROTTLE_RATES = {**settings.API_THROTTLE_RATES, "user": "3/min"}
    assert [api_client.get(ME).status_code for _ in range(4)] == [200, 200, 200, 429]
    assert other_client.get(ME).status_code == 200


@pytest.mark.django_db
def test_anonymous_401s_count_per_ip(settings):
    settings.API_THROTTLE_RATES = {**settings.API_THROTTLE_RATES, "failed_auth": "4/min"}
    client = APIClient()
    assert [client.get(ME).status_code for _ in range(6)] == [401] * 4 + [429] * 2


@pytest.mark.django_db
def test_admin_login_locks_out_after_repeated_failures(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    staff = StaffUserFactory(email="staff-lock@example.com")
    staff.set_password("right-password-123")
    staff.save()
    client = Client()
    statuses = [
        client.post(
            "/admin/login/?next=/admin/", {"username": staff.email, "password": "wrong"}
        ).status_code
        for _ in range(settings.AXES_FAILURE_LIMIT + 5)
    ]
    # The form again, with an error; the failure that reaches the limit locks the account.
    limit = settings.AXES_FAILURE_LIMIT
    assert statuses == [200] * (limit - 1) + [429] * 6
    locked = client.post(
        "/admin/login/?next=/admin/",
        {"username": staff.email, "password": "right-password-123"},
    )
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_admin_login_still_works_below_the_limit(settings):
    staff = StaffUserFactory(email="staff-ok@example.com")
    staff.set_password("right-password-123")
    staff.save()
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post("/admin/login/", {"username": staff.email, "password": "wrong"})
    ok = client.post(
        "/admin/login/?next=/admin/",
        {"username": staff.email, "password": "right-password-123"},
    )
    assert ok.status_code == 302
    assert client.session["_auth_user_id"] == str(staff.pk)
