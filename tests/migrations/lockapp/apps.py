from django.apps import AppConfig


class LockappConfig(AppConfig):
    """A test-only app whose migrations the migrate/drift tests run in subprocesses."""

    name = "tests.migrations.lockapp"
    label = "lockapp"
    default_auto_field = "django.db.models.BigAutoField"
