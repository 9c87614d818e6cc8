from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app shares and the project's machinery (commands, catalog, docs)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "Platform"
