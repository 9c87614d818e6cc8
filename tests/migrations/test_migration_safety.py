"""The migration safety lint rejects unsafe migrations on existing tables and
accepts their safe forms (and unsafe ones explicitly marked reviewed)."""

import io

import pytest
from django.contrib.postgres.operations import (
    AddConstraintNotValid,
    AddIndexConcurrently,
    ValidateConstraint,
)
from django.core.management import call_command
from django.db import migrations, models
from django.db.migrations.loader import MigrationLoader

from core.migration_safety import lint_migration, lint_project, lint_sql


def fill(apps, schema_editor):
    pass


def make(name, *operations, atomic=True, reviewed=None):
    attrs = {
        "operations": list(operations),
        "atomic": atomic,
        "dependencies": [("accounts", "0001_initial_squashed")],
    }
    if reviewed:
        attrs["safety_reviewed"] = reviewed
    return type("Migration", (migrations.Migration,), attrs)(name, "accounts")


@pytest.fixture(scope="module")
def loader():
    return MigrationLoader(None, ignore_no_migrations=True)


@pytest.fixture(scope="module")
def state(loader):
    return loader.project_state(("accounts", "0001_initial_squashed"))


def rules(migration, state, new_tables=None):
    return [(f.rule, f.detail) for f in lint_migration(migration, state, set(new_tables or ()))]


UNSAFE = make(
    "0002_unsafe",
    migrations.AddField("userprofile", "nickname", models.CharField(max_length=20, default="")),
    migrations.AddIndex(
        "userprofile", models.Index(fields=["nickname"], name="profile_nickname_idx")
    ),
    migrations.AddConstraint(
        "userprofile",
        models.CheckConstraint(
            condition=~models.Q(nickname="admin"), name="accounts_userprofile_nick_ok"
        ),
    ),
    migrations.RemoveField("userprofile", "bio"),
    migrations.RenameField("userprofile", "country", "country_code"),
    migrations.AlterField(
        "userprofile",
        "display_name",
        models.CharField(max_length=50, blank=True, default="", db_default=""),
    ),
    migrations.RunPython(fill),
    migrations.DeleteModel("userpreferences"),
)


def test_lint_rejects_each_unsafe_operation(state):
    assert rules(UNSAFE, state) == [
        ("not-null-without-db-default", "accounts_userprofile.nickname"),
        ("index-without-concurrently", "profile_nickname_idx on accounts_userprofile"),
        ("constraint-without-not-valid", "accounts_userprofile_nick_ok on accounts_userprofile"),
        ("drop-column", "accounts_userprofile.bio"),
        ("rename", "accounts_userprofile.country -> country_code"),
        ("alter-column-type", "accounts_userprofile.display_name: varchar(100) -> varchar(50)"),
        ("runpython-without-reverse", "fill() has no reverse_code"),
        ("drop-table", "accounts_userpreferences"),
    ]


def test_lint_rejects_set_not_null_and_a_new_foreign_key(state):
    migration = make(
        "0002_more",
        migrations.AlterField("user", "clerk_id", models.CharField(max_length=255, unique=True)),
        migrations.AddField(
            "apikey",
            "owner",
            models.ForeignKey("accounts.User", models.PROTECT, null=True, related_name="+"),
        ),
    )
    assert rules(migration, state) == [
        ("set-not-null", "accounts_user.clerk_id"),
        ("index-without-concurrently", "index on accounts_user.clerk_id"),  # unique=True is new
        ("constraint-without-not-valid", "foreign key accounts_apikey.owner"),
        ("index-without-concurrently", "index on accounts_apikey.owner"),
    ]


SAFE = [
    make(
        "0002_nickname",
        migrations.AddField(
            "userprofile", "nickname", models.CharField(max_length=20, default="", db_default="")
        ),
        migrations.AlterField(
            "userprofile",
            "display_name",
            models.CharField(max_length=200, blank=True, default="", db_default=""),
        ),
        migrations.RunPython(fill, reverse_code=migrations.RunPython.noop),
    ),
    make(
        "0003_nickname_idx",
        AddIndexConcurrently(
            "userprofile", models.Index(fields=["nickname"], name="profile_nickname_idx")
        ),
        atomic=False,
    ),
    make(
        "0004_nickname_check",
        AddConstraintNotValid(
            "userprofile",
            models.CheckConstraint(
                condition=~models.Q(nickname="admin"), name="accounts_userprofile_nick_ok"
            ),
        ),
    ),
    make(
        "0005_validate_nickname_check",
        ValidateConstraint("userprofile", "accounts_userprofile_nick_ok"),
    ),
    make(
        "0006_clerk_id_not_null",
        migrations.RunSQL(
            [
                "ALTER TABLE accounts_user ADD CONSTRAINT clerk_nn CHECK (clerk_id IS NOT NULL) NOT VALID",
                "ALTER TABLE accounts_user VALIDATE CONSTRAINT clerk_nn",
                "ALTER TABLE accounts_user ALTER COLUMN clerk_id SET NOT NULL",
                "ALTER TABLE accounts_user DROP CONSTRAINT clerk_nn",
            ],
            reverse_sql="ALTER TABLE accounts_user ALTER COLUMN clerk_id DROP NOT NULL",
        ),
    ),
    make(  # the docs' recipe: the database part in SQL, Django's state moved along
        "0007_clerk_id_not_null_with_state",
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    [
                        "ALTER TABLE accounts_user ADD CONSTRAINT clerk_nn CHECK (clerk_id IS NOT NULL) NOT VALID",
                        "ALTER TABLE accounts_user VALIDATE CONSTRAINT clerk_nn",
                        "ALTER TABLE accounts_user ALTER COLUMN clerk_id SET NOT NULL",
                        "ALTER TABLE accounts_user DROP CONSTRAINT clerk_nn",
                    ],
                    reverse_sql="ALTER TABLE accounts_user ALTER COLUMN clerk_id DROP NOT NULL",
                ),
            ],
            state_operations=[
                migrations.AlterField("user", "clerk_id", models.CharField(max_length=255))
            ],
        ),
    ),
    make(
        "0008_apikey_owner",
        migrations.AddField(
            "apikey",
            "owner",
            models.ForeignKey(
                "accounts.User",
                models.PROTECT,
                null=True,
                related_name="+",
                db_constraint=False,
                db_index=False,
            ),
        ),
    ),
]


