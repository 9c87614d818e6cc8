"""check_schema_drift: each kind of hand-made drift on a migrated database is
reported in plain words; a clean database reports nothing.

The expected schema (a scratch database migrated to the test database's
applied state) is built once for the module; each test makes its drift inside
its own transaction on the test database, which is rolled back afterwards."""

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from core.schema_drift import build_expected, compare, snapshot

FAKE_HINT = "(was its migration applied with --fake, or was it dropped by hand?)"


@pytest.fixture(scope="module")
def expected(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return build_expected()


@pytest.fixture
def drift(db, expected):
    def run(*statements):
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
            return compare(snapshot(cursor), expected.snapshot)

    return run


def test_clean_database_has_no_drift(drift, expected):
    assert expected.applied > 10
    assert expected.not_on_disk == []
    assert drift() == []


def test_index_dropped_by_hand(drift):
    assert drift("DROP INDEX user_created_idx") == [
        "Index user_created_idx on accounts_user is missing: CREATE INDEX ON public.accounts_user "
        f"USING btree (created_at DESC) {FAKE_HINT}."
    ]


def test_index_added_by_hand(drift):
    assert drift("CREATE INDEX apikey_by_hand ON accounts_apikey (last_used_at)") == [
        "Index apikey_by_hand on accounts_apikey exists but no applied migration creates it: "
        "CREATE INDEX ON public.accounts_apikey USING btree (last_used_at)."
    ]


def test_index_renamed_by_hand(drift):
    assert drift("ALTER INDEX user_created_idx RENAME TO user_created_by_hand") == [
        "Index user_created_by_hand on accounts_user should be named user_created_idx "
        "(same definition; renamed by hand?)."
    ]


def test_index_changed_by_hand(drift):
    assert drift(
        "DROP INDEX user_created_idx",
        "CREATE INDEX user_created_idx ON accounts_user (created_at)",
    ) == [
        "Index user_created_idx on accounts_user is defined differently:\n"
        "    database:   CREATE INDEX ON public.accounts_user USING btree (created_at)\n"
        "    migrations: CREATE INDEX ON public.accounts_user USING btree (created_at DESC)"
    ]


def test_invalid_index(drift):
    problems = drift(
        "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'user_created_idx'::regclass"
    )
    assert problems == [
        "Index user_created_idx on accounts_user is INVALID (a failed CREATE INDEX CONCURRENTLY?): "
        "queries do not use it; drop it and build it again."
    ]


def test_check_constraint_added_by_hand(drift):
    assert drift(
        "ALTER TABLE accounts_apikey ADD CONSTRAINT apikey_name_short CHECK (length(name) < 200)"
    ) == [
        "CHECK constraint apikey_name_short on accounts_apikey exists but no applied migration "
        "adds it: CHECK ((length((name)::text) < 200))."
    ]


def test_check_constraint_dropped_by_hand(drift):
    assert drift("ALTER TABLE accounts_apikey DROP CONSTRAINT accounts_apikey_name_not_blank") == [
        "CHECK constraint accounts_apikey_name_not_blank on accounts_apikey is missing: "
        f"CHECK ((NOT ((name)::text = ''::text))) {FAKE_HINT}."
    ]


def test_check_constraint_changed_by_hand(drift):
    assert drift(
        "ALTER TABLE accounts_apikey DROP CONSTRAINT accounts_apikey_prefix_format",
        "ALTER TABLE accounts_apikey ADD CONSTRAINT accounts_apikey_prefix_format "
        "CHECK (prefix ~ '^[A-Za-z0-9]{4,16}$')",
    ) == [
        "CHECK constraint accounts_apikey_prefix_format on accounts_apikey is defined differently:\n"
        "    database:   CHECK (((prefix)::text ~ '^[A-Za-z0-9]{4,16}$'::text))\n"
        "    migrations: CHECK (((prefix)::text ~ '^[A-Za-z0-9]{8,16}$'::text))"
    ]


def test_constraint_left_not_valid(drift):
    assert drift(
        "ALTER TABLE accounts_apikey DROP CONSTRAINT accounts_apikey_name_not_blank",
        "ALTER TABLE accounts_apikey ADD CONSTRAINT accounts_apikey_name_not_blank "
        "CHECK (NOT name = '') NOT VALID",
    ) == [
        "Constraint accounts_apikey_name_not_blank on accounts_apikey is NOT VALID (existing rows "
        "were never checked); migrations leave it validated."
    ]


def test_constraint_renamed_by_hand(drift):
    assert drift(
        "ALTER TABLE accounts_apikey RENAME CONSTRAINT accounts_apikey_name_not_blank TO name_nb"
    ) == [
        "Constraint name_nb on accounts_apikey should be named accounts_apikey_name_not_blank "
        "(same definition; renamed by hand?)."
    ]


def test_unique_constraint_dropped_by_hand(drift):
    assert drift("ALTER TABLE accounts_apikey DROP CONSTRAINT accounts_apikey_prefix_unique") == [
        "UNIQUE constraint accounts_apikey_prefix_unique on accounts_apikey is missing: "
        f"UNIQUE (prefix) {FAKE_HINT}."
    ]


def test_foreign_key_on_delete_changed_by_hand(drift):
    fk = "accounts_apikey_user_id_bd902026_fk_accounts_user_id"
    assert drift(
        f"ALTER TABLE accounts_apikey DROP CONSTRAINT {fk}",
        f"ALTER TABLE accounts_apikey ADD CONSTRAINT {fk} FOREIGN KEY (user_id) "
        "REFERENCES accounts_user (id) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED",
    ) == [
        f"FOREIGN KEY constraint {fk} on accounts_apikey is defined differently:\n"
        "    database:   FOREIGN KEY (user_id) REFERENCES accounts_user(id) ON DELETE RESTRICT "
        "DEFERRABLE INITIALLY DEFERRED\n"
        "    migrations: FOREIGN KEY (user_id) REFERENCES accounts_user(id) ON DELETE CASCADE "
        "DEFERRABLE INITIALLY DEFERRED"
    ]


def test_column_type_altered_by_hand(drift):
    assert drift(
        "ALTER TABLE accounts_userprofile ALTER COLUMN display_name TYPE varchar(200)"
    ) == [
        "Column accounts_userprofile.display_name has type character varying(200); "
        "migrations say character varying(100)."
    ]


def test_column_nullability_altered_by_hand(drift):
    assert drift("ALTER TABLE accounts_userprofile ALTER COLUMN bio DROP NOT NULL") == [
        "Column accounts_userprofile.bio is nullable (NULL allowed); migrations say NOT NULL."
    ]


def test_column_default_altered_by_hand(drift):
    assert drift(
        "ALTER TABLE accounts_userprofile ALTER COLUMN bio SET DEFAULT 'hello'",
        "ALTER TABLE accounts_userprofile ALTER COLUMN country DROP DEFAULT",
    ) == [
        "Column accounts_userprofile.bio has default 'hello'::text; migrations say ''::text.",
        "Column accounts_userprofile.country has default none; migrations say ''::character varying.",
    ]


def test_column_added_and_dropped_by_hand(drift):
    assert drift(
        "ALTER TABLE accounts_userprofile ADD COLUMN nickname text",
        "ALTER TABLE accounts_userprofile DROP COLUMN avatar_url",
    ) == [
        "Column accounts_userprofile.avatar_url is missing: migrations add it as character "
        f"varying(500) NOT NULL DEFAULT ''::character varying {FAKE_HINT}.",
        "Column accounts_userprofile.nickname (text NULL) exists but no applied migration adds it.",
    ]


def test_table_created_and_dropped_by_hand(drift):
    assert drift(
        "CREATE TABLE scratch_by_hand (id int PRIMARY KEY)",
        "DROP TABLE accounts_userprofile",
    ) == [
        f"Table accounts_userprofile is missing: the applied migrations create it {FAKE_HINT}.",
        "Table scratch_by_hand exists but no applied migration creates it.",
    ]


def test_trigger_added_by_hand(drift):
    problems = drift(
        "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
        "CREATE TRIGGER apikey_touch BEFORE UPDATE ON accounts_apikey "
        "FOR EACH ROW EXECUTE FUNCTION touch()",
    )
    assert problems == [
        "Trigger apikey_touch on accounts_apikey exists but no applied migration creates it: "
        "CREATE TRIGGER BEFORE UPDATE ON public.accounts_apikey FOR EACH ROW EXECUTE FUNCTION touch().",
        "Function touch() exists but no applied migration creates it.",
    ]


@pytest.mark.django_db
def test_command_reports_clean_database():
    out = []
    call_command(
        "check_schema_drift", stdout=type("W", (), {"write": out.append, "flush": lambda s: None})()
    )
    assert any(line.startswith("No schema drift: the database matches its ") for line in out)


@pytest.mark.django_db
def test_command_exits_non_zero_on_drift(capsys):
    with connection.cursor() as cursor:
        cursor.execute("DROP INDEX user_created_idx")
    with pytest.raises(CommandError, match=r"Schema drift found \(1 difference\(s\)\)") as raised:
        call_command("check_schema_drift")
    assert raised.value.returncode == 1
    out = capsys.readouterr().out
    assert "- Index user_created_idx on accounts_user is missing" in out
