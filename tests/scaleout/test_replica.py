"""Read replicas on a real streaming replica (scripts/scaleout_cluster.py).

Everything here commits for real (transactional_db), since a replica only sees
committed data; ``Group`` names are unique per test.
"""

import time
import uuid

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import close_old_connections, connections, transaction
from django.test.utils import CaptureQueriesContext

from config.db_router import MARKER_HEADER, replica_scope
from core.schema_drift import compare, snapshot
from tests.scaleout.conftest import REPLICA, direct, wait_for_replay

pytestmark = [
    pytest.mark.replica,
    pytest.mark.django_db(transaction=True, databases=["default", REPLICA]),
    pytest.mark.urls("tests.scaleout.urls"),
]


def name() -> str:
    return f"g-{uuid.uuid4().hex[:10]}"


def in_recovery(alias: str) -> bool:
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery()")
        return cursor.fetchone()[0]


def test_the_cluster_is_a_primary_and_a_streaming_replica():
    assert in_recovery("default") is False
    assert in_recovery(REPLICA) is True
    with direct("default") as primary:
        state = primary.execute("SELECT state FROM pg_stat_replication").fetchone()
    assert state == ("streaming",)


def test_reads_go_to_the_replica_and_writes_to_the_primary(client, replica_health):
    group = name()
    with CaptureQueriesContext(connections[REPLICA]) as on_replica:
        created = client.post("/groups/", {"name": group}, content_type="application/json")
    assert created.status_code == 201
    assert not any("INSERT" in q["sql"] for q in on_replica.captured_queries)
    with direct("default") as primary:
        assert primary.execute("SELECT 1 FROM auth_group WHERE name = %s", [group]).fetchone()

    wait_for_replay()
    fresh = type(client)()  # no read-your-writes cookie
    with CaptureQueriesContext(connections[REPLICA]) as on_replica:
        body = fresh.get("/groups/").json()
    assert body["alias"] == REPLICA and body["in_recovery"] is True
    assert group in body["names"]
    assert any("auth_group" in q["sql"] for q in on_replica.captured_queries)


def test_transactions_select_for_update_and_commands_use_the_primary(replica_health):
    Group.objects.create(name=name())
    wait_for_replay()
    with replica_scope():
        with CaptureQueriesContext(connections["default"]) as on_primary:
            assert Group.objects.exists()  # outside a transaction: the replica
        assert not on_primary.captured_queries
        with transaction.atomic(), CaptureQueriesContext(connections["default"]) as on_primary:
            Group.objects.exists()
            list(Group.objects.select_for_update()[:1])
        assert sum("auth_group" in q["sql"] for q in on_primary.captured_queries) == 2
    # Outside a request scope (commands, shells) every read uses the primary.
    with CaptureQueriesContext(connections[REPLICA]) as on_replica:
        assert Group.objects.exists()
    assert not on_replica.captured_queries


def test_read_your_writes_under_replication_lag(client, settings, replica_health, paused_replay):
    settings.REPLICA_MAX_LAG_SECONDS = 3600  # keep the lagging replica in rotation
    group = name()
    created = client.post("/groups/", {"name": group}, content_type="application/json")
    assert created.status_code == 201
    until = float(created[MARKER_HEADER])
    assert created.cookies[settings.REPLICA_STICKY_COOKIE].value == str(int(until))
    assert until - time.time() <= settings.REPLICA_STICKY_SECONDS + 1

    # The lag is real: a client without the marker reads the replica, which lacks the row.
    stale = type(client)().get("/groups/").json()
    assert stale["in_recovery"] is True and group not in stale["names"]
    # The writer (cookie) reads its write from the primary ...
    own = client.get("/groups/").json()
    assert own["in_recovery"] is False and group in own["names"]
    # ... and so does a client that sends the marker as a header instead.
    header = type(client)().get("/groups/", headers={MARKER_HEADER: str(until)}).json()
    assert header["in_recovery"] is False and group in header["names"]
    # A marker cannot pin for longer than the window.
    forever = type(client)().get("/groups/", headers={MARKER_HEADER: str(time.time() + 86400)})
    assert forever.json()["in_recovery"] is True


def test_a_replica_past_the_lag_limit_leaves_rotation(
    client, settings, replica_health, paused_replay
):
    settings.REPLICA_MAX_LAG_SECONDS = 1
    group = name()
    time.sleep(1.2)  # the last replayed transaction is now older than the limit
    Group.objects.create(name=group)  # WAL the paused replica receives but does not replay
    # Health checks run in the background: within a few requests the replica is out of
    # rotation, every request answers, and the row is read from the primary.
    started = time.monotonic()
    while True:
        response = type(client)().get("/groups/")
        assert response.status_code == 200
        if not response.json()["in_recovery"]:
            break
        assert group not in response.json()["names"]
        assert time.monotonic() - started < 10, "the lagging replica stayed in rotation"
        time.sleep(0.05)
    assert group in response.json()["names"]
    state = replica_health.state(REPLICA)
    assert state.in_rotation is False and state.lag_seconds > 1
    assert "REPLICA_MAX_LAG_SECONDS" in state.error
    print(f"\nlagging replica out of rotation {time.monotonic() - started:.2f} s after the write")


