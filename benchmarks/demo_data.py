"""Demo data speed (issue 14): ``generate_demo_data`` against raw COPY of the same rows.

Run:  make bench-demo                      (RUNS=3 SCALE=1)
      DEBUG=1 DJANGO_READ_DOT_ENV_FILE=1 .venv/bin/python benchmarks/demo_data.py --runs 3

Each run, inside one transaction that is rolled back (the database is left as it was):

1. ``generate_demo_data --scale S --seed K`` in-process (Django is already set up, so
   start-up is not counted), then ``SET CONSTRAINTS ALL IMMEDIATE`` so the deferred
   foreign-key and constraint-trigger checks that COMMIT would run are counted too.
   rows/s = rows the command reports / that wall time.
2. The peer: the same rows read back with ``COPY ... TO STDOUT (FORMAT binary)``, the
   transaction rolled back, then written again by raw psycopg ``COPY ... FROM STDIN
   (FORMAT binary)``, one COPY per table, parents first, and the same deferred checks.
   That is what PostgreSQL alone needs for these rows (every trigger, CHECK and index).

It prints both rates, their ratio and the load average of each run, and the CPU seconds
the run took in this process (all threads) and in its PostgreSQL backend (read from
/proc, same machine): on a busy machine the wall time mostly measures the wait for a
core, the CPU seconds do not.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

import logging  # noqa: E402

logging.getLogger("core.slow_query").setLevel(logging.ERROR)  # the checks at the end are slow

from django.apps import apps  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from core.management.commands.generate_demo_data import local_tables  # noqa: E402


class Rollback(Exception):
    pass


def cpu_seconds(cursor) -> tuple[float, float]:
    """(this process, its PostgreSQL backend): user + system CPU seconds so far."""
    cursor.execute("SELECT pg_backend_pid()")
    try:
        with open(f"/proc/{cursor.fetchone()[0]}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        backend = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:  # PostgreSQL on another machine
        backend = float("nan")
    return time.process_time(), backend


def parents_first(tables: set[str]) -> list[str]:
    """The tables ordered so that a table comes after every table its foreign keys name."""
    by_table = {m._meta.db_table: m for m in apps.get_models(include_auto_created=True)}
    ordered: list[str] = []

    def visit(table: str, seen: set[str]) -> None:
        if table in ordered or table in seen:
            return
        seen.add(table)
        for field in by_table[table]._meta.concrete_fields:
            if field.is_relation and field.related_model is not None:
                parent = field.related_model._meta.db_table
                if parent in tables and parent != table:
                    visit(parent, seen)
        ordered.append(table)

    for table in sorted(tables):
        visit(table, set())
    return ordered


def demo_run(scale: int, seed: int) -> tuple[int, float, tuple, dict[str, bytes]]:
    """(rows, seconds, (Python, backend) CPU seconds, {table: binary COPY of the new rows});
    everything rolled back."""
    out = io.StringIO()
    dumps: dict[str, bytes] = {}
    new: dict[str, int] = {}
    columns = COLUMNS
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT txid_current() % 4294967296")
            first_xid = cursor.fetchone()[0]  # the run's rows (and savepoints') come from here on
            cpu = cpu_seconds(cursor)
            started = time.perf_counter()
            call_command("generate_demo_data", scale=scale, seed=seed, no_progress=True, stdout=out)
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            elapsed = time.perf_counter() - started
            cpu = tuple(b - a for a, b in zip(cpu, cpu_seconds(cursor), strict=True))
            # Only the run's rows (not the fixtures' or earlier runs'): written by this
            # transaction or its savepoints, whose ids are not older than its own.
            mine = f"xmin::text::bigint >= {int(first_xid)}"
            for table in local_tables():
                if table in TRIGGER_WRITTEN:
                    continue  # not the generator's rows; the peer's COPY fires the same triggers
                cursor.execute(f'SELECT count(*) FROM "{table}" WHERE {mine}')
                if n := cursor.fetchone()[0]:
                    new[table] = n
                    columns[table] = stored_columns(cursor, table)
                    sql = f'COPY (SELECT {columns[table]} FROM "{table}" WHERE {mine}) TO STDOUT'
                    with cursor.cursor.copy(f"{sql} (FORMAT binary)") as copy:
                        dumps[table] = b"".join(bytes(block) for block in copy)
            raise Rollback
    except Rollback:
        pass
    return sum(new.values()), elapsed, cpu, dumps


# Tables only PostgreSQL's triggers write (research 0005's path table refuses any other writer).
TRIGGER_WRITTEN = frozenset({"research_definitionpath"})

COLUMNS: dict[str, str] = {}  # table -> its columns but the generated ones, as SQL


def stored_columns(cursor, table: str) -> str:
    cursor.execute(
        "SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute "
        "WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''",
        [table],
    )
    return cursor.fetchone()[0]


def copy_peer(dumps: dict[str, bytes]) -> tuple[float, float, float]:
    """Raw psycopg COPYs the dumps back in (parents first) and checks them: (seconds,
    backend CPU seconds of the COPYs, backend CPU seconds of the deferred checks)."""
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cpu = cpu_seconds(cursor)[1]
            started = time.perf_counter()
            for table in parents_first(set(dumps)):
                with cursor.cursor.copy(
                    f'COPY "{table}" ({COLUMNS[table]}) FROM STDIN (FORMAT binary)'
                ) as copy:
                    copy.write(dumps[table])
            copied = cpu_seconds(cursor)[1]
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            elapsed = time.perf_counter() - started
            checked = cpu_seconds(cursor)[1]
            raise Rollback
    except Rollback:
        pass
    return elapsed, copied - cpu, checked - copied


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-peer", action="store_true", help="Skip the raw COPY peer.")
    args = parser.parse_args()
    print(
        f"demo data benchmark: --scale {args.scale} --seed {args.seed}, {args.runs} runs, "
        f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}"
    )
    rates, peers = [], []
    for n in range(args.runs):
        rows, seconds, cpu, dumps = demo_run(args.scale, args.seed)
        line = (
            f"  run {n + 1}: {rows:,} rows in {seconds:.2f} s = {rows / seconds:>7,.0f} rows/s "
            f"(CPU: Python {cpu[0]:.2f} s, PostgreSQL {cpu[1]:.2f} s)"
        )
        rates.append(rows / seconds)
        if not args.no_peer:
            peer, copy_cpu, check_cpu = copy_peer(dumps)
            peers.append(rows / peer)
            line += (
                f"\n         raw COPY of the same rows: {peer:.2f} s = {rows / peer:>7,.0f} rows/s "
                f"(PostgreSQL CPU: COPY {copy_cpu:.2f} s, deferred checks {check_cpu:.2f} s)"
            )
        print(f"{line}   load {os.getloadavg()[0]:.2f}")
    summary = f"median: generate_demo_data {statistics.median(rates):,.0f} rows/s"
    if peers:
        summary += f", raw COPY of the same rows {statistics.median(peers):,.0f} rows/s"
    print(summary)


if __name__ == "__main__":
    main()
