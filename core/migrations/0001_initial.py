"""core: product permissions, CASCADE on auth foreign keys, pg_trgm (issue 14).

Folds core's unreleased 0001-0003 (``replaces``).
"""
import django.contrib.postgres.operations
from django.db import migrations, models


class Migration(migrations.Migration):

    replaces = [('core', '0001_product_access'), ('core', '0002_auth_fk_cascade'), ('core', '0003_trigram_search')]

    initial = True

    dependencies = [
        ('accounts', '0001_initial_squashed'),
        ('admin', '0003_logentry_add_action_flag_choices'),
        ('auth', '0012_alter_user_first_name_max_length'),
    ]

    operations = [
        migrations.CreateModel(
            name='ProductAccess',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
            ],
            options={
                'permissions': [('access_conversations', 'Can use the conversations product'), ('access_ideas', 'Can use the ideas product'), ('access_engagement', 'Can use the engagement product'), ('access_research', 'Can use the research product'), ('access_portfolio', 'Can use the portfolio product')],
                'managed': False,
                'default_permissions': (),
            },
        ),
        migrations.RunSQL(
            sql="\nDO $$\nDECLARE fk text;\nBEGIN\n    SELECT c.conname INTO STRICT fk\n    FROM pg_constraint c\n    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]\n    WHERE c.contype = 'f' AND c.conrelid = 'accounts_user_groups'::regclass\n      AND c.confrelid = 'accounts_user'::regclass AND a.attname = 'user_id'\n      AND array_length(c.conkey, 1) = 1;\n    EXECUTE format(\n        'ALTER TABLE accounts_user_groups DROP CONSTRAINT %I, ADD CONSTRAINT %I FOREIGN KEY (user_id) '\n        'REFERENCES accounts_user (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED',\n        fk, fk\n    );\nEND $$;\n\nDO $$\nDECLARE fk text;\nBEGIN\n    SELECT c.conname INTO STRICT fk\n    FROM pg_constraint c\n    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]\n    WHERE c.contype = 'f' AND c.conrelid = 'accounts_user_groups'::regclass\n      AND c.confrelid = 'auth_group'::regclass AND a.attname = 'group_id'\n      AND array_length(c.conkey, 1) = 1;\n    EXECUTE format(\n        'ALTER TABLE accounts_user_groups DROP CONSTRAINT %I, ADD CONSTRAINT %I FOREIGN KEY (group_id) '\n        'REFERENCES auth_group (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED',\n        fk, fk\n    );\nEND $$;\n\nDO $$\nDECLARE fk text;\nBEGIN\n    SELECT c.conname INTO STRICT fk\n    FROM pg_constraint c\n    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]\n    WHERE c.contype = 'f' AND c.conrelid = 'accounts_user_user_permissions'::regclass\n      AND c.confrelid = 'accounts_user'::regclass AND a.attname = 'user_id'\n      AND array_length(c.conkey, 1) = 1;\n    EXECUTE format(\n        'ALTER TABLE accounts_user_user_permissions DROP CONSTRAINT %I, ADD CONSTRAINT %I FOREIGN KEY (user_id) '\n        'REFERENCES accounts_user (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED',\n        fk, fk\n    );\nEND $$;\n\nDO $$\nDECLARE fk text;\nBEGIN\n    SELECT c.conname INTO STRICT fk\n    FROM pg_constraint c\n    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]\n    WHERE c.contype = 'f' AND c.conrelid = 'accounts_user_user_permissions'::regclass\n      AND c.confrelid = 'auth_permission'::regclass AND a.attname = 'permission_id'\n      AND array_length(c.conkey, 1) = 1;\n    EXECUTE format(\n        'ALTER TABLE accounts_user_user_permissions DROP CONSTRAINT %I, ADD CONSTRAINT %I FOREIGN KEY (permission_id) '\n        'REFERENCES auth_permission (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED',\n        fk, fk\n    );\nEND $$;\n\nDO $$\nDECLARE fk text;\nBEGIN\n    SELECT c.conname INTO STRICT fk\n    FROM pg_constraint c\n    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]\n    WHERE c.contype = 'f' AND c.conrelid = 'django_admin_log'::regclass\n      AND c.confrelid = 'accounts_user'::regclass AND a.attname = 'user_id'\n      AND array_length(c.conkey, 1) = 1;\n    EXECUTE format(\n        'ALTER TABLE django_admin_log DROP CONSTRAINT %I, ADD CONSTRAINT %I FOREIGN KEY (user_id) '\n        'REFERENCES accounts_user (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED',\n        fk, fk\n    );\nEND $$;",
            reverse_sql="\nDO $$\nDECLARE fk text;\nBEGIN\n    SELECT c.conname INTO STRICT fk\n    FROM pg_constraint c\n    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]\n    WHERE c.contype = 'f' AND c.conrelid = 'accounts_user_groups'::regclass\n      AND c.confrelid = 'accounts_user'::regclass AND a.attname = 'user_id'\n      AND array_length(c.conkey, 1) = 1;\n    EXECUTE format(\n        'ALTER TABLE accounts_user_groups DROP CONSTRAINT %I, ADD CONSTRAINT %I FOREIGN KEY (user_id) '\n        'REFERENCES accounts_user (id) ON DELETE NO ACTION DEFERRABLE INITIALLY DEFERRED',\n        fk, fk\n    );\nEND $$;\n\nDO $$\nDECLARE fk text;\nBEGIN\n    SELECT c.conname INTO STRICT fk\n    FROM pg_constraint c\n    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]\n    WHERE c.contype = 'f' AND c.conrelid = 'accounts_user_groups'::regclass\n      AND c.confrelid = 'auth_group'::regclass AND a.attname = 'group_id'\n      AND array_length(c.conkey, 1) = 1;\n    EXECUTE format(\n        'ALTER TABLE accounts_user_groups DROP CONSTRAINT %I, ADD CONSTRAINT %I FOREIGN KEY (group_id) '\n        'REFERENCES auth_group (id) ON DELETE NO ACTION DEFERRABLE INITIALLY DEFERRED',\n        fk, fk\n    );\nEND $$;\n\nDO $$\nDECLARE fk text;\nBEGIN\n    SELECT c.conname INTO STRICT fk\n    FROM pg_constraint c\n    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]\n    WHERE c.contype = 'f' AND c.conrelid = 'accounts_user_user_permissions'::regclass\n      AND c.confrelid = 'accounts_user'::regclass AND a.attname = 'user_id'\n      AND array_length(c.conkey, 1) = 1;\n    EXECUTE format(\n        'ALTER TABLE accounts_user_user_permissions DROP CONSTRAINT %I, ADD CONSTRAINT %I FOREIGN KEY (user_id) '\n        'REFERENCES accounts_user (id) ON DELETE NO ACTION DEFERRABLE INITIALLY DEFERRED',\n        fk, fk\n    );\nEND $$;\n\nDO $$\nDECLARE fk text;\nBEGIN\n    SELECT c.conname INTO STRICT fk\n    FROM pg_constraint c\n    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]\n    WHERE c.contype = 'f' AND c.conrelid = 'accounts_user_user_permissions'::regclass\n      AND c.confrelid = 'auth_permission'::regclass AND a.attname = 'permission_id'\n      AND array_length(c.conkey, 1) = 1;\n    EXECUTE format(\n        'ALTER TABLE accounts_user_user_permissions DROP CONSTRAINT %I, ADD CONSTRAINT %I FOREIGN KEY (permission_id) '\n        'REFERENCES auth_permission (id) ON DELETE NO ACTION DEFERRABLE INITIALLY DEFERRED',\n        fk, fk\n    );\nEND $$;\n\nDO $$\nDECLARE fk text;\nBEGIN\n    SELECT c.conname INTO STRICT fk\n    FROM pg_constraint c\n    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]\n    WHERE c.contype = 'f' AND c.conrelid = 'django_admin_log'::regclass\n      AND c.confrelid = 'accounts_user'::regclass AND a.attname = 'user_id'\n      AND array_length(c.conkey, 1) = 1;\n    EXECUTE format(\n        'ALTER TABLE django_admin_log DROP CONSTRAINT %I, ADD CONSTRAINT %I FOREIGN KEY (user_id) '\n        'REFERENCES accounts_user (id) ON DELETE NO ACTION DEFERRABLE INITIALLY DEFERRED',\n        fk, fk\n    );\nEND $$;",
        ),
        django.contrib.postgres.operations.TrigramExtension(
        ),
    ]