def test_health_ready_reports_replica_lag(settings, replica_health):
    from django.test import Client

    settings.ROOT_URLCONF = "config.urls"
    response = Client().get("/health/ready")
    assert response.status_code == 200
    body = response.json()
    replica = body["replicas"][REPLICA]
    assert body["status"] == "ok" and body["database"]["ok"] is True
    assert replica["in_rotation"] is True and replica["in_recovery"] is True
    assert replica["lag_seconds"] >= 0 and replica["backlog_bytes"] >= 0


def test_a_stopped_replica_degrades_to_the_primary_without_a_failed_request(
    client, settings, cluster, replica_health
):
    from django.test import Client

    Group.objects.create(name=(group := name()))
    wait_for_replay()
    assert type(client)().get("/groups/").json()["in_recovery"] is True
    settings.REPLICA_HEALTH_CHECK_SECONDS = 3600  # the cached state still says "in rotation"
    cluster.stop("replica")
    try:
        latencies = []
        for _ in range(20):
            started = time.perf_counter()
            response = type(client)().get("/groups/")
            latencies.append(time.perf_counter() - started)
            assert response.status_code == 200
            assert response.json()["in_recovery"] is False
            assert group in response.json()["names"]
        assert replica_health.state(REPLICA).in_rotation is False
        settings.ROOT_URLCONF = "config.urls"
        ready = Client().get("/health/ready")
        assert ready.status_code == 200 and ready.json()["status"] == "degraded"
        assert ready.json()["replicas"][REPLICA]["reachable"] is False
        print(
            f"\nfallback: first request {latencies[0] * 1000:.1f} ms, "
            f"then at most {max(latencies[1:]) * 1000:.1f} ms"
        )
    finally:
        cluster.start("replica")
    settings.REPLICA_HEALTH_CHECK_SECONDS = 0
    started = time.monotonic()
    while not replica_health.state(REPLICA).in_rotation:
        assert time.monotonic() - started < 30, "replica did not come back into rotation"
        time.sleep(0.1)
    print(f"back in rotation {time.monotonic() - started:.2f} s after start")
    settings.ROOT_URLCONF = "tests.scaleout.urls"
    # End of request (the test client skips it): the fallback connection to the primary
    # is closed (close_at), so the next request connects to the replica again.
    close_old_connections()
    assert type(client)().get("/groups/").json()["in_recovery"] is True


def catalogs():
    with direct("default") as primary, direct(REPLICA) as replica:
        return snapshot(primary.cursor()), snapshot(replica.cursor())


def test_after_migrate_the_replica_catalog_matches_the_primary():
    from config.db_router import PrimaryReplicaRouter

    assert PrimaryReplicaRouter().allow_migrate(REPLICA, "sessions") is False
    # A real schema change through the project's migrate (and its lock): drop the
    # sessions app's table, then create it again; the replica follows each step.
    waits = []
    for target in (["sessions", "zero"], ["sessions"]):
        call_command("migrate", *target, verbosity=0)
        waits.append(wait_for_replay())
        expected, actual = catalogs()
        assert expected.tables, "the primary's catalog is empty: nothing was compared"
        assert ("django_session" in expected.tables) == (target == ["sessions"])
        assert compare(actual, expected) == []
    # The whole project's schema, as migrated at set-up, is on the replica too.
    call_command("migrate", verbosity=0)
    waits.append(wait_for_replay())
    expected, actual = catalogs()
    assert len(expected.tables) > 50 and compare(actual, expected) == []
    print(f"\nreplica caught up {max(waits) * 1000:.0f} ms after migrate at most")


def test_the_admin_and_unsafe_methods_read_the_primary(client, settings, replica_health):
    from tests.accounts.factories import StaffUserFactory

    settings.ROOT_URLCONF = "config.urls"
    staff = StaffUserFactory()
    client.force_login(staff)
    wait_for_replay()
    with CaptureQueriesContext(connections[REPLICA]) as on_replica:
        for path in ("/admin/", "/admin/auth/group/", "/admin/accounts/user/"):
            assert client.get(path).status_code == 200, path
    assert not on_replica.captured_queries
    # A POST that writes nothing (an invalid form) still reads the primary.
    with CaptureQueriesContext(connections[REPLICA]) as on_replica:
        client.post("/admin/auth/group/add/", {"name": ""})
    assert not on_replica.captured_queries
