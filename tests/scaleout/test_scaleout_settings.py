"""Settings for replicas and PgBouncer, read in a fresh interpreter per environment."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRINT = """
import json, config.settings as s
print(json.dumps({"databases": s.DATABASES, "routers": s.DATABASE_ROUTERS if hasattr(s, "DATABASE_ROUTERS") else [],
                  "middleware": s.MIDDLEWARE}, default=str))
"""


def settings_with(**env) -> dict:
    base = {"DEBUG": "1", "SECRET_KEY": "x", "DATABASE_URL": "postgres://u@db.internal/app"}
    out = subprocess.run(
        [sys.executable, "-c", PRINT],
        cwd=ROOT,
        env={**base, **env, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_no_replicas_no_router_no_middleware():
    s = settings_with()
    assert list(s["databases"]) == ["default"]
    assert s["routers"] == []
    assert not any("ReplicaRouting" in m for m in s["middleware"])
    assert "statement_timeout=30000" in s["databases"]["default"]["OPTIONS"]["options"]


def test_each_replica_url_is_an_alias_routed_to_with_fail_over():
    s = settings_with(
        DATABASE_REPLICA_URLS="postgres://u@r1.internal/app,postgres://u@r2.internal/app"
    )
    assert list(s["databases"]) == ["default", "replica_1", "replica_2"]
    r1 = s["databases"]["replica_1"]
    assert r1["HOST"] == "r1.internal" and r1["ENGINE"] == "config.replica_backend"
    assert r1["TEST"] == {"MIRROR": "default"}
    assert "pool" not in r1["OPTIONS"] and r1["OPTIONS"]["connect_timeout"] == 2
    assert s["routers"] == ["config.db_router.PrimaryReplicaRouter"]
    assert s["middleware"][0] == "config.db_router.ReplicaRoutingMiddleware"


def test_pgbouncer_mode_sends_no_startup_options_and_no_server_side_cursors():
    s = settings_with(DB_POOLER="pgbouncer")
    default = s["databases"]["default"]
    assert default["DISABLE_SERVER_SIDE_CURSORS"] is True
    assert "options" not in default["OPTIONS"]


@pytest.mark.parametrize("value", ["pgpool", "yes"])
def test_an_unknown_pooler_is_refused(value):
    out = subprocess.run(
        [sys.executable, "-c", "import config.settings"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"DEBUG": "1", "DATABASE_URL": "postgres://u@h/app", "DB_POOLER": value},
    )
    assert out.returncode != 0 and "DB_POOLER must be empty or 'pgbouncer'" in out.stderr
