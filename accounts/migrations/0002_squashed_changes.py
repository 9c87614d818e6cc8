"""The changes made after the landed migrations, folded into one (issue 14).

Takes a database at the landed state (``0001_initial_squashed``) to the current
one; the unreleased migrations it folds are in ``replaces``, so a development
database that applied all of them counts this one as applied.
"""
import core.db.operations
import django.contrib.postgres.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    safety_reviewed = {
        "constraint-without-not-valid": "accounts_apikey holds one row per issued key "
        "(thousands at most), and every existing row has the empty default; the check is instant.",
    }

    replaces = [('accounts', '0002_constraint_messages'), ('accounts', '0003_apikey_products_read_only'), ('accounts', '0004_auth_cache_notify')]

    dependencies = [
        ('accounts', '0001_initial_squashed'),
        ('auth', '0012_alter_user_first_name_max_length'),
    ]

    operations = [
        core.db.operations.AlterConstraints(
            constraints={'apikey': [models.CheckConstraint(condition=models.Q(('prefix__regex', '^[A-Za-z0-9]{8,16}$')), name='accounts_apikey_prefix_format', violation_error_message='A key prefix is 8 to 16 letters or digits.'), models.CheckConstraint(condition=models.Q(('key_hash', ''), _negated=True), name='accounts_apikey_key_hash_not_blank', violation_error_message='Key hash cannot be blank.'), models.CheckConstraint(condition=models.Q(('name', ''), _negated=True), name='accounts_apikey_name_not_blank', violation_error_message='Name cannot be blank.')], 'user': [models.CheckConstraint(condition=models.Q(('clerk_id__isnull', True), models.Q(('clerk_id', ''), _negated=True), _connector='OR'), name='accounts_user_clerk_id_not_blank', violation_error_message='Clerk id cannot be blank.'), models.CheckConstraint(condition=models.Q(('status__in', ['pending_verification', 'active', 'suspended', 'deactivated'])), name='accounts_user_status_valid', violation_error_message='Status must be one of: pending_verification, active, suspended, deactivated.')], 'userpreferences': [models.CheckConstraint(condition=models.Q(('theme__in', ['system', 'light', 'dark'])), name='accounts_userpreferences_theme_valid', violation_error_message='Theme must be one of: system, light, dark.'), models.CheckConstraint(condition=models.Q(('language__regex', '^[a-z]{2}(-[A-Z]{2})?$')), name='accounts_userpreferences_language_format', violation_error_message='Language is an ISO 639-1 code, optionally with a region (en, pt-BR).')], 'userprofile': [models.CheckConstraint(condition=models.Q(('risk_tolerance__in', ['conservative', 'moderate', 'aggressive'])), name='accounts_userprofile_risk_tolerance_valid', violation_error_message='Risk tolerance must be one of: conservative, moderate, aggressive.'), models.CheckConstraint(condition=models.Q(('investment_experience__in', ['none', 'beginner', 'intermediate', 'advanced'])), name='accounts_userprofile_experience_valid', violation_error_message='Investment experience must be one of: none, beginner, intermediate, advanced.'), models.CheckConstraint(condition=models.Q(('kyc_status__in', ['not_started', 'pending', 'verified', 'rejected'])), name='accounts_userprofile_kyc_status_valid', violation_error_message='Kyc status must be one of: not_started, pending, verified, rejected.')]},
        ),
        migrations.AddField(
            model_name='apikey',
            name='products',
            field=django.contrib.postgres.fields.ArrayField(base_field=models.CharField(choices=[('conversations', 'conversations'), ('ideas', 'ideas'), ('engagement', 'engagement'), ('research', 'research'), ('portfolio', 'portfolio')], max_length=32), blank=True, db_default=[], default=list, help_text="Narrows the key to these products; empty: all of its user's products."),
        ),
        migrations.AddField(
            model_name='apikey',
            name='read_only',
            field=models.BooleanField(db_default=False, default=False, help_text='GET/HEAD/OPTIONS only.'),
        ),
        migrations.AddConstraint(
            model_name='apikey',
            constraint=models.CheckConstraint(condition=models.Q(('products__contained_by', ['conversations', 'ideas', 'engagement', 'research', 'portfolio'])), name='accounts_apikey_products_valid', violation_error_message='Unknown product; products are conversations, ideas, engagement, research, portfolio.'),
        ),
        migrations.RunSQL(
            sql="\nCREATE FUNCTION accounts_notify_api_key() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    PERFORM pg_notify('api_auth', 'key:' || OLD.prefix);\n    RETURN NULL;\nEND $$;\nCREATE FUNCTION accounts_notify_user() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    PERFORM pg_notify('api_auth', 'user:' || OLD.id);\n    RETURN NULL;\nEND $$;\nCREATE FUNCTION accounts_notify_grant() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    IF TG_OP = 'INSERT' THEN\n        PERFORM pg_notify('api_auth', 'user:' || NEW.user_id);\n    ELSE\n        PERFORM pg_notify('api_auth', 'user:' || OLD.user_id);\n    END IF;\n    RETURN NULL;\nEND $$;\nCREATE FUNCTION accounts_notify_all() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    PERFORM pg_notify('api_auth', 'all');\n    RETURN NULL;\nEND $$;\n\nCREATE TRIGGER apikey_auth_notify\n    AFTER UPDATE OF prefix, key_hash, user_id, expires_at, revoked_at, products, read_only\n    OR DELETE ON accounts_apikey FOR EACH ROW EXECUTE FUNCTION accounts_notify_api_key();\nCREATE TRIGGER user_auth_notify\n    AFTER UPDATE OR DELETE ON accounts_user\n    FOR EACH ROW EXECUTE FUNCTION accounts_notify_user();\nCREATE TRIGGER user_permissions_auth_notify\n    AFTER INSERT OR UPDATE OR DELETE ON accounts_user_user_permissions\n    FOR EACH ROW EXECUTE FUNCTION accounts_notify_grant();\nCREATE TRIGGER user_groups_auth_notify\n    AFTER INSERT OR UPDATE OR DELETE ON accounts_user_groups\n    FOR EACH ROW EXECUTE FUNCTION accounts_notify_grant();\nCREATE TRIGGER group_permissions_auth_notify\n    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON auth_group_permissions\n    FOR EACH STATEMENT EXECUTE FUNCTION accounts_notify_all();\n",
            reverse_sql='\nDROP TRIGGER IF EXISTS group_permissions_auth_notify ON auth_group_permissions;\nDROP TRIGGER IF EXISTS user_groups_auth_notify ON accounts_user_groups;\nDROP TRIGGER IF EXISTS user_permissions_auth_notify ON accounts_user_user_permissions;\nDROP TRIGGER IF EXISTS user_auth_notify ON accounts_user;\nDROP TRIGGER IF EXISTS apikey_auth_notify ON accounts_apikey;\nDROP FUNCTION IF EXISTS accounts_notify_all();\nDROP FUNCTION IF EXISTS accounts_notify_grant();\nDROP FUNCTION IF EXISTS accounts_notify_user();\nDROP FUNCTION IF EXISTS accounts_notify_api_key();\n',
        ),
    ]
