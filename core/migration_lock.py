"""The lock held around ``manage.py migrate``, and the DDL timeouts it runs with.

Two deploys that start at once run their migrations one after the other: the
second waits (up to MIGRATION_LOCK_WAIT_SECONDS) for the first to finish, then
finds nothing left to do; if the wait runs out it fails with a message naming
the host and process that hold the lock.

Scope of the lock: a *transaction-level* advisory lock
(``pg_try_advisory_xact_lock``) taken in a transaction that stays open, on a
dedicated connection opened outside Django's pool, for the whole run. Why not
a session-level ``pg_advisory_lock``: behind a transaction-mode pooler
(PgBouncer ``pool_mode = transaction``) the client is given a server
connection only for the length of a transaction, so a session-level lock
stays behind on a server connection that the pooler then hands to someone
else (who now "holds" it), and the later ``pg_advisory_unlock`` may run on a
different server connection and release nothing. A transaction-level lock
cannot leak that way: while its transaction is open the pooler keeps the
client pinned to one server connection, and COMMIT/ROLLBACK, a dropped
client or a killed backend all release it. The open transaction has no
snapshot between statements (READ COMMITTED) and no transaction id, so it
holds back neither VACUUM nor ``CREATE INDEX CONCURRENTLY`` (which waits for
every transaction with a snapshot; tests/migrations/test_lock_timeout.py runs
one under the lock).

While waiting, every try runs in its own short transaction, so a waiting
migrate does not sit idle in a transaction.
"""

from __future__ import annotations

import contextlib
import os
import socket
import time

import psycopg

from core.db.connect import connection_params

HOLDER_SQL = """
SELECT a.pid, a.application_name, a.client_addr::text, a.backend_start, a.xact_start
FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND l.database = (
        SELECT oid FROM pg_database WHERE datname = current_database())
  AND l.classid = (%(key)s::bigint >> 32)::oid AND l.objid = (%(key)s::bigint & 4294967295)::oid
  AND l.objsubid = 1
LIMIT 1
"""

# SQLSTATE 55P03 lock_not_available: "canceling statement due to lock timeout".
LOCK_NOT_AVAILABLE = "55P03"


class MigrationLockTimeout(Exception):
    pass


def lock_application_name() -> str:
    """``django-migrate-lock <host> pid <n>``: what a waiting migrate prints about us."""
    name = f"django-migrate-lock {socket.gethostname()} pid {os.getpid()}"
    return name[:63]


def lock_connection_params(alias: str = "default") -> dict:
    return connection_params(alias, application_name=lock_application_name(), autocommit=False)


def describe_holder(conn: psycopg.Connection, key: int) -> str:
    row = conn.execute(HOLDER_SQL, {"key": key}).fetchone()
    if row is None:
        return "an unknown session (it may have just finished)"
    pid, app, addr, _started, xact_start = row
    where = f" from {addr}" if addr else ""
    since = f", holding it since {xact_start:%Y-%m-%d %H:%M:%S%z}" if xact_start else ""
    return f"backend pid {pid} ({app or 'no application_name'}{where}{since})"


@contextlib.contextmanager
def advisory_xact_lock(
    *,
    key: int,
    wait_seconds: float,
    busy,
    name: str = "the lock",
    alias: str = "default",
    application_name: str | None = None,
    poll: float = 0.5,
    log=None,
):
    """Hold ``pg_advisory_xact_lock(key)`` on a dedicated connection for the body.

    Waits at most ``wait_seconds`` (0: one try); then raises ``busy(holder)``, an
    exception built from a description of the session that holds the lock. Safe
    behind a transaction-mode pooler (see the module docstring). Yields the
    lock's connection.
    """
    params = connection_params(
        alias, application_name=application_name or lock_application_name(), autocommit=False
    )
    conn = psycopg.connect(**params)
    try:
        deadline = time.monotonic() + wait_seconds
        announced = False
        while True:
            # Each try is a transaction of its own; the one that gets the lock stays open.
            conn.execute("SET LOCAL idle_in_transaction_session_timeout = 0")
            # The key is written into the SQL, not bound: a bound parameter leaves an
            # open portal whose snapshot would keep our xmin, and CREATE INDEX
            # CONCURRENTLY in the migration would then wait for us forever.
            got = conn.execute(f"SELECT pg_try_advisory_xact_lock({int(key)})").fetchone()[0]
            if got:
                break
            holder = describe_holder(conn, key)
            conn.rollback()
            if time.monotonic() >= deadline:
                raise busy(holder)
            if log and not announced:
                log(f"Waiting for {name} held by {holder} …")
                announced = True
            time.sleep(poll)
        yield conn
        # The lock must still be ours when the run ends; if a pooler or an
        # idle timeout killed the connection, say so loudly.
        try:
            conn.execute("SELECT 1")
        except psycopg.Error as exc:
            if log:
                log(f"Warning: the connection holding {name} was lost during the run ({exc}).")
    finally:
        with contextlib.suppress(Exception):
            conn.rollback()  # releases the transaction-level lock
        conn.close()


