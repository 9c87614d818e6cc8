import pytest
from django.db import connections
from django.db.utils import ConnectionHandler

import config.health


@pytest.mark.django_db
def test_health_ok_with_live_database(client):
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["ok"] is True
    assert body["database"]["latency_ms"] >= 0
    assert body["database"]["pool"]["max_size"] == 20


@pytest.mark.django_db
def test_health_503_when_database_unreachable(client, monkeypatch, tmp_path):
    """A real connection attempt to a PostgreSQL that is not there (an empty socket dir)."""
    settings_dict = {**connections["default"].settings_dict}
    settings_dict["HOST"] = str(tmp_path)  # no server listens here
    settings_dict["OPTIONS"] = {
        k: v for k, v in settings_dict["OPTIONS"].items() if k != "pool"
    } | {"connect_timeout": 2}
    handler = ConnectionHandler({"default": settings_dict})
    monkeypatch.setattr(config.health, "connection", handler["default"])
    try:
        response = client.get("/health")
    finally:
        handler["default"].close()
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["database"]["ok"] is False
    assert "Traceback" not in response.content.decode()
