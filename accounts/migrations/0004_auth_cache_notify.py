"""Tell every worker's API-key cache (accounts.authentication) at once when a key, a
user or a product grant changes: AFTER triggers ``pg_notify('api_auth', ...)``.

A notification is delivered when the writing transaction commits, so a rolled-back
revoke invalidates nothing. Payloads: ``key:<prefix>``, ``user:<id>``, ``all``.
Any change to a user row counts (the cached user is request.user: a renamed user must
not show the old name on the next request).
"""

from django.db import migrations

CHANNEL = "api_auth"

FUNCTIONS = f"""
CREATE FUNCTION accounts_notify_api_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', 'key:' || OLD.prefix);
    RETURN NULL;
END $$;
CREATE FUNCTION accounts_notify_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', 'user:' || OLD.id);
    RETURN NULL;
END $$;
CREATE FUNCTION accounts_notify_grant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pg_notify('{CHANNEL}', 'user:' || NEW.user_id);
    ELSE
        PERFORM pg_notify('{CHANNEL}', 'user:' || OLD.user_id);
    END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION accounts_notify_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', 'all');
    RETURN NULL;
END $$;
"""

TRIGGERS = """
CREATE TRIGGER apikey_auth_notify
    AFTER UPDATE OF prefix, key_hash, user_id, expires_at, revoked_at, products, read_only
    OR DELETE ON accounts_apikey FOR EACH ROW EXECUTE FUNCTION accounts_notify_api_key();
CREATE TRIGGER user_auth_notify
    AFTER UPDATE OR DELETE ON accounts_user
    FOR EACH ROW EXECUTE FUNCTION accounts_notify_user();
CREATE TRIGGER user_permissions_auth_notify
    AFTER INSERT OR UPDATE OR DELETE ON accounts_user_user_permissions
    FOR EACH ROW EXECUTE FUNCTION accounts_notify_grant();
CREATE TRIGGER user_groups_auth_notify
    AFTER INSERT OR UPDATE OR DELETE ON accounts_user_groups
    FOR EACH ROW EXECUTE FUNCTION accounts_notify_grant();
CREATE TRIGGER group_permissions_auth_notify
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON auth_group_permissions
    FOR EACH STATEMENT EXECUTE FUNCTION accounts_notify_all();
"""

DROP = """
DROP TRIGGER IF EXISTS group_permissions_auth_notify ON auth_group_permissions;
DROP TRIGGER IF EXISTS user_groups_auth_notify ON accounts_user_groups;
DROP TRIGGER IF EXISTS user_permissions_auth_notify ON accounts_user_user_permissions;
DROP TRIGGER IF EXISTS user_auth_notify ON accounts_user;
DROP TRIGGER IF EXISTS apikey_auth_notify ON accounts_apikey;
DROP FUNCTION IF EXISTS accounts_notify_all();
DROP FUNCTION IF EXISTS accounts_notify_grant();
DROP FUNCTION IF EXISTS accounts_notify_user();
DROP FUNCTION IF EXISTS accounts_notify_api_key();
"""


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_apikey_products_read_only"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunSQL(FUNCTIONS + TRIGGERS, DROP)]
