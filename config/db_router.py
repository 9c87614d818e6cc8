"""Read replicas: reads go to a healthy replica, everything else to the primary.

Configured by ``DATABASE_REPLICA_URLS`` (docs/scale-out.md); with none, the
router and middleware are not installed and every query uses ``default``.

Where a read goes (:meth:`PrimaryReplicaRouter.db_for_read`):

* the primary, outside a *routing scope*. The scope is opened by
  :class:`ReplicaRoutingMiddleware` for each request (or by
  :func:`replica_scope` in code that wants replica reads, e.g. a report), so
  management commands, migrations and shells always read the primary;
* the primary when the scope is pinned: unsafe methods (POST, PUT, PATCH,
  DELETE), the admin, a request carrying the read-your-writes marker (cookie
  or header, set on the response of a request that wrote, valid for
  ``REPLICA_STICKY_SECONDS``), and the rest of a request once it has written;
* the primary inside a transaction on the primary (``in_atomic_block``), so a
  transaction sees its own writes. ``select_for_update()``, ``get_or_create()``
  and every save/update/delete are writes (``db_for_write``): the primary;
* otherwise a replica in rotation, round robin. A replica is in rotation while
  its last health check (at most every ``REPLICA_HEALTH_CHECK_SECONDS``, in the
  background, on a connection of its own with ``REPLICA_CONNECT_TIMEOUT``) found it in recovery
  with a replay lag at most ``REPLICA_MAX_LAG_SECONDS``. With none in
  rotation, reads use the primary. A replica that refuses a connection
  between two checks is taken out at once and that connection is opened to the
  primary instead (config/replica_backend), so no request fails.
"""

from __future__ import annotations

import contextlib
import contextvars
import itertools
import logging
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

import psycopg
from django.conf import settings
from django.db import connections
from django.http import HttpRequest, HttpResponse

from core.db.connect import connection_params

log = logging.getLogger(__name__)

PRIMARY = "default"

# Lag: 0 when everything received is replayed (an idle primary does not look
# like lag), else the age of the last replayed transaction. backlog_bytes:
# WAL received but not yet replayed.
LAG_SQL = """
SELECT pg_is_in_recovery(),
       CASE WHEN NOT pg_is_in_recovery() THEN NULL
            WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
            ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0)
       END::float8,
       COALESCE(pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()), 0)::bigint
"""


def replica_aliases() -> list[str]:
    return list(settings.DATABASE_REPLICA_ALIASES)


# --- routing scope ------------------------------------------------------------


@dataclass
class Scope:
    pinned: bool = False  # reads use the primary for the whole scope
    wrote: bool = False  # a write was routed in this scope (then reads pin too)


_scope: contextvars.ContextVar[Scope | None] = contextvars.ContextVar("db_scope", default=None)


@contextlib.contextmanager
def replica_scope(*, pinned: bool = False):
    """Reads in the block may use a replica (unless ``pinned``); yields the Scope."""
    scope = Scope(pinned=pinned)
    token = _scope.set(scope)
    try:
        yield scope
    finally:
        _scope.reset(token)


@contextlib.contextmanager
def use_primary():
    """Reads in the block use the primary."""
    scope = _scope.get()
    if scope is None:
        yield
        return
    before = scope.pinned
    scope.pinned = True
    try:
        yield
    finally:
        scope.pinned = before


# --- replica health -------------------------------------------------------------


@dataclass
class ReplicaState:
    alias: str
    in_rotation: bool = False
    reachable: bool = False
    in_recovery: bool | None = None
    lag_seconds: float | None = None
    backlog_bytes: int | None = None
    error: str | None = None
    checked_at: str | None = None
    check_ms: float | None = None
    checked_monotonic: float = field(default=0.0, repr=False)

    def as_dict(self) -> dict:
        data = asdict(self)
        data.pop("checked_monotonic")
        return data


def _probe_params(alias: str, timeout: float) -> dict:
    return connection_params(
        alias,
        connect_timeout=max(2, int(timeout)),  # libpq: below 2 counts as 2
        autocommit=True,
        application_name="django-replica-health",
    )


