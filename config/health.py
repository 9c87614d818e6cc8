"""GET /health: a real query against the database, JSON with latency and pool state."""

import time

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


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
    started = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any failure to reach the database is a 503
        return JsonResponse(
            {"status": "unavailable", "database": {"ok": False, "error": exc.__class__.__name__}},
            status=503,
        )
    latency_ms = round((time.perf_counter() - started) * 1000, 3)
    try:
        pool = pool_state()
    except Exception:  # pool stats are informative only
        pool = None
    return JsonResponse(
        {"status": "ok", "database": {"ok": True, "latency_ms": latency_ms, "pool": pool}}
    )


# --- GET /health/ready: readiness -------------------------------------------------
# Each check returns (name, payload, ready): the response is 200 when every check
# is ready, else 503, with every payload under its name. Add checks to
# READINESS_CHECKS (e.g. a short-timeout database probe, issue 16).


def check_database() -> tuple[str, dict, bool]:
    started = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:
        return "database", {"ok": False, "error": exc.__class__.__name__}, False
    latency_ms = round((time.perf_counter() - started) * 1000, 3)
    return "database", {"ok": True, "latency_ms": latency_ms}, True


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
