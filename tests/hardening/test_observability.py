"""Request ids, JSON-line logs, the slow-query log and the Prometheus endpoint."""

import io
import json
import logging

import pytest
from django.db import connection
from django.test import Client

from core.logging import JsonFormatter, RequestIdFilter

ME = "/api/v1/accounts/me/"


@pytest.fixture
def json_lines():
    """Records of core.* loggers as the production handler renders them (JSON lines)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("core")
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.INFO)
    try:
        yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


@pytest.mark.django_db
def test_request_id_is_accepted_and_returned(api_client, json_lines):
    response = api_client.get(ME, HTTP_X_REQUEST_ID="lb-7f3a.42")
    assert response["X-Request-ID"] == "lb-7f3a.42"
    access = [r for r in json_lines() if r["logger"] == "core.access"]
    assert access[-1]["request_id"] == "lb-7f3a.42"
    assert access[-1]["status"] == 200
    assert access[-1]["path"] == ME
    assert access[-1]["route"] == "api:accounts-me"
    assert access[-1]["duration_ms"] >= 0


@pytest.mark.django_db
def test_request_id_is_made_when_missing_or_unsafe(api_client):
    made = api_client.get(ME)["X-Request-ID"]
    assert len(made) == 32
    unsafe = api_client.get(ME, HTTP_X_REQUEST_ID="bad id\r\nSet-Cookie: x")["X-Request-ID"]
    assert unsafe != made and " " not in unsafe and len(unsafe) == 32


@pytest.mark.django_db
def test_slow_queries_are_logged_with_their_sql(settings, json_lines, api_client):
    settings.DB_SLOW_QUERY_MS = 20
    with connection.cursor() as cur:
        cur.execute("SELECT pg_sleep(0.05)")
        cur.execute("SELECT 1")
    slow = [r for r in json_lines() if r["logger"] == "core.slow_query"]
    assert len(slow) == 1
    assert slow[0]["sql"] == "SELECT pg_sleep(0.05)"
    assert slow[0]["duration_ms"] >= 50
    assert slow[0]["threshold_ms"] == 20
    assert slow[0]["level"] == "WARNING"


@pytest.mark.django_db
def test_slow_query_log_off_at_zero(settings, json_lines):
    settings.DB_SLOW_QUERY_MS = 0
    with connection.cursor() as cur:
        cur.execute("SELECT pg_sleep(0.02)")
    assert not [r for r in json_lines() if r["logger"] == "core.slow_query"]


@pytest.mark.django_db
def test_metrics_need_staff_or_the_token(settings, api_client, admin_client_logged_in):
    settings.METRICS_TOKEN = "s3cret-token"
    assert Client().get("/metrics").status_code == 403
    assert Client().get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 403
    api_client.get(ME)
    by_token = Client().get("/metrics", HTTP_AUTHORIZATION="Bearer s3cret-token")
    assert by_token.status_code == 200
    text = by_token.content.decode()
    assert 'django_http_requests_total{method="GET",route="api:accounts-me",status="200"}' in text
    assert "django_http_request_duration_seconds_bucket" in text
    assert 'django_db_pool_max_size{alias="default"} 20.0' in text
    assert "django_db_pool_connection_errors" in text
    assert "django_db_slow_queries_total" in text
    assert admin_client_logged_in.get("/metrics").status_code == 200


def test_json_formatter_renders_one_line_with_extras():
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "hello %s", ("you",), None)
    record.request_id = "abc"
    record.status = 503
    line = JsonFormatter().format(record)
    assert "\n" not in line
    body = json.loads(line)
    assert body["message"] == "hello you" and body["request_id"] == "abc"
    assert body["status"] == 503 and body["level"] == "ERROR"


def test_importing_the_urls_creates_no_database_pool():
    """A pool made at import keeps the settings of that moment: the test runner's renamed
    database would then be migrated on the real one (happened: PoolCollector collected
    when registered)."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import django; django.setup(); from django.db import connections; "
        "import config.urls, core.metrics; "
        "print(dict(type(connections['default'])._connection_pools))"
    )
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("PYTEST")}
    env.update(DJANGO_SETTINGS_MODULE="config.settings", DEBUG="1", SECRET_KEY="x" * 40)
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip().splitlines()[-1] == "{}"
