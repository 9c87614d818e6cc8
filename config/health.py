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
