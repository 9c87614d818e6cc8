import time

import pytest

import config.health


@pytest.mark.django_db
def test_health_is_liveness_without_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["pool"]["max_size"] == 20


@pytest.mark.django_db
def test_ready_ok_with_live_database(client):
    response = client.get("/health/ready")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["ok"] is True
    assert body["database"]["latency_ms"] >= 0


@pytest.mark.django_db
def test_ready_503_when_database_unreachable(client, monkeypatch, tmp_path):
    """A real connection attempt to a PostgreSQL that is not there (an empty socket dir)."""
    real = config.health.probe_params
    monkeypatch.setattr(
        config.health, "probe_params", lambda ms: {**real(ms), "host": str(tmp_path)}
    )
    started = time.perf_counter()
    response = client.get("/health/ready")
    assert time.perf_counter() - started < 2
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["database"]["ok"] is False
    assert "Traceback" not in response.content.decode()


@pytest.mark.django_db
def test_ready_answers_within_its_bound_when_connect_hangs(client, monkeypatch):
    """A connect that never completes (a listener that never answers) is cut at the bound."""
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)  # accepts the TCP handshake, never speaks PostgreSQL
    port = listener.getsockname()[1]
    real = config.health.probe_params
    monkeypatch.setattr(
        config.health,
        "probe_params",
        lambda ms: {**real(ms), "host": "127.0.0.1", "port": port},
    )
    try:
        started = time.perf_counter()
        response = client.get("/health/ready")
        elapsed = time.perf_counter() - started
    finally:
        listener.close()
    assert response.status_code == 503
    assert response.json()["database"]["error"] == "Timeout"
    assert elapsed < 1.5
