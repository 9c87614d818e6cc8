import pytest
from django.urls import reverse

from accounts.models import User, UserPreferences

pytestmark = pytest.mark.django_db


def test_me_update_validates_email(api_client, other_user):
    """Another account's email is not refused here (that would be an oracle): without
    the current password it is the password that is missing (see below)."""
    url = reverse("api:accounts-me")
    response = api_client.patch(url, {"email": other_user.email.upper()}, format="json")
    assert response.status_code == 400
    assert list(response.json()) == ["current_password"]


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


# --- changing the login email ----------------------------------------------------------

PASSWORD = "correct horse battery"


@pytest.fixture
def me(user):
    user.set_password(PASSWORD)
    user.save()
    return user


def change_email(client, email, password=PASSWORD, **extra):
    body = {"email": email, **extra}
    if password is not None:
        body["current_password"] = password
    return client.patch(reverse("api:accounts-me"), body, format="json")


@pytest.mark.parametrize("password", [None, "", "wrong password"])
def test_changing_the_email_needs_the_current_password(api_client, me, password, mailoutbox):
    response = change_email(api_client, "new@example.com", password)
    assert response.status_code == 400
    assert response.json()["current_password"] == [
        "Your current password is required to change the email."
    ]
    me.refresh_from_db()
    assert me.email != "new@example.com" and mailoutbox == []


def test_a_taken_email_answers_like_a_free_one(api_client, me, other_user, mailoutbox):
    """Same status, same body: the change waits for the mailed confirmation either way."""
    free = change_email(api_client, "free@example.com")
    taken = change_email(api_client, other_user.email.upper())
    assert free.status_code == taken.status_code == 200
    same = [{k: v for k, v in r.json().items() if k != "updated_at"} for r in (free, taken)]
    assert same[0] == same[1]  # updated_at: the time of each PATCH
    assert free.json()["email"] == me.email  # unchanged until confirmed
    assert "current_password" not in free.json()
    me.refresh_from_db()
    assert me.email not in ("free@example.com", other_user.email.upper())
    # the free address gets a token, the taken one a notice (its owner reads it, not us)
    assert [m.to for m in mailoutbox] == [["free@example.com"], [other_user.email.upper()]]
    assert "token" in mailoutbox[0].body and "Nothing has changed" in mailoutbox[1].body


def token_of(mail):
    return mail.body.split("\n\n")[1].strip()


def test_the_mailed_token_changes_the_email_once(api_client, me, mailoutbox):
    change_email(api_client, "new@example.com", first_name="Ada")
    me.refresh_from_db()
    assert me.first_name == "Ada"  # the other fields apply at once
    confirm = reverse("api:accounts-me-email")
    token = token_of(mailoutbox[0])
    response = api_client.post(confirm, {"token": token}, format="json")
    assert response.status_code == 200 and response.json()["email"] == "new@example.com"
    me.refresh_from_db()
    assert me.email == "new@example.com"
    again = api_client.post(confirm, {"token": token}, format="json")  # stale now
    assert again.status_code == 400
    assert again.json()["token"] == ["This token is invalid or has expired."]


def test_a_token_is_the_users_own_and_expires(api_client, other_client, me, settings, mailoutbox):
    change_email(api_client, "new@example.com")
    token = token_of(mailoutbox[0])
    confirm = reverse("api:accounts-me-email")
    assert other_client.post(confirm, {"token": token}, format="json").status_code == 400
    assert api_client.post(confirm, {"token": token + "x"}, format="json").status_code == 400
    settings.EMAIL_CHANGE_MAX_AGE_SECONDS = -1
    assert api_client.post(confirm, {"token": token}, format="json").status_code == 400
    me.refresh_from_db()
    assert me.email != "new@example.com"


def test_an_address_taken_after_the_request_is_refused_at_confirmation(api_client, me, mailoutbox):
    from tests.accounts.factories import UserFactory

    change_email(api_client, "new@example.com")
    UserFactory(email="NEW@example.com")
    response = api_client.post(
        reverse("api:accounts-me-email"), {"token": token_of(mailoutbox[0])}, format="json"
    )
    assert response.status_code == 400 and "token" in response.json()


def test_a_malformed_new_email_is_a_400_on_email(api_client, me, mailoutbox):
    response = change_email(api_client, "not-an-email")
    assert response.status_code == 400 and "email" in response.json()
    assert mailoutbox == []


def test_the_same_email_needs_no_password(api_client, me):
    response = api_client.patch(
        reverse("api:accounts-me"), {"email": me.email, "last_name": "L"}, format="json"
    )
    assert response.status_code == 200 and response.json()["last_name"] == "L"
