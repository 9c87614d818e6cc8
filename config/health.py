"""GET /health: liveness (no database); GET /health/ready: readiness, the database within a bound."""

import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

import psycopg
from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

# Readiness probes the database on a connection of its own (never the request pool, which
# may be exhausted or waiting out an outage), in a worker thread so the answer comes
# within HEALTH_DB_TIMEOUT_SECONDS even when a connect hangs (libpq's floor is 2 s).
_probe_threads = ThreadPoolExecutor(max_workers=2, thread_name_prefix="health-probe")


def probe_params(timeout_ms: int) -> dict:
    """psycopg.connect() kwargs for the probe: the default database, outside the pool."""
    from core.db.connect import connection_params

    params = connection_params(connect_timeout=2, application_name="health-ready", autocommit=False)
    params.pop("pool", None)
    # No startup "options": a transaction-mode PgBouncer refuses them. The probe's
    # statement_timeout is SET LOCAL in its one transaction instead (_probe).
    params.pop("options", None)
    return params


def _probe(params: dict, timeout_ms: int) -> None:
    with psycopg.connect(**params) as conn:
        conn.execute(f"SET LOCAL statement_timeout = {timeout_ms}")
        conn.execute("SELECT 1").fetchone()
        conn.rollback()


def probe_database(timeout: float | None = None) -> tuple[dict, bool]:
    timeout = settings.HEALTH_DB_TIMEOUT_SECONDS if timeout is None else timeout
    started = time.perf_counter()
    try:
        timeout_ms = max(1, int(timeout * 1000))
        _probe_threads.submit(_probe, probe_params(timeout_ms), timeout_ms).result(timeout=timeout)
    except FutureTimeout:
        return {"ok": False, "error": "Timeout", "timeout_seconds": timeout}, False
    except Exception as exc:
        return {"ok": False, "error": exc.__class__.__name__}, False
    return {"ok": True, "latency_ms": round((time.perf_counter() - started) * 1000, 3)}, True


def pool_state() -> dict | None:
    pool = getattr(connection, "pool", None)
    if pool is None:
        return None
    stats = pool.get_stats()
    return {
        "min_size": pool.min_size,
        "max_size": pool.max_size,
        "size": stats.get("pool_size", 0),
        "available": stats.get("pool_available", 0),
        "waiting": stats.get("requests_waiting", 0),
    }


@never_cache
@require_GET
def health(request):
    """Liveness: the process answers. No database (readiness is /health/ready)."""
    try:
        pool = pool_state()
    except Exception:  # pool stats are informative only
        pool = None
    return JsonResponse({"status": "ok", "pool": pool})


# --- GET /health/ready: readiness -------------------------------------------------
# Each check returns (name, payload, ready): the response is 200 when every check
# is ready, else 503, with every payload under its name.


def check_database() -> tuple[str, dict, bool]:
    payload, ok = probe_database()
    return "database", payload, ok


def check_replicas() -> tuple[str, dict, bool]:
    """Each replica's lag, checked now. A lagging or down replica is not a failure:
    reads fall back to the primary, so readiness stays green ("degraded" in status)."""
    from config.db_router import health as replica_health
    from config.db_router import replica_aliases

    states = {alias: replica_health.check(alias).as_dict() for alias in replica_aliases()}
    return "replicas", states, True


READINESS_CHECKS = [check_database, check_replicas]


@never_cache
@require_GET
def ready(request):
    body: dict = {}
    ready_all = True
    for check in READINESS_CHECKS:
        name, payload, ok = check()
        body[name] = payload
        ready_all = ready_all and ok
    replicas = body.get("replicas") or {}
    degraded = any(not r["in_rotation"] for r in replicas.values())
    status = "unavailable" if not ready_all else ("degraded" if degraded else "ok")
    return JsonResponse({"status": status, **body}, status=200 if ready_all else 503)
