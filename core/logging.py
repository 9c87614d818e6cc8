"""Structured logs: one JSON object per line, carrying the request id.

``RequestIdMiddleware`` (core.middleware) sets the id for the request being served;
every record logged while it runs carries it (``request_id``), through a contextvar,
so it works under threads and asyncio alike. ``JsonFormatter`` renders the record.
"""

from __future__ import annotations

import contextvars
import datetime
import json
import logging
import time

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "request_id", default=None
)

# LogRecord attributes that are not "extra" fields.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


class RequestIdFilter(logging.Filter):
    """Adds ``record.request_id`` (None outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class JsonFormatter(logging.Formatter):
    """``{"time", "level", "logger", "message", "request_id", ...extra, "exc"}`` on one line."""

    def format(self, record: logging.LogRecord) -> str:
        body = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None) or request_id_var.get(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in body and not key.startswith("_"):
                body[key] = value
        if record.exc_info:
            body["exc"] = self.formatException(record.exc_info)
        return json.dumps(body, default=str, ensure_ascii=False)


slow_query_log = logging.getLogger("core.slow_query")


def slow_query_wrapper(execute, sql, params, many, context):
    """A connection execute wrapper: log (and count) queries slower than DB_SLOW_QUERY_MS."""
    from django.conf import settings

    threshold = settings.DB_SLOW_QUERY_MS
    if not threshold:
        return execute(sql, params, many, context)
    started = time.perf_counter()
    try:
        return execute(sql, params, many, context)
    finally:
        elapsed_ms = (time.perf_counter() - started) * 1000
        if elapsed_ms >= threshold:
            from core import metrics

            alias = context["connection"].alias
            metrics.SLOW_QUERIES.labels(alias).inc()
            slow_query_log.warning(
                "slow query: %.1f ms",
                elapsed_ms,
                extra={
                    "duration_ms": round(elapsed_ms, 2),
                    "threshold_ms": threshold,
                    "alias": alias,
                    "sql": str(sql)[:2000],
                    "many": many,
                },
            )


def install_slow_query_wrapper(sender, connection, **kwargs):
    """``connection_created`` receiver: every database connection gets the wrapper once.

    Inserted first, not appended: a connection can be created inside a
    ``connection.execute_wrapper(...)`` block, whose exit pops the *last* wrapper.
    """
    if slow_query_wrapper not in connection.execute_wrappers:
        connection.execute_wrappers.insert(0, slow_query_wrapper)
