"""Benchmark the research definition tree queries (seed 003, SC-003).

Run:  DEBUG=1 .venv/bin/python benchmarks/research_tree.py

Builds, inside one transaction that is rolled back at the end (the database is
left as it was), a 10-level chain, a 1,000-level chain and a 100,000-node tree
(branching factor 10, depth 5), then times the recursive-CTE ancestry and
descendant queries (median of 5 runs after a warm-up). Building goes through
the cycle trigger, so the build times include its ancestor walk.
"""

import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402

from research import services  # noqa: E402
from research.models import Definition  # noqa: E402

CONTENT = {"schema_version": 1, "template": "Should the agent {action}?", "dimensions": []}
REPEAT = 5


def timed(func):
    func()  # warm-up
    samples = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        result = func()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000, result


def build_chain(depth: int, tag: str):
    started = time.perf_counter()
    ids = [uuid.uuid4() for _ in range(depth + 1)]
    rows = [
        Definition(
            id=ids[i], parent_id=ids[i - 1] if i else None, name=f"{tag} {i}", content=CONTENT
        )
        for i in range(depth + 1)
    ]
    Definition.objects.bulk_create(rows, batch_size=1000)
    return ids[0], ids[-1], time.perf_counter() - started


def build_tree(total: int, branching: int):
    started = time.perf_counter()
    root = uuid.uuid4()
    Definition.objects.bulk_create([Definition(id=root, name="tree root", content=CONTENT)])
    level, made, depth, leaf = [root], 1, 0, root
    while made < total:
        nxt = []
        for parent in level:
            for _ in range(branching):
                if made + len(nxt) >= total:
                    break
                nxt.append(
                    Definition(id=uuid.uuid4(), parent_id=parent, name="node", content=CONTENT)
                )
        Definition.objects.bulk_create(nxt, batch_size=5000)
        made += len(nxt)
        depth += 1
        level = [d.id for d in nxt]
        leaf = level[-1]
    return root, leaf, depth, made, time.perf_counter() - started


def main():
    print(
        f"PostgreSQL {connection.cursor().connection.info.server_version}; "
        f"median of {REPEAT} runs after a warm-up\n"
    )
    results = []
    with transaction.atomic():
        for depth in (10, 1000):
            top, bottom, built = build_chain(depth, f"chain{depth}")
            with connection.cursor() as cur:
                cur.execute("ANALYZE research_definition")
            ms, rows = timed(lambda b=bottom: list(Definition.objects.ancestors(b)))
            assert len(rows) == depth
            results.append((f"ancestors, {depth}-level chain", len(rows), ms, built))
            ms, rows = timed(
                lambda t=top: list(Definition.objects.descendants(t).values_list("id", "depth"))
            )
            results.append((f"descendants, {depth}-level chain", len(rows), ms, None))

        root, leaf, depth, made, built = build_tree(100_000, 10)
        with connection.cursor() as cur:
            cur.execute("ANALYZE research_definition")
        ms, rows = timed(lambda: list(Definition.objects.ancestors(leaf)))
        results.append(
            (f"ancestors, leaf of {made:,}-node tree (depth {depth})", len(rows), ms, built)
        )
        ms, rows = timed(
            lambda: list(Definition.objects.descendants(root).values_list("id", "depth"))
        )
        results.append((f"descendants (ids), {made:,}-node tree", len(rows), ms, None))
        ms, rows = timed(lambda: list(Definition.objects.descendants(root)))
        results.append((f"descendants (full rows), {made:,}-node tree", len(rows), ms, None))
        ms, count = timed(lambda: Definition.objects.descendants(root).count())
        results.append((f"descendants count(), {made:,}-node tree", count, ms, None))
        ms, count = timed(lambda: services.runs_in_tree(leaf).count())
        results.append((f"runs across the tree (from a leaf), {made:,}-node tree", count, ms, None))
        transaction.set_rollback(True)

    width = max(len(r[0]) for r in results)
    print(f"{'query':<{width}}  {'rows':>7}  {'median ms':>9}  build s")
    for name, rows, ms, built in results:
        b = f"{built:7.2f}" if built is not None else ""
        print(f"{name:<{width}}  {rows:>7}  {ms:9.2f}  {b}")


if __name__ == "__main__":
    main()
