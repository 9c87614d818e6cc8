"""/health/ready without replicas (the normal suite); with a replica: test_replica.py."""

import pytest

import config.health


@pytest.mark.django_db
def test_ready_without_replicas(client):
    response = client.get("/health/ready")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["database"]["ok"] is True
    assert response.json()["replicas"] == {}


@pytest.mark.django_db
def test_ready_is_503_when_a_check_fails(client, monkeypatch):
    def failing():
        return "database", {"ok": False, "error": "OperationalError"}, False

    monkeypatch.setattr(config.health, "READINESS_CHECKS", [failing])
    response = client.get("/health/ready")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": {"ok": False, "error": "OperationalError"},
    }