@contextlib.contextmanager
def migration_lock(
    *, key: int, wait_seconds: float, alias: str = "default", poll: float = 0.5, log=None
):
    """Hold the migration lock for the body; wait at most ``wait_seconds``."""

    def busy(holder: str) -> MigrationLockTimeout:
        return MigrationLockTimeout(
            f"Another migrate holds the migration lock (advisory lock {key}): {holder}. "
            f"Gave up after waiting {wait_seconds:g} s (MIGRATION_LOCK_WAIT_SECONDS or "
            f"--lock-wait). Nothing was migrated; run migrate again once it has finished."
        )

    with advisory_xact_lock(
        key=key,
        wait_seconds=wait_seconds,
        busy=busy,
        name="the migration lock",
        alias=alias,
        poll=poll,
        log=log,
    ) as conn:
        yield conn


def is_lock_timeout(exc: BaseException) -> bool:
    """True for PostgreSQL's lock_timeout error, however Django wrapped it."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if getattr(exc, "sqlstate", None) == LOCK_NOT_AVAILABLE:
            return True
        exc = exc.__cause__ or exc.__context__
    return False


@contextlib.contextmanager
def ddl_timeouts(connection, *, lock_timeout: str, statement_timeout: str):
    """Run every statement on ``connection`` with these ``lock_timeout`` / ``statement_timeout``.

    Inside a transaction (an atomic migration) the values are set with
    ``set_config(..., is_local => true)`` before its first statement, so they end
    with the transaction (safe behind a transaction-mode pooler). Outside one
    (``atomic = False`` migrations: CREATE INDEX CONCURRENTLY) they are set for
    the session and reset when the block ends. CONCURRENTLY statements run
    without a lock_timeout: their waits block no writer, and a timed-out one
    leaves an INVALID index behind.
    """
    sql = "SELECT set_config('lock_timeout', %s, %s), set_config('statement_timeout', %s, %s)"
    # What was set last, and where: (lock timeout, the atomic blocks it was set in).
    # A local setting lasts while those blocks are open (a rolled-back savepoint or a
    # new transaction changes the list, so the setting is sent again): once per
    # migration, not once per statement (issue 14).
    last: dict = {}

    def wrapper(execute, statement, params, many, context):
        conn = context["connection"]
        local = conn.in_atomic_block
        # A CONCURRENTLY build/drop waits for older transactions, but holding only
        # SHARE UPDATE EXCLUSIVE it blocks no writer meanwhile: let it wait.
        concurrent = isinstance(statement, str) and "CONCURRENTLY" in statement.upper()
        timeout = "0" if concurrent else lock_timeout
        blocks = tuple(conn.atomic_blocks) if local else ()
        seen = last.get("blocks")
        still_inside = (
            seen is not None
            and last.get("local") == local
            and len(blocks) >= len(seen)
            and all(a is b for a, b in zip(blocks, seen, strict=False))
            and last.get("session") is conn.connection
        )
        if not (still_inside and last.get("timeout") == timeout):
            context["cursor"].cursor.execute(sql, [timeout, local, statement_timeout, local])
            last.update(blocks=blocks, local=local, timeout=timeout, session=conn.connection)
        return execute(statement, params, many, context)

    try:
        with connection.execute_wrapper(wrapper):
            yield
    finally:
        if connection.connection is not None:
            with contextlib.suppress(Exception), connection.cursor() as cursor:
                if not connection.in_atomic_block:
                    cursor.execute("RESET lock_timeout")
                    cursor.execute("RESET statement_timeout")
