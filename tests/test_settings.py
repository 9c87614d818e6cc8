import pytest
from django.conf import settings
from django.db import connection


@pytest.mark.django_db
def test_every_connection_has_the_statement_timeout():
    with connection.cursor() as cur:
        cur.execute("SHOW statement_timeout")
        assert cur.fetchone()[0] == "30s"


def test_pool_is_sized_from_the_environment_with_health_checks():
    pool = settings.DATABASES["default"]["OPTIONS"]["pool"]
    assert pool["max_size"] == 20
    assert callable(pool["check"])
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


@pytest.mark.django_db
def test_server_version_is_supported():
    assert 150000 <= connection.pg_version < 190000
