from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app shares and the project's machinery (commands, catalog, docs)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "Platform"

    def ready(self):
        from django.core import checks

        from core.checks import check_api_scopes

        checks.register(check_api_scopes, checks.Tags.security, checks.Tags.urls)
