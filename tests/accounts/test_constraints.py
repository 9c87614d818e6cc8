"""PostgreSQL itself rejects rows that break the accounts rules (raw SQL, no ORM)."""

import uuid

import pytest
from django.db import connection

from tests.accounts.factories import ApiKeyFactory, UserFactory
from tests.utils import rejected

pytestmark = pytest.mark.django_db

INSERT_USER = """
INSERT INTO accounts_user (id, password, email, clerk_id, wallet_address, status)
VALUES (%s, '!', %s, %s, %s, %s)
"""


def insert_user(email="", clerk_id=None, wallet=None, status="active"):
    with connection.cursor() as cur:
        cur.execute(INSERT_USER, [uuid.uuid4(), email, clerk_id, wallet, status])


def test_raw_insert_gets_database_defaults():
    user_id = uuid.uuid4()
    with connection.cursor() as cur:
        cur.execute(
            "INSERT INTO accounts_user (id, password, email) VALUES (%s, '!', 'raw@example.com')",
            [user_id],
        )
        cur.execute(
            "SELECT status, is_active, is_staff, first_name, created_at IS NOT NULL "
            "FROM accounts_user WHERE id = %s",
            [user_id],
        )
        assert cur.fetchone() == ("active", True, False, "", True)


def test_same_email_in_other_case_is_rejected():
    UserFactory(email="Case@Example.com")
    with rejected("accounts_user_email_ci_unique"):
        insert_user(email="case@example.COM")


def test_no_email_and_no_clerk_id_is_rejected():
    with rejected("accounts_user_email_or_clerk"):
        insert_user(email="", clerk_id=None)


def test_no_email_with_clerk_id_is_accepted():
    insert_user(email="", clerk_id="user_clerk_only")
    insert_user(email="", clerk_id="user_clerk_only_2")  # empty emails do not collide
    with connection.cursor() as cur:
        cur.execute("SELECT count(*) FROM accounts_user WHERE email = ''")
        assert cur.fetchone()[0] == 2


def test_malformed_email_is_rejected():
    with rejected("accounts_user_email_format"):
        insert_user(email="not-an-email")


def test_duplicate_clerk_id_is_rejected():
    UserFactory(clerk_id="user_dup")
    with rejected("accounts_user_clerk_id_unique"):
        insert_user(email="other@example.com", clerk_id="user_dup")


def test_blank_clerk_id_is_rejected():
    with rejected("accounts_user_clerk_id_not_blank"):
        insert_user(email="blank@example.com", clerk_id="")


@pytest.mark.parametrize(
    "wallet",
    [
        "0x123",
        "52908400098527886E0F7030069857D2E4169EE7",
        "0xZZ908400098527886E0F7030069857D2E4169EE7",
    ],
)
def test_malformed_wallet_address_is_rejected(wallet):
    with rejected("accounts_user_wallet_format"):
        insert_user(email="w@example.com", wallet=wallet)


def test_duplicate_wallet_is_rejected_whatever_the_case():
    UserFactory(wallet_address="0x52908400098527886E0F7030069857D2E4169EE7")
    with rejected("accounts_user_wallet_ci_unique"):
        insert_user(email="w2@example.com", wallet="0x52908400098527886e0f7030069857d2e4169ee7")


def test_unknown_status_is_rejected():
    with rejected("accounts_user_status_valid"):
        insert_user(email="s@example.com", status="bogus")


def test_duplicate_api_key_prefix_is_rejected():
    key = ApiKeyFactory()
    with rejected("accounts_apikey_prefix_unique"), connection.cursor() as cur:
        cur.execute(
            "INSERT INTO accounts_apikey (id, user_id, name, prefix, key_hash) VALUES (%s, %s, 'x', %s, 'h')",
            [uuid.uuid4(), key.user_id, key.prefix],
        )


def test_malformed_api_key_prefix_is_rejected():
    user = UserFactory()
    with rejected("accounts_apikey_prefix_format"), connection.cursor() as cur:
        cur.execute(
            "INSERT INTO accounts_apikey (id, user_id, name, prefix, key_hash) VALUES (%s, %s, 'x', 'a.b', 'h')",
            [uuid.uuid4(), user.pk],
        )


def test_profile_country_and_preferences_currency_formats_are_enforced():
    user = UserFactory()
    with rejected("accounts_userprofile_country_format"), connection.cursor() as cur:
        cur.execute(
            "INSERT INTO accounts_userprofile (user_id, country) VALUES (%s, 'us')", [user.pk]
        )
    with rejected("accounts_userpreferences_currency_format"), connection.cursor() as cur:
        cur.execute(
            "INSERT INTO accounts_userpreferences (user_id, currency) VALUES (%s, 'usd')", [user.pk]
        )


def test_one_profile_per_user():
    user = UserFactory()
    with connection.cursor() as cur:
        cur.execute("INSERT INTO accounts_userprofile (user_id) VALUES (%s)", [user.pk])
    with rejected("accounts_userprofile_user_id_key"), connection.cursor() as cur:
        cur.execute("INSERT INTO accounts_userprofile (user_id) VALUES (%s)", [user.pk])


def test_deleting_a_user_in_sql_deletes_their_keys_profile_and_preferences():
    key = ApiKeyFactory()
    with connection.cursor() as cur:
        cur.execute("INSERT INTO accounts_userprofile (user_id) VALUES (%s)", [key.user_id])
        cur.execute("INSERT INTO accounts_userpreferences (user_id) VALUES (%s)", [key.user_id])
        cur.execute("DELETE FROM accounts_user WHERE id = %s", [key.user_id])
        for table in ("accounts_apikey", "accounts_userprofile", "accounts_userpreferences"):
            cur.execute(f"SELECT count(*) FROM {table} WHERE user_id = %s", [key.user_id])
            assert cur.fetchone()[0] == 0, table