@pytest.mark.parametrize("migration", SAFE, ids=lambda m: m.name)
def test_lint_accepts_the_safe_forms(state, migration):
    assert rules(migration, state) == []


def test_anything_goes_on_a_table_created_by_a_new_migration(state):
    migration = make(
        "0002_new_table",
        migrations.CreateModel(
            "Badge", [("id", models.BigAutoField(primary_key=True)), ("label", models.TextField())]
        ),
        migrations.AddField("badge", "code", models.CharField(max_length=8, default="x")),
        migrations.AddIndex("badge", models.Index(fields=["code"], name="badge_code_idx")),
        migrations.AddConstraint(
            "badge", models.UniqueConstraint(fields=["code"], name="accounts_badge_code_unique")
        ),
        migrations.RemoveField("badge", "label"),
    )
    assert rules(migration, state) == []


def test_reviewed_findings_pass_with_their_reason(state):
    migration = make(
        "0002_reviewed",
        migrations.AddIndex("apikey", models.Index(fields=["name"], name="apikey_name_idx")),
        reviewed={"index-without-concurrently": "accounts_apikey holds a few hundred rows."},
    )
    [finding] = lint_migration(migration, state, set())
    assert finding.reviewed == "accounts_apikey holds a few hundred rows."
    assert str(finding).startswith(
        "accounts.0002_reviewed operation 1 (Create index apikey_name_idx on field(s) name of model apikey): "
        "[index-without-concurrently] apikey_name_idx on accounts_apikey: builds an index without "
        "CONCURRENTLY on an existing table"
    )


def test_unknown_reviewed_rule_is_an_error(state):
    migration = make("0002_typo", reviewed={"index-concurrently": "typo"})
    with pytest.raises(ValueError, match="unknown rule"):
        lint_migration(migration, state, set())


def test_raw_sql_rules():
    assert lint_sql("CREATE INDEX foo ON accounts_user (status)", set()) == [
        ("index-without-concurrently", "CREATE INDEX foo ON accounts_user (status)")
    ]
    assert lint_sql("CREATE INDEX CONCURRENTLY foo ON accounts_user (status)", set()) == []
    assert lint_sql("CREATE INDEX foo ON brand_new (x)", {"brand_new"}) == []
    assert [
        r
        for r, _ in lint_sql(
            "ALTER TABLE accounts_user ADD CONSTRAINT c CHECK (x > 0); ALTER TABLE accounts_user DROP COLUMN y;"
            "ALTER TABLE accounts_user RENAME COLUMN a TO b; ALTER TABLE accounts_user ALTER COLUMN z TYPE bigint;"
            "ALTER TABLE accounts_user ADD CONSTRAINT u UNIQUE (email); DROP TABLE accounts_apikey",
            set(),
        )
    ] == [
        "constraint-without-not-valid",
        "drop-column",
        "rename",
        "alter-column-type",
        "constraint-without-not-valid",
        "drop-table",
    ]
    assert (
        lint_sql("ALTER TABLE accounts_user ADD CONSTRAINT c CHECK (x > 0) NOT VALID", set()) == []
    )
    assert (
        lint_sql("ALTER TABLE accounts_user ADD CONSTRAINT u UNIQUE USING INDEX u_idx", set()) == []
    )


def test_lint_project_lints_only_migrations_after_the_baseline():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    landed = {key for key in loader.disk_migrations if key[0] == "accounts"}
    [leaf] = loader.graph.leaf_nodes("accounts")
    loader.graph.add_node(("accounts", "0002_unsafe"), UNSAFE)
    loader.graph.add_dependency(UNSAFE, ("accounts", "0002_unsafe"), leaf)
    findings, linted = lint_project(baseline=landed, loader=loader)
    assert ("accounts", "0002_unsafe") in linted
    assert ("accounts", "0001_initial_squashed") not in linted
    assert len([f for f in findings if f.migration == "0002_unsafe"]) == 8
    # Without the baseline, accounts.0001 creates the tables: they are new, so only
    # the RunPython without reverse code is unsafe.
    findings, _ = lint_project(baseline=set(), loader=loader)
    assert [f.rule for f in findings if f.migration == "0002_unsafe"] == [
        "runpython-without-reverse"
    ]


def test_command_passes_on_the_project():
    out = io.StringIO()
    call_command("lint_migrations", stdout=out)
    assert "nothing unsafe" in out.getvalue()
