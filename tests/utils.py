"""Small helpers shared by the test modules."""

from contextlib import contextmanager

import pytest
from django.db import IntegrityError, transaction


@contextmanager
def rejected(constraint: str):
    """The statement(s) in the block must be refused by PostgreSQL naming ``constraint``."""
    with pytest.raises(IntegrityError, match=constraint), transaction.atomic():
        yield


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


def project_env(**overrides) -> dict:
    """The environment for a ``manage.py`` subprocess."""
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update({"DEBUG": "1", "SECRET_KEY": "test-only-insecure-key"})
    env.update(overrides)
    return env


def assert_sql_rejected(constraint: str, sql: str, params=(), error=IntegrityError) -> None:
    """Run raw ``sql``; PostgreSQL must refuse it naming ``constraint``.

    Deferred checks (Django's foreign keys, constraint triggers) are made to fire
    inside the block with SET CONSTRAINTS ALL IMMEDIATE, since the test's own
    transaction never commits.
    """
    from django.db import connection

    with pytest.raises(error, match=constraint), transaction.atomic():
        with connection.cursor() as cur:
            cur.execute(sql, params)
            cur.execute("SET CONSTRAINTS ALL IMMEDIATE")