class ReplicaHealth:
    """Per-process cache of each replica's state, refreshed at most every N seconds."""

    def __init__(self):
        self._states: dict[str, ReplicaState] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self._generation = 0  # bumped by reset(): late background results are dropped

    def _lock(self, alias: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(alias, threading.Lock())

    def check(self, alias: str, generation: int | None = None) -> ReplicaState:
        """Probe ``alias`` now (own connection, bounded by REPLICA_CONNECT_TIMEOUT)."""
        state = ReplicaState(alias=alias)
        started = time.perf_counter()
        try:
            params = _probe_params(alias, settings.REPLICA_CONNECT_TIMEOUT)
            with psycopg.connect(**params) as conn:
                conn.execute(
                    "SELECT set_config('statement_timeout', %s, false)",
                    [f"{settings.REPLICA_CONNECT_TIMEOUT}s"],
                )
                in_recovery, lag, backlog = conn.execute(LAG_SQL).fetchone()
            state.reachable = True
            state.in_recovery = in_recovery
            state.lag_seconds = None if lag is None else round(lag, 3)
            state.backlog_bytes = backlog
            if not in_recovery:
                state.error = "not in recovery (promoted?): out of rotation"
            elif lag > settings.REPLICA_MAX_LAG_SECONDS:
                state.error = f"lag {lag:.1f}s > REPLICA_MAX_LAG_SECONDS"
            else:
                state.in_rotation = True
        except Exception as exc:  # unreachable or broken: out of rotation
            state.error = f"{exc.__class__.__name__}: {str(exc).strip()[:200]}"
        state.check_ms = round((time.perf_counter() - started) * 1000, 1)
        state.checked_at = datetime.now(UTC).isoformat()
        state.checked_monotonic = time.monotonic()
        previous = self._states.get(alias)
        if previous is not None and previous.in_rotation != state.in_rotation:
            log.warning(
                "replica %s %s rotation (%s)",
                alias,
                "back in" if state.in_rotation else "out of",
                state.error or f"lag {state.lag_seconds}s",
            )
        if generation is None or generation == self._generation:
            self._states[alias] = state
        return state

    def state(self, alias: str) -> ReplicaState:
        """The cached state, re-checked when older than REPLICA_HEALTH_CHECK_SECONDS.

        The first check of a replica runs inline (callers wait for it); later
        ones run in a background thread, one at a time, and callers meanwhile
        use the previous state. A refused connection takes a replica out at
        once (``mark_down``, from the replica backend).
        """
        state = self._states.get(alias)
        fresh = (
            state is not None
            and time.monotonic() - state.checked_monotonic < settings.REPLICA_HEALTH_CHECK_SECONDS
        )
        if fresh:
            return state
        lock = self._lock(alias)
        if not lock.acquire(blocking=state is None):
            return state  # another thread is checking
        if state is None:
            try:
                return self.check(alias)
            finally:
                lock.release()

        generation = self._generation

        def refresh():
            try:
                self.check(alias, generation)
            finally:
                lock.release()

        # Refresh in the background, so no request waits for a probe (up to
        # REPLICA_CONNECT_TIMEOUT when a replica host does not answer at all).
        threading.Thread(target=refresh, name=f"replica-health-{alias}", daemon=True).start()
        return state

    def mark_down(self, alias: str, exc: BaseException) -> None:
        log.warning("replica %s refused a connection, out of rotation: %s", alias, exc)
        self._states[alias] = ReplicaState(
            alias=alias,
            error=f"{exc.__class__.__name__}: {str(exc).strip()[:200]}",
            checked_at=datetime.now(UTC).isoformat(),
            checked_monotonic=time.monotonic(),
        )

    def in_rotation(self) -> list[str]:
        return [alias for alias in replica_aliases() if self.state(alias).in_rotation]

    def reset(self) -> None:
        self._generation += 1
        self._states.clear()


health = ReplicaHealth()


# --- the router ---------------------------------------------------------------------


class PrimaryReplicaRouter:
    _turn = itertools.count()

    def db_for_read(self, model, **hints):
        scope = _scope.get()
        if scope is None or scope.pinned or scope.wrote:
            return PRIMARY
        if connections[PRIMARY].in_atomic_block:
            return PRIMARY
        replicas = health.in_rotation()
        if not replicas:
            return PRIMARY
        return replicas[next(self._turn) % len(replicas)]

    def db_for_write(self, model, **hints):
        scope = _scope.get()
        if scope is not None:
            scope.wrote = True
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        return True  # every alias is the same database

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


# --- the middleware --------------------------------------------------------------------

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
MARKER_HEADER = "X-DB-Primary-Until"


def marked_until(request: HttpRequest) -> float | None:
    """The read-your-writes marker's expiry (unix time), from the header or the cookie."""
    raw = request.headers.get(MARKER_HEADER) or request.COOKIES.get(settings.REPLICA_STICKY_COOKIE)
    try:
        until = float(raw)
    except (TypeError, ValueError):
        return None
    now = time.time()
    # A marker can only ask for the primary, and never for longer than the window.
    if now < until <= now + settings.REPLICA_STICKY_SECONDS + 1:
        return until
    return None


class ReplicaRoutingMiddleware:
    """Opens a routing scope per request; pins unsafe methods, the admin and marked clients."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        pinned = (
            request.method not in SAFE_METHODS
            or request.path.startswith(settings.REPLICA_PRIMARY_PATHS)
            or marked_until(request) is not None
        )
        with replica_scope(pinned=pinned) as scope:
            response = self.get_response(request)
        if scope.wrote:
            until = int(time.time() + settings.REPLICA_STICKY_SECONDS) + 1
            response[MARKER_HEADER] = str(until)
            response.set_cookie(
                settings.REPLICA_STICKY_COOKIE,
                str(until),
                max_age=int(settings.REPLICA_STICKY_SECONDS) + 1,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
