"""A raw-SQL delete of a user (another service, no Django) cascades through the auth tables."""

import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from tests.accounts.factories import StaffUserFactory

pytestmark = pytest.mark.django_db

TABLES = {
    "accounts_user_groups": "user_id",
    "accounts_user_user_permissions": "user_id",
    "django_admin_log": "user_id",
}


def count(table, column, value):
    with connection.cursor() as cur:
        cur.execute(f"SELECT count(*) FROM {table} WHERE {column} = %s", [value])
        return cur.fetchone()[0]


def test_raw_delete_of_an_admin_user_cascades_to_groups_permissions_and_admin_log():
    user = StaffUserFactory()
    group = Group.objects.create(name="editors")
    user.groups.add(group)
    user.user_permissions.add(Permission.objects.get(codename="view_group"))
    LogEntry.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(Group),
        object_id=str(group.pk),
        object_repr="editors",
        action_flag=ADDITION,
    )
    for table, column in TABLES.items():
        assert count(table, column, user.pk) == 1, table
    with connection.cursor() as cur:
        cur.execute("DELETE FROM accounts_user WHERE id = %s", [user.pk])
        cur.execute("SET CONSTRAINTS ALL IMMEDIATE")  # Django's FKs are deferred
    for table, column in TABLES.items():
        assert count(table, column, user.pk) == 0, table
    assert Group.objects.filter(pk=group.pk).exists()  # the group itself stays


def test_raw_delete_of_a_group_or_permission_cascades_to_memberships():
    user = StaffUserFactory()
    group = Group.objects.create(name="auditors")
    permission = Permission.objects.get(codename="change_group")
    user.groups.add(group)
    user.user_permissions.add(permission)
    with connection.cursor() as cur:
        cur.execute("DELETE FROM auth_group WHERE id = %s", [group.pk])
        cur.execute("DELETE FROM auth_group_permissions WHERE permission_id = %s", [permission.pk])
        cur.execute("DELETE FROM auth_permission WHERE id = %s", [permission.pk])
        cur.execute("SET CONSTRAINTS ALL IMMEDIATE")
    assert count("accounts_user_groups", "user_id", user.pk) == 0
    assert count("accounts_user_user_permissions", "user_id", user.pk) == 0


def test_the_foreign_keys_say_on_delete_cascade_in_the_catalog():
    with connection.cursor() as cur:
        cur.execute(
            """
            SELECT conrelid::regclass::text, pg_get_constraintdef(oid)
            FROM pg_constraint
            WHERE contype = 'f' AND conrelid::regclass::text = ANY(%s)
              AND confrelid::regclass::text IN ('accounts_user', 'auth_group', 'auth_permission')
            """,
            [list(TABLES)],
        )
        rows = cur.fetchall()
    assert len(rows) == 5
    for table, definition in rows:
        assert "ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED" in definition, (table, definition)
