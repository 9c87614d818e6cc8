"""The test toolkit: raw SQL, and rejections asserted by constraint name.

Raw SQL is written the way another service writes these tables, so a test built
on it proves PostgreSQL, not Django's validation::

    run_sql("UPDATE portfolio_basket SET name = %s WHERE id = %s", ["x", pk])
    assert_sql_rejected("portfolio_basket_name_not_blank",
                        "UPDATE portfolio_basket SET name = '' WHERE id = %s", [pk])
    with rejected("research_definition_no_cycle"):   # several statements
        run_sql(...)
        run_sql(...)

``rejected`` / ``assert_sql_rejected`` with a literal constraint name (directly or
in the ``parametrize`` table of the test) is what ``tests/test_constraint_coverage.py``
counts as the raw-SQL rejection test of that constraint or trigger.
"""

import re
from contextlib import contextmanager

import pytest
from django.db import IntegrityError, connection, transaction

IMMEDIATE = "SET CONSTRAINTS ALL IMMEDIATE"


def run_sql(sql: str, params=(), *, immediate: bool = False):
    """Run one raw statement; return its rows (a list of tuples) when it has any.

    ``immediate`` fires the deferred checks (Django's foreign keys, constraint
    triggers) at once, as the test's transaction never commits.
    """
    with connection.cursor() as cur:
        cur.execute(sql, params)
        rows = cur.fetchall() if cur.description else None
        if immediate:
            cur.execute(IMMEDIATE)
    return rows


def insert_sql(table: str, values: dict, returning: str = "id") -> tuple[str, list]:
    """``INSERT INTO table (columns) VALUES (...) RETURNING ...`` for ``values``
    (every other column gets its database default) and its parameters."""
    columns = ", ".join(f'"{column}"' for column in values)
    placeholders = ", ".join(["%s"] * len(values))
    sql = f'INSERT INTO "{table}" ({columns}) VALUES ({placeholders}) RETURNING {returning}'
    return sql, list(values.values())


def insert_row(table: str, **values):
    """INSERT one row with only ``values`` in raw SQL; return its id."""
    [(pk,)] = run_sql(*insert_sql(table, values))
    return pk


def copy_row_sql(table: str, pk, **overrides: str) -> tuple[str, list]:
    """``INSERT ... SELECT`` that copies row ``pk`` of ``table`` but its id (a new one
    from the default) and the ``overrides`` (SQL expressions by column)."""
    with connection.cursor() as cur:
        columns = [c.name for c in connection.introspection.get_table_description(cur, table)]
    columns = [c for c in columns if c != "id"]
    select = ", ".join(overrides.get(c, c) for c in columns)
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select} FROM {table} WHERE id = %s",
        [pk],
    )


def table_of(constraint: str) -> str:
    """The table of one of our constraints: they are named ``<app>_<model>_<rule>``
    (STYLE.md) and the table ``<app>_<model>``."""
    return "_".join(constraint.split("_")[:2])


def refused_by(exc: BaseException) -> str | None:
    """The constraint PostgreSQL names in the error (``diag.constraint_name``), if any."""
    diag = getattr(exc.__cause__, "diag", None)
    return getattr(diag, "constraint_name", None)


def _error_text(exc: BaseException) -> str:
    """The error's message and, for errors raised in PL/pgSQL, its context (which
    names the trigger function that raised it)."""
    diag = getattr(exc.__cause__, "diag", None)
    context = getattr(diag, "context", None) or ""
    return f"{exc}\n{context}"


@contextmanager
def rejected(
    constraint: str | None = None,
    *,
    match: str | None = None,
    error=IntegrityError,
    immediate: bool = False,
):
    """The raw SQL run in the block must be refused by PostgreSQL with ``error``.

    ``constraint`` is the exact name PostgreSQL reports (``diag.constraint_name``:
    CHECK, UNIQUE, exclusion, and triggers that RAISE ... USING CONSTRAINT). Where the
    error names no constraint (a trigger raising a bare message), ``constraint`` must
    stand in the message or in the PL/pgSQL context (the raising function's name).
    ``match`` is a regular expression the message must contain, for refusals that name
    no rule of ours (NOT NULL, type overflow, foreign keys with generated names).

    The block runs in a savepoint, and deferred checks are fired before it ends, so
    the test's own transaction stays usable afterwards. ``immediate`` fires them as
    each statement runs instead (a DELETE of a row still referenced is then reported
    as such, not later as the referencing row's broken foreign key).
    """
    assert constraint or match, "name the constraint (or give match=) the refusal must show"
    with pytest.raises(error) as info, transaction.atomic():
        if immediate:
            run_sql(IMMEDIATE)
        yield
        run_sql(IMMEDIATE)
    exc = info.value
    if constraint:
        named = refused_by(exc)
        if named is not None:
            assert named == constraint, f"refused by {named!r}, expected {constraint!r}: {exc}"
        else:
            assert constraint in _error_text(exc), f"{constraint!r} not named in: {exc}"
    if match:
        assert re.search(match, str(exc)), f"{match!r} not found in: {exc}"


def assert_sql_rejected(constraint: str | None, sql: str, params=(), **expected) -> None:
    """Run raw ``sql``; PostgreSQL must refuse it naming ``constraint``.

    ``expected``: ``match``, ``error`` and ``immediate``, as for ``rejected``.
    """
    with rejected(constraint, **expected):
        run_sql(sql, params)


def count_queries(client, url, params=None) -> int:
    """The number of queries a GET of ``url`` issues (it must answer 200)."""
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    assert response.status_code == 200, response.status_code
    return len(ctx.captured_queries)


def changelist_query_counts(client, url, make, *, small: int = 5, large: int = 50):
    """The queries of a GET of ``url`` with ``small`` rows made (``make()`` each), then
    with ``large``: a changelist whose cost does not grow with its rows gives the same two."""
    for _ in range(small):
        make()
    with_small = count_queries(client, url)
    for _ in range(large - small):
        make()
    return with_small, count_queries(client, url)


def factory_for(model):
    """The factory of ``model``: ``<Model>Factory`` in ``tests/<app_label>/factories.py``."""
    from importlib import import_module

    module = import_module(f"tests.{model._meta.app_label}.factories")
    return getattr(module, f"{model.__name__}Factory")


def client_for(user):
    """A DRF test client authenticated as ``user`` (force_authenticate: no auth queries)."""
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(user=user)
    return client


def server_url(database: str) -> str:
    """A DATABASE_URL for ``database`` on the server the tests use (for subprocesses)."""
    from core.db.connect import database_url

    return database_url(database)


def run_sql_autocommit(sql: str) -> None:
    """Run a statement outside any transaction (CREATE / DROP DATABASE)."""
    import psycopg

    from core.db.connect import connection_params

    with psycopg.connect(**connection_params(dbname="postgres", autocommit=True)) as conn:
        conn.execute(sql)


@contextmanager
def scratch_database(prefix: str, *, template: str | None = None):
    """A new, empty database named ``<prefix>_<random>`` for a subprocess to use;
    dropped (connections forced off) afterwards."""
    import uuid

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    run_sql_autocommit(f'CREATE DATABASE "{name}"' + (f" TEMPLATE {template}" if template else ""))
    try:
        yield name
    finally:
        run_sql_autocommit(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def project_env(**overrides) -> dict:
    """The environment for a ``manage.py`` subprocess."""
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update({"DEBUG": "1", "SECRET_KEY": "test-only-insecure-key"})
    env.update(overrides)
    return env
