#!/usr/bin/env python
"""Read throughput with one streaming replica against the primary alone.

    .venv/bin/python benchmarks/replica_reads.py [--threads 4] [--seconds 4] [--rounds 3] [--dir D]

Starts a throwaway primary + streaming replica (scripts/scaleout_cluster.py, the
embedded PostgreSQL's binaries) unless ``--dir`` names a running one, loads a
20,000-row table, then runs the same read load twice through Django's
connections and the project router, while one writer thread inserts on the
primary the whole time:

- ``primary``: no routing scope, every read goes to the primary;
- ``replica``: inside ``replica_scope()``, reads go to the replica.

It prints reads/s for each, their ratio, the replication lag sampled every
0.2 s during the replica run (the router's own health check), and the time a
read takes when the replica has just been stopped (fail-over) and the time the
replica takes to come back into rotation after a restart.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from scaleout_cluster import Cluster  # noqa: E402

QUERY = "SELECT count(*), sum(length(payload)) FROM bench_reads WHERE id BETWEEN %s AND %s + 200"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=4.0, help="per round and mode")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", help="a running cluster (default: start a throwaway one)")
    args = parser.parse_args()

    own = args.dir is None
    cluster = Cluster(args.dir or tempfile.mkdtemp(prefix="replica-bench-"))
    if own:
        cluster.create(replica=True)
    try:
        return run(cluster, args)
    finally:
        if own:
            cluster.destroy()


def run(cluster: Cluster, args) -> int:
    os.environ.update(
        DEBUG="1",
        DATABASE_URL=cluster.url("primary"),
        DATABASE_REPLICA_URLS=cluster.url("replica"),
        DJANGO_SETTINGS_MODULE="config.settings",
        REPLICA_MAX_LAG_SECONDS="30",
    )
    import django

    django.setup()
    from django.conf import settings
    from django.db import connections

    from config.db_router import PrimaryReplicaRouter, health, replica_scope

    router = PrimaryReplicaRouter()
    with connections["default"].cursor() as cur:
        cur.execute("DROP TABLE IF EXISTS bench_reads")
        cur.execute(
            "CREATE TABLE bench_reads AS SELECT g AS id, md5(g::text) || repeat('x', 200) "
            "AS payload FROM generate_series(1, 20000) g"
        )
        cur.execute("ALTER TABLE bench_reads ADD PRIMARY KEY (id)")
        cur.execute("CREATE TABLE IF NOT EXISTS bench_writes (id bigserial, at timestamptz)")
    time.sleep(1)

    stop = threading.Event()

    def writer():
        from django.db import connections as conns

        with conns["default"].cursor() as cur:
            while not stop.is_set():
                cur.execute(
                    "INSERT INTO bench_writes (at) SELECT now() FROM generate_series(1, 50)"
                )
        conns.close_all()

    def reader(counts, i, routed):
        from django.db import connections as conns

        n = 0
        scope = replica_scope() if routed else None
        if scope:
            scope.__enter__()
        deadline = time.monotonic() + args.seconds
        k = i * 997
        while time.monotonic() < deadline:
            alias = router.db_for_read(None)
            with conns[alias].cursor() as cur:
                cur.execute(QUERY, [k % 19800, k % 19800])
                cur.fetchone()
            n += 1
            k += 1
        if scope:
            scope.__exit__(None, None, None)
        counts[i] = n
        conns.close_all()

    backlog: list[int] = []

    def load(routed: bool) -> tuple[float, list[float]]:
        counts = [0] * args.threads
        lags: list[float] = []
        backlog.clear()
        stop.clear()
        w = threading.Thread(target=writer)
        w.start()
        threads = [
            threading.Thread(target=reader, args=(counts, i, routed)) for i in range(args.threads)
        ]
        started = time.monotonic()
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):
            state = health.check("replica_1")
            if state.lag_seconds is not None:
                lags.append(state.lag_seconds)
                backlog.append(state.backlog_bytes or 0)
            time.sleep(0.2)
        elapsed = time.monotonic() - started
        stop.set()
        w.join()
        return sum(counts) / elapsed, lags

    health.reset()
    # Interleaved rounds (primary, replica, primary, ...) so that the machine's
    # changing load hits both modes alike.
    primary_rates, replica_rates, lags = [], [], []
    for _ in range(args.rounds):
        primary_rates.append(load(routed=False)[0])
        rate, round_lags = load(routed=True)
        replica_rates.append(rate)
        lags += round_lags
    primary_rate = statistics.mean(primary_rates)
    replica_rate = statistics.mean(replica_rates)

    # Fail-over: stop the replica while it is in rotation; time the next read.
    settings.REPLICA_HEALTH_CHECK_SECONDS = 3600
    health.check("replica_1")
    with replica_scope():
        alias = router.db_for_read(None)
        with connections[alias].cursor() as cur:
            cur.execute("SELECT 1")
        cluster.stop("replica")
        started = time.perf_counter()
        alias = router.db_for_read(None)
        with connections[alias].cursor() as cur:
            cur.execute("SELECT pg_is_in_recovery()")
            on_replica = cur.fetchone()[0]
        failover_ms = (time.perf_counter() - started) * 1000
    cluster.start("replica")
    started = time.monotonic()
    while not health.check("replica_1").in_rotation:
        time.sleep(0.05)
    back_s = time.monotonic() - started

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print(f"load: {os.getloadavg()[0]:.2f} (1-min average at the end)")
    print(
        f"{args.threads} reader threads, {args.rounds} interleaved rounds of {args.seconds:g} s"
        " per mode, 1 writer thread on the primary throughout"
    )
    fmt = ", ".join
    print(
        f"reads/s, primary only:       {primary_rate:8.0f}  (rounds: {fmt(f'{r:.0f}' for r in primary_rates)})"
    )
    print(
        f"reads/s, reads on a replica: {replica_rate:8.0f}  (rounds: {fmt(f'{r:.0f}' for r in replica_rates)})"
    )
    print(f"ratio replica/primary:       {replica_rate / primary_rate:8.2f}")
    if lags:
        print(
            f"replica lag during the replica run: median {statistics.median(lags) * 1000:.0f} ms,"
            f" max {max(lags) * 1000:.0f} ms over {len(lags)} samples;"
            f" WAL received but not replayed: max {max(backlog)} bytes"
        )
    print(
        f"fail-over read with the replica just stopped: {failover_ms:.1f} ms "
        f"(served by the {'replica' if on_replica else 'primary'})"
    )
    print(f"back in rotation {back_s:.2f} s after the replica's restart returned")
    connections.close_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
