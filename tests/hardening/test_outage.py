"""A real PostgreSQL stops under a running gunicorn: 503s within 2 s, then recovery."""

from pathlib import Path

import pytest
from django.db import connection

from tests.hardening.outage import measure

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_database_outage_answers_503_fast_and_recovers():
    result = measure(ROOT, connection.settings_dict, rounds=3)
    assert result["before"]["api"]["status"] == 401  # the key lookup ran
    assert result["before"]["ready"]["status"] == 200
    for round_ in result["down"]:
        for name in ("api", "api-list"):
            answer = round_[name]
            assert answer["status"] == 503, (name, answer)
            assert answer["content_type"].startswith("application/json"), answer
            assert '"code": "database_unavailable"' in answer["body"], answer
            assert answer["retry_after"] == "5"
            assert answer["seconds"] < 2, answer
        admin = round_["admin"]
        assert admin["status"] == 503 and admin["content_type"].startswith("text/html"), admin
        assert "Service unavailable" in admin["body"] and admin["seconds"] < 2, admin
        assert round_["ready"]["status"] == 503 and round_["ready"]["seconds"] < 2
        assert round_["live"]["status"] == 200 and round_["live"]["seconds"] < 2
    assert result["recovered_after_seconds"] is not None, result["after"]
    assert result["recovered_after_seconds"] < 10
    assert result["gunicorn_alive"]
