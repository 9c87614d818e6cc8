"""django.contrib.admin with the staff site (core/admin_site.py) as ``admin.site``.

A module of its own: core/apps.py keeps one AppConfig (CoreConfig), which Django picks
for "core" without a ``default`` flag."""

from django.contrib.admin.apps import AdminConfig


class StaffAdminConfig(AdminConfig):
    default_site = "core.admin_site.StaffAdminSite"
