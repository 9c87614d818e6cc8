"""An advisory lock held around ``manage.py migrate``.

Two deploys that start at once run their migrations one after the other: the
second waits (up to MIGRATION_LOCK_WAIT_SECONDS) for the first to finish, then
finds nothing left to do. The lock is taken on a dedicated connection, opened
outside Django's pool, so it is held for the command's whole run whatever the
migration executor does with Django's own connection.
"""

from __future__ import annotations

import contextlib
import time

import psycopg
from django.db import connections

HOLDER_SQL = """
SELECT a.pid, a.application_name, a.client_addr::text, a.backend_start, a.query
FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted
  AND l.classid = (%(key)s >> 32)::int AND l.objid = (%(key)s & 4294967295)::bigint::oid
LIMIT 1
"""


class MigrationLockTimeout(Exception):
    pass


def lock_connection_params(alias: str = "default") -> dict:
    params = connections[alias].get_connection_params()
    params.pop("context", None)
    params.pop("cursor_factory", None)
    params.pop("prepare_threshold", None)
    params["application_name"] = "django-migrate-lock"
    params["autocommit"] = True
    return params


def describe_holder(conn: psycopg.Connection, key: int) -> str:
    row = conn.execute(HOLDER_SQL, {"key": key}).fetchone()
    if row is None:
        return "an unknown session"
    pid, app, addr, started, _query = row
    where = f" from {addr}" if addr else ""
    return f"backend pid {pid} ({app or 'no application_name'}{where}, connected since {started:%Y-%m-%d %H:%M:%S%z})"


@contextlib.contextmanager
def migration_lock(*, key: int, wait_seconds: float, alias: str = "default", poll: float = 0.5, log=None):
    """Hold ``pg_advisory_lock(key)`` for the body; wait at most ``wait_seconds``."""
    conn = psycopg.connect(**lock_connection_params(alias))
    try:
        deadline = time.monotonic() + wait_seconds
        announced = False
        while True:
            got = conn.execute("SELECT pg_try_advisory_lock(%s)", [key]).fetchone()[0]
            if got:
                break
            holder = describe_holder(conn, key)
            if time.monotonic() >= deadline:
                raise MigrationLockTimeout(
                    f"Another migrate holds the migration lock (advisory lock {key}): {holder}. "
                    f"Gave up after waiting {wait_seconds:g} s."
                )
            if log and not announced:
                log(f"Waiting for the migration lock held by {holder} …")
                announced = True
            time.sleep(poll)
        yield
    finally:
        with contextlib.suppress(Exception):
            conn.execute("SELECT pg_advisory_unlock_all()")
        conn.close()
