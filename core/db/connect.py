"""The one place that turns ``settings.DATABASES`` into psycopg/libpq connection arguments.

For connections Django does not manage: the migration lock's dedicated session,
CREATE/DROP DATABASE (which cannot run in a transaction), scratch databases, and
``manage.py`` subprocesses pointed at another database on the same server.
"""

from __future__ import annotations

from urllib.parse import quote

from django.db import DEFAULT_DB_ALIAS, connections

# Django-only keys of get_connection_params(): adapters, cursor class, prepared statements.
_DJANGO_ONLY = ("context", "cursor_factory", "prepare_threshold")


def connection_params(alias: str = DEFAULT_DB_ALIAS, **overrides) -> dict:
    """``psycopg.connect(**connection_params())`` kwargs for the alias (a fresh session, no pool).

    ``overrides`` replace or add libpq/psycopg arguments, e.g. ``dbname="postgres"``,
    ``autocommit=True``, ``application_name="..."``.
    """
    params = connections[alias].get_connection_params()
    for key in _DJANGO_ONLY:
        params.pop(key, None)
    # No prepared statements (psycopg prepares a query after 5 runs): behind a
    # transaction-mode pooler (PgBouncer) the next transaction may get another
    # server session, where "_pg3_0" does not exist (a waiting migrate's polls).
    params["prepare_threshold"] = None
    params.update(overrides)
    return params


def database_url(dbname: str, alias: str = DEFAULT_DB_ALIAS) -> str:
    """A ``DATABASE_URL`` for ``dbname`` on the alias's server, with its user and password."""
    s = connections[alias].settings_dict
    host = s["HOST"] or ""
    user = quote(s["USER"] or "", safe="")
    password = quote(s["PASSWORD"] or "", safe="")
    if host.startswith("/"):  # unix socket directory
        return f"postgres://{user}:{password}@/{dbname}?host={quote(host, safe='')}"
    port = f":{s['PORT']}" if s["PORT"] else ""
    return f"postgres://{user}:{password}@{host}{port}/{dbname}"
