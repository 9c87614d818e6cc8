"""Moves of a committed 101k-node subtree in each given database, alternating (issue 14).

Run:  .venv/bin/python benchmarks/tree_moves.py DB_AT_0004 DB_AT_0005

Each database (on the worktree's PostgreSQL, or $PGHOST) gets a committed 100k-node
tree (COPY through the triggers) and a 1000-deep chain (one INSERT per row), then its
root is moved under another root and rolled back, three times, alternating between
the databases so that both see the same load. It writes rows named 'bench...' and
leaves them there: use scratch databases (createdb, then manage.py migrate, and
``migrate research 0004`` for the one before).
"""

import io
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

import psycopg

HOST = os.environ.get("PGHOST") or str(Path(__file__).resolve().parent.parent / ".pgdata")

CONTENT = '{"schema_version": 1, "template": "Should the agent {action}?", "dimensions": []}'


def connect(db):
    return psycopg.connect(host=HOST, user="postgres", dbname=db, autocommit=True)


def build(db):
    with connect(db) as conn:
        conn.execute("SET statement_timeout = 0")
        root = uuid.uuid4()
        levels = [[root]]
        made = 1
        buf = io.StringIO()
        buf.write(f"{root}\t\\N\tbench\t{CONTENT}\n")
        while made < 100000:
            nxt = []
            for p in levels[-1]:
                for _ in range(10):
                    if made + len(nxt) >= 100000:
                        break
                    n = uuid.uuid4()
                    nxt.append(n)
                    buf.write(f"{n}\t{p}\tbench\t{CONTENT}\n")
            made += len(nxt)
            levels.append(nxt)
        t = time.perf_counter()
        with conn.transaction():
            with conn.cursor().copy(
                "COPY research_definition (id, parent_id, name, content) FROM STDIN"
            ) as c:
                c.write(buf.getvalue())
        build_s = time.perf_counter() - t
        ids = [uuid.uuid4() for _ in range(1000)]
        t = time.perf_counter()
        with conn.transaction():
            for p, c in zip([root, *ids], ids, strict=False):
                conn.execute(
                    "INSERT INTO research_definition (id, parent_id, name, content) VALUES (%s, %s, 'bench chain', %s::jsonb)",
                    [c, p, CONTENT],
                )
        chain_s = time.perf_counter() - t
        other = uuid.uuid4()
        conn.execute(
            "INSERT INTO research_definition (id, name, content) VALUES (%s, 'bench other', %s::jsonb)",
            [other, CONTENT],
        )
        conn.execute("VACUUM ANALYZE research_definition")
        try:
            conn.execute("VACUUM ANALYZE research_definitionpath")
        except psycopg.errors.UndefinedTable:
            pass
        print(f"{db}: build {build_s:.1f} s, chain {chain_s:.2f} s", flush=True)
        return root, other


def move(db, root, other):
    with connect(db) as conn:
        conn.execute("SET statement_timeout = 0")
        t = time.perf_counter()
        with conn.transaction():
            conn.execute(
                "UPDATE research_definition SET parent_id = %s WHERE id = %s", [other, root]
            )
            ms = (time.perf_counter() - t) * 1000
            raise psycopg.Rollback()
    return ms


def main(dbs):
    targets = {db: build(db) for db in dbs}
    samples = {db: [] for db in dbs}
    for _ in range(3):
        for db in dbs:
            ms = move(db, *targets[db])
            samples[db].append(ms)
            print(f"{db}: move {ms:.0f} ms (load {os.getloadavg()[0]:.2f})", flush=True)
    for db in dbs:
        each = sorted(round(s) for s in samples[db])
        print(f"{db}: median move {statistics.median(samples[db]):.0f} ms  {each}")


if __name__ == "__main__":
    main(sys.argv[1:])
