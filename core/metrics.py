"""Prometheus metrics (prometheus-client): requests, latencies, errors, the DB pool, slow queries.

Served at ``GET /metrics`` (config/urls.py) in the text exposition format, to staff
users or to a caller sending ``Authorization: Bearer <METRICS_TOKEN>``. Each process
keeps its own counters; with several gunicorn workers set ``PROMETHEUS_MULTIPROC_DIR``
(prometheus-client's multiprocess mode) or scrape each worker.
"""

from __future__ import annotations

import hmac
import os

from django.conf import settings
from django.db import connections
from django.http import HttpResponse
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily

REQUESTS = Counter(
    "django_http_requests_total",
    "HTTP requests answered, by method, route and status.",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "django_http_request_duration_seconds",
    "Time to answer an HTTP request, by method and route.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
ERRORS = Counter(
    "django_http_errors_total",
    "Exceptions while answering, by exception class (database outages included).",
    ["exception"],
)
SLOW_QUERIES = Counter(
    "django_db_slow_queries_total",
    "Queries slower than DB_SLOW_QUERY_MS, by database alias.",
    ["alias"],
)


def existing_pool(alias: str):
    """The alias's psycopg pool if one was made, else None.

    Never ``connections[alias].pool``: that property *creates* the pool, with the
    connection settings of the moment (a pool made at import time, before the test
    runner renames the database, would send the test migrations to the real one).
    """
    wrapper = connections[alias]
    return getattr(type(wrapper), "_connection_pools", {}).get(alias)


class PoolCollector:
    """psycopg_pool statistics of each configured database, read at scrape time."""

    def describe(self):
        return []  # registering must not collect (no database work at import)

    def collect(self):
        size = GaugeMetricFamily("django_db_pool_size", "Connections open.", labels=["alias"])
        available = GaugeMetricFamily(
            "django_db_pool_available", "Connections idle in the pool.", labels=["alias"]
        )
        waiting = GaugeMetricFamily(
            "django_db_pool_waiting", "Requests waiting for a connection.", labels=["alias"]
        )
        max_size = GaugeMetricFamily(
            "django_db_pool_max_size", "Most connections the pool opens.", labels=["alias"]
        )
        errors = GaugeMetricFamily(
            "django_db_pool_connection_errors",
            "Failed connection attempts since the pool opened.",
            labels=["alias"],
        )
        timeouts = GaugeMetricFamily(
            "django_db_pool_timeouts",
            "Requests that gave up waiting for a connection.",
            labels=["alias"],
        )
        for alias in connections:
            pool = existing_pool(alias)
            if pool is None:
                continue
            stats = pool.get_stats()
            size.add_metric([alias], stats.get("pool_size", 0))
            available.add_metric([alias], stats.get("pool_available", 0))
            waiting.add_metric([alias], stats.get("requests_waiting", 0))
            max_size.add_metric([alias], pool.max_size)
            errors.add_metric([alias], stats.get("connections_errors", 0))
            timeouts.add_metric([alias], stats.get("requests_errors", 0))
        yield from (size, available, waiting, max_size, errors, timeouts)


REGISTRY.register(PoolCollector())


def _allowed(request) -> bool:
    token = settings.METRICS_TOKEN
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if token and header.startswith("Bearer "):
        return hmac.compare_digest(header.removeprefix("Bearer ").strip(), token)
    # Staff by session: only look at the session when a cookie came (no DB otherwise).
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    try:
        user = request.user
        return bool(user.is_authenticated and user.is_staff)
    except Exception:  # the database is down: no session, no access
        return False


def metrics_view(request):
    if not _allowed(request):
        return HttpResponse(
            "Metrics: staff or Authorization: Bearer <METRICS_TOKEN> only.\n",
            status=403,
            content_type="text/plain",
        )
    registry = REGISTRY
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    return HttpResponse(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)
