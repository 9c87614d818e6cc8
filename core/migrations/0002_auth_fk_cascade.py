"""Django's auth tables that reference a user cascade in PostgreSQL too (ON DELETE CASCADE).

Django creates the foreign keys of the user's group and permission through tables and of
the admin log with no database-level action and emulates the cascade in Python, so a
raw-SQL ``DELETE FROM accounts_user`` by another service was refused for any user who is
in a group, holds a direct permission or has admin log entries. This migration rebuilds
those foreign keys (found in the catalog by table, column and referenced table, so their
generated names need not be spelled here) with ON DELETE CASCADE, keeping the name and
Django's DEFERRABLE INITIALLY DEFERRED. The group/permission side of the two through
tables cascades too. Reversing it restores NO ACTION.
"""

from django.db import migrations

# (table, column, referenced table)
FOREIGN_KEYS = [
    ("accounts_user_groups", "user_id", "accounts_user"),
    ("accounts_user_groups", "group_id", "auth_group"),
    ("accounts_user_user_permissions", "user_id", "accounts_user"),
    ("accounts_user_user_permissions", "permission_id", "auth_permission"),
    ("django_admin_log", "user_id", "accounts_user"),
]


def rebuild(action: str) -> str:
    statements = []
    for table, column, target in FOREIGN_KEYS:
        statements.append(
            f"""
DO $$
DECLARE fk text;
BEGIN
    SELECT c.conname INTO STRICT fk
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'f' AND c.conrelid = '{table}'::regclass
      AND c.confrelid = '{target}'::regclass AND a.attname = '{column}'
      AND array_length(c.conkey, 1) = 1;
    EXECUTE format(
        'ALTER TABLE {table} DROP CONSTRAINT %I, ADD CONSTRAINT %I FOREIGN KEY ({column}) '
        'REFERENCES {target} (id) ON DELETE {action} DEFERRABLE INITIALLY DEFERRED',
        fk, fk
    );
END $$;"""
        )
    return "\n".join(statements)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_product_access"),
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("admin", "0003_logentry_add_action_flag_choices"),
    ]

    operations = [
        migrations.RunSQL(sql=rebuild("CASCADE"), reverse_sql=rebuild("NO ACTION")),
    ]
