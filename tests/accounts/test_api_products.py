"""Product grants (grant_products) and API keys narrowed to products / read-only."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.urls import reverse
from rest_framework.test import APIClient

from accounts.models import ApiKey, User
from core.products import PRODUCTS, user_products
from tests.accounts.factories import ApiKeyFactory, UserFactory
from tests.utils import assert_sql_rejected

pytestmark = pytest.mark.django_db


def fresh(user):
    return User.objects.get(pk=user.pk)


def test_grant_products_grants_and_revokes(capsys):
    user = UserFactory(email="pat@example.com")
    assert user_products(fresh(user)) == frozenset()
    call_command("grant_products", "PAT@example.com", "ideas", "research")
    assert user_products(fresh(user)) == {"ideas", "research"}
    call_command("grant_products", "pat@example.com", "ideas", "ideas")  # idempotent
    call_command("grant_products", "pat@example.com", "research", "--revoke")
    assert user_products(fresh(user)) == {"ideas"}
    assert "holds: ideas" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args, message",
    [
        (["nobody@example.com", "ideas"], "No user"),
        (["pat@example.com", "casino"], "Unknown product"),
    ],
)
def test_grant_products_refuses_bad_input(args, message):
    UserFactory(email="pat@example.com")
    with pytest.raises(CommandError, match=message):
        call_command("grant_products", *args)


def test_staff_hold_every_product_without_grants():
    assert user_products(UserFactory(is_staff=True)) == set(PRODUCTS)
    assert user_products(UserFactory(is_active=False, products=PRODUCTS)) == frozenset()


def test_create_api_key_command_narrows_the_key(capsys):
    user = UserFactory(email="cli@example.com", products=PRODUCTS)
    call_command(
        "create_api_key",
        "cli@example.com",
        "--product",
        "ideas",
        "--product",
        "research",
        "--read-only",
    )
    key = capsys.readouterr().out.strip()
    row = ApiKey.objects.get(user=user)
    assert (row.products, row.read_only) == (["ideas", "research"], True)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")
    assert client.get(reverse("api:ideas-idea-list")).status_code == 200
    assert client.get(reverse("api:portfolio-portfolio-list")).status_code == 403
    assert client.post(reverse("api:ideas-idea-list"), {}, format="json").status_code == 403


def test_create_api_key_command_refuses_an_unknown_product():
    UserFactory(email="cli@example.com")
    with pytest.raises(CommandError):
        call_command("create_api_key", "cli@example.com", "--product", "casino")


def test_the_api_shows_and_sets_products_and_read_only(api_client):
    url = reverse("api:accounts-apikey-list")
    response = api_client.post(
        url, {"name": "ro", "products": ["research", "ideas"], "read_only": True}, format="json"
    )
    assert response.status_code == 201, response.content
    assert (response.json()["products"], response.json()["read_only"]) == (
        ["ideas", "research"],
        True,
    )
    bad = api_client.post(url, {"name": "x", "products": ["casino"]}, format="json")
    assert bad.status_code == 400 and "products" in bad.json()
    listed = api_client.get(url).json()["results"][0]
    assert listed["products"] == ["ideas", "research"] and listed["read_only"] is True


def test_db_defaults_give_an_unnarrowed_read_write_key(user):
    with connection.cursor() as cur:
        cur.execute(
            "INSERT INTO accounts_apikey (user_id, name, prefix, key_hash)"
            " VALUES (%s, 'raw', 'Abcdefgh', 'h') RETURNING products, read_only",
            [user.pk],
        )
        assert cur.fetchone() == ([], False)


def test_db_rejects_an_unknown_product(user):
    key = ApiKeyFactory(user=user)
    assert_sql_rejected(
        "accounts_apikey_products_valid",
        "UPDATE accounts_apikey SET products = ARRAY['ideas', 'casino'] WHERE id = %s",
        [key.pk],
    )


def test_fixture_users_hold_their_products_and_loading_twice_is_idempotent():
    call_command("load_fixtures", verbosity=0)
    call_command("load_fixtures", verbosity=0)
    alice = User.objects.get(email="alice@example.com")
    assert user_products(alice) == set(PRODUCTS)
    assert alice.user_permissions.count() == len(PRODUCTS)
    assert user_products(User.objects.get(email="rita@research.example.com")) == {"research"}
    assert user_products(User.objects.get(email="ops@example.com")) == set(PRODUCTS)  # staff
