from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app shares and the project's machinery (commands, catalog, docs)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "Platform"

    def ready(self):
        from django.core import checks
        from django.db.backends.signals import connection_created

        from core.checks import check_api_scopes
        from core.logging import install_slow_query_wrapper

        checks.register(check_api_scopes, checks.Tags.security, checks.Tags.urls)
        # The slow-query log (DB_SLOW_QUERY_MS) on every connection Django opens.
        connection_created.connect(install_slow_query_wrapper, dispatch_uid="core.slow_query")
