"""Fixtures for the scale-out tests (replica routing on a real streaming replica).

Tests marked ``replica`` need the cluster of scripts/scaleout_cluster.py
(``make test-replica`` or .ci/scaleout start it and set SCALEOUT_CLUSTER_DIR and
DATABASE_REPLICA_URLS before Django loads its settings); without it they skip,
so the normal ``make test`` does not run them.
"""

import os
import sys
import time
from pathlib import Path

import psycopg
import pytest
from django.conf import settings

from core.db.connect import connection_params

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from scaleout_cluster import Cluster  # noqa: E402

REPLICA = "replica_1"


def pytest_collection_modifyitems(config, items):
    up = bool(os.environ.get("SCALEOUT_CLUSTER_DIR")) and bool(settings.DATABASE_REPLICA_ALIASES)
    skip = pytest.mark.skip(reason="needs the primary + replica cluster: make test-replica")
    for item in items:
        if "replica" in item.keywords and not up:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def cluster():
    return Cluster(os.environ["SCALEOUT_CLUSTER_DIR"])


def direct(alias: str) -> psycopg.Connection:
    """A connection of our own to ``alias``'s server (the test database on it)."""
    return psycopg.connect(**connection_params(alias, autocommit=True))


def wait_for_replay(timeout: float = 15.0) -> float:
    """Wait until the replica has replayed everything the primary wrote so far; seconds taken."""
    started = time.monotonic()
    with direct("default") as primary, direct(REPLICA) as replica:
        target = primary.execute("SELECT pg_current_wal_insert_lsn()").fetchone()[0]
        while True:
            done = replica.execute(
                "SELECT pg_wal_lsn_diff(pg_last_wal_replay_lsn(), %s) >= 0", [target]
            ).fetchone()[0]
            if done:
                return time.monotonic() - started
            if time.monotonic() - started > timeout:
                raise AssertionError(f"replica did not replay up to {target} in {timeout}s")
            time.sleep(0.02)


# Relation locks the startup process holds on behalf of replayed, not yet committed WAL.
REPLAY_LOCKS = """
    SELECT count(*) FROM pg_locks
    WHERE locktype = 'relation' AND mode = 'AccessExclusiveLock'
      AND pid = (SELECT pid FROM pg_stat_activity WHERE backend_type = 'startup')
"""


@pytest.fixture
def replica_health(settings):
    """Fresh replica health state, checked on every read unless a test says otherwise."""
    from config.db_router import health

    settings.REPLICA_HEALTH_CHECK_SECONDS = 0
    health.reset()
    yield health
    health.reset()


@pytest.fixture
def paused_replay():
    """WAL replay paused on the replica for the test (lag that grows as the primary writes).

    Replay is paused only at a point where it holds no relation lock: a pause between a
    replayed ``AccessExclusiveLock`` (the previous test's flush TRUNCATE, an autovacuum
    truncation) and its commit would block every read of that table on the replica.
    """
    for _attempt in range(50):
        wait_for_replay()
        with direct(REPLICA) as replica:
            replica.execute("SELECT pg_wal_replay_pause()")
            # "pause requested" becomes "paused" before the next record is applied; an idle
            # replica (no WAL arriving) may stay "requested", which applies nothing either.
            for _ in range(100):
                state = replica.execute("SELECT pg_get_wal_replay_pause_state()").fetchone()[0]
                if state == "paused":
                    break
                time.sleep(0.01)
            held = replica.execute(REPLAY_LOCKS).fetchone()[0]
            if not held:
                break
            replica.execute("SELECT pg_wal_replay_resume()")
    else:
        raise AssertionError("replay kept holding relation locks; cannot pause it cleanly")
    try:
        yield
    finally:
        with direct(REPLICA) as replica:
            replica.execute("SELECT pg_wal_replay_resume()")
        wait_for_replay()
