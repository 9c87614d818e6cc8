"""PostgreSQL itself rejects rows that break the accounts rules (raw SQL, no ORM)."""

import uuid

import pytest
from django.contrib.auth.models import Group, Permission

from tests.accounts import factories as f
from tests.utils import assert_sql_rejected, copy_row_sql, insert_row, rejected, run_sql

pytestmark = pytest.mark.django_db

WALLET = "0x52908400098527886E0F7030069857D2E4169EE7"


def insert_user(email="", clerk_id=None, wallet=None, status="active"):
    return insert_row(
        "accounts_user",
        id=uuid.uuid4(),
        password="!",
        email=email,
        clerk_id=clerk_id,
        wallet_address=wallet,
        status=status,
    )


def test_raw_insert_gets_database_defaults():
    user_id = insert_row("accounts_user", id=uuid.uuid4(), password="!", email="raw@example.com")
    assert run_sql(
        "SELECT status, is_active, is_staff, first_name, created_at IS NOT NULL "
        "FROM accounts_user WHERE id = %s",
        [user_id],
    ) == [("active", True, False, "", True)]


def test_same_email_in_other_case_is_rejected():
    f.UserFactory(email="Case@Example.com")
    with rejected("accounts_user_email_ci_unique"):
        insert_user(email="case@example.COM")


def test_no_email_and_no_clerk_id_is_rejected():
    with rejected("accounts_user_email_or_clerk"):
        insert_user(email="", clerk_id=None)


def test_no_email_with_clerk_id_is_accepted():
    insert_user(email="", clerk_id="user_clerk_only")
    insert_user(email="", clerk_id="user_clerk_only_2")  # empty emails do not collide
    assert run_sql("SELECT count(*) FROM accounts_user WHERE email = ''") == [(2,)]


def test_malformed_email_is_rejected():
    with rejected("accounts_user_email_format"):
        insert_user(email="not-an-email")


def test_duplicate_clerk_id_is_rejected():
    f.UserFactory(clerk_id="user_dup")
    with rejected("accounts_user_clerk_id_unique"):
        insert_user(email="other@example.com", clerk_id="user_dup")


def test_blank_clerk_id_is_rejected():
    with rejected("accounts_user_clerk_id_not_blank"):
        insert_user(email="blank@example.com", clerk_id="")


@pytest.mark.parametrize("wallet", ["0x123", WALLET[2:], "0xZZ" + WALLET[4:]])
def test_malformed_wallet_address_is_rejected(wallet):
    with rejected("accounts_user_wallet_format"):
        insert_user(email="w@example.com", wallet=wallet)


def test_duplicate_wallet_is_rejected_whatever_the_case():
    f.UserFactory(wallet_address=WALLET)
    with rejected("accounts_user_wallet_ci_unique"):
        insert_user(email="w2@example.com", wallet=WALLET.lower())


def test_unknown_status_is_rejected():
    with rejected("accounts_user_status_valid"):
        insert_user(email="s@example.com", status="bogus")


# (factory, table, SET clause, constraint): one bad value per rule, on a valid row.
UPDATE_CASES = [
    (f.ApiKeyFactory, "accounts_apikey", "prefix = 'a.b'", "accounts_apikey_prefix_format"),
    (f.ApiKeyFactory, "accounts_apikey", "key_hash = ''", "accounts_apikey_key_hash_not_blank"),
    (f.ApiKeyFactory, "accounts_apikey", "name = ''", "accounts_apikey_name_not_blank"),
    (
        f.UserProfileFactory,
        "accounts_userprofile",
        "country = 'us'",
        "accounts_userprofile_country_format",
    ),
    (
        f.UserProfileFactory,
        "accounts_userprofile",
        "risk_tolerance = 'reckless'",
        "accounts_userprofile_risk_tolerance_valid",
    ),
    (
        f.UserProfileFactory,
        "accounts_userprofile",
        "investment_experience = 'guru'",
        "accounts_userprofile_experience_valid",
    ),
    (
        f.UserProfileFactory,
        "accounts_userprofile",
        "kyc_status = 'maybe'",
        "accounts_userprofile_kyc_status_valid",
    ),
    (
        f.UserPreferencesFactory,
        "accounts_userpreferences",
        "currency = 'usd'",
        "accounts_userpreferences_currency_format",
    ),
    (
        f.UserPreferencesFactory,
        "accounts_userpreferences",
        "theme = 'neon'",
        "accounts_userpreferences_theme_valid",
    ),
    (
        f.UserPreferencesFactory,
        "accounts_userpreferences",
        "language = 'EN_us'",
        "accounts_userpreferences_language_format",
    ),
]


@pytest.mark.parametrize(
    ("factory", "table", "assignment", "constraint"), UPDATE_CASES, ids=[c[3] for c in UPDATE_CASES]
)
def test_database_rejects(factory, table, assignment, constraint):
    row = factory()
    assert_sql_rejected(constraint, f"UPDATE {table} SET {assignment} WHERE id = %s", [row.pk])


# (factory, table, constraint): a copy of a valid row breaks the rule.
UNIQUE_CASES = [
    (f.ApiKeyFactory, "accounts_apikey", "accounts_apikey_prefix_unique"),
    (f.UserProfileFactory, "accounts_userprofile", "accounts_userprofile_user_id_key"),
    (f.UserPreferencesFactory, "accounts_userpreferences", "accounts_userpreferences_user_id_key"),
]


@pytest.mark.parametrize(
    ("factory", "table", "constraint"), UNIQUE_CASES, ids=[c[2] for c in UNIQUE_CASES]
)
def test_database_rejects_duplicate(factory, table, constraint):
    row = factory()
    assert_sql_rejected(constraint, *copy_row_sql(table, row.pk))


@pytest.mark.parametrize(
    ("table", "column", "constraint"),
    [
        ("accounts_user_groups", "group_id", "accounts_user_groups_user_id_group_id_59c0b32f_uniq"),
        (
            "accounts_user_user_permissions",
            "permission_id",
            "accounts_user_user_permi_user_id_permission_id_2ab516c2_uniq",
        ),
    ],
)
def test_a_user_holds_a_group_or_permission_once(table, column, constraint):
    user = f.UserFactory()
    other = (
        Group.objects.create(name="g").pk if column == "group_id" else Permission.objects.first().pk
    )
    sql = f"INSERT INTO {table} (user_id, {column}) VALUES (%s, %s)"
    run_sql(sql, [user.pk, other])
    assert_sql_rejected(constraint, sql, [user.pk, other])


def test_deleting_a_user_in_sql_deletes_their_keys_profile_and_preferences():
    key = f.ApiKeyFactory()
    f.UserProfileFactory(user=key.user)
    f.UserPreferencesFactory(user=key.user)
    run_sql("DELETE FROM accounts_user WHERE id = %s", [key.user_id])
    for table in ("accounts_apikey", "accounts_userprofile", "accounts_userpreferences"):
        assert run_sql(f"SELECT count(*) FROM {table} WHERE user_id = %s", [key.user_id]) == [
            (0,)
        ], table
