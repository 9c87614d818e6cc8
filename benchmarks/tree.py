"""The research definition tree at scale (issue 14): `make bench-tree`.

Run:  DEBUG=1 .venv/bin/python benchmarks/tree.py [--nodes 100000] [--repeat 5]

Inside one transaction that is rolled back at the end (the database is left as it
was), it builds a tree of ``--nodes`` definitions (branching 10) with COPY through the
triggers, inserts a 1000-deep chain under the tree's root row by row (1000 INSERT
statements, the cycle/path triggers firing for each), then times, median of
``--repeat`` runs after a warm-up (min-max shown as the noise):

- ancestry of the chain's bottom (depth 1000): the ORM query, and raw psycopg;
- all descendants of the tree's root: the ORM (ids and depth; full rows), raw psycopg;
- page 1 of descendants (50 rows and the count) and runs across the tree (count);
- moving the whole 100k subtree (the tree's root under another root, and back):
  the service (its parent check plus the UPDATE) and the raw UPDATE alone.

Anything over its budget prints its EXPLAIN (ANALYZE, BUFFERS). The figures depend
on the machine: its CPU count and load are printed first.
"""

import argparse
import io
import logging
import os
import platform
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

CONTENT = '{"schema_version": 1, "template": "Should the agent {action}?", "dimensions": []}'
BUDGET_MS = {
    "ancestry": 20,
    "descendants": 300,
    "move": 300,
    "chain": 1000,
}


def path_schema() -> str | None:
    """Where the materialized path lives: "table" (research_definitionpath, research
    0005), "column" (research_definition.path, 0004) or None (recursive CTEs)."""
    with connection.cursor() as cur:
        cur.execute(
            "SELECT table_name FROM information_schema.columns "
            "WHERE table_name IN ('research_definition', 'research_definitionpath') "
            "AND column_name = 'path'"
        )
        tables = {t for (t,) in cur.fetchall()}
    if "research_definitionpath" in tables:
        return "table"
    return "column" if tables else None


SCHEMAS = {
    "table": "path table research_definitionpath (research 0005)",
    "column": "path column research_definition.path (research 0004)",
    None: "recursive CTE (before 0004)",
}
# the raw SQL of each schema: (ancestors of %s, descendants of %s, inconsistent rows)
RAW = {
    "table": (
        "SELECT d.id, d.name, t.level - p.level AS depth FROM research_definitionpath t "
        "JOIN research_definitionpath p ON p.id = ANY (t.path) "
        "JOIN research_definition d ON d.id = p.id "
        "WHERE t.id = %(id)s AND p.id <> %(id)s ORDER BY p.level DESC",
        "SELECT p.id, p.level - t.level FROM research_definitionpath p "
        "JOIN research_definition d ON d.id = p.id, "
        "(SELECT level FROM research_definitionpath WHERE id = %(id)s) t "
        "WHERE p.path @> ARRAY[%(id)s]::uuid[] AND p.id <> %(id)s "
        "ORDER BY p.level, d.created_at, p.id",
        "SELECT count(*) FROM research_definitionpath c "
        "LEFT JOIN research_definitionpath p ON p.id = c.parent_id "
        "WHERE c.path IS DISTINCT FROM COALESCE(p.path, '{}'::uuid[]) || c.id",
    ),
    "column": (
        "SELECT d.id, d.name, t.level - d.level AS depth FROM research_definition d, "
        "(SELECT path, level FROM research_definition WHERE id = %(id)s) t "
        "WHERE d.id = ANY (t.path) AND d.id <> %(id)s ORDER BY d.level DESC",
        "SELECT d.id, d.level - t.level FROM research_definition d, "
        "(SELECT level FROM research_definition WHERE id = %(id)s) t "
        "WHERE d.path @> ARRAY[%(id)s]::uuid[] AND d.id <> %(id)s "
        "ORDER BY d.level, d.created_at, d.id",
        "SELECT count(*) FROM research_definition c LEFT JOIN research_definition p "
        "ON p.id = c.parent_id WHERE c.path IS DISTINCT FROM "
        "COALESCE(p.path, '{}'::uuid[]) || c.id",
    ),
    None: (
        "WITH RECURSIVE up(id, parent_id, depth) AS (SELECT id, parent_id, 0 FROM "
        "research_definition WHERE id = %(id)s UNION ALL SELECT d.id, d.parent_id, "
        "up.depth + 1 FROM up JOIN research_definition d ON d.id = up.parent_id) "
        "SELECT d.id, d.name, up.depth FROM up JOIN research_definition d "
        "ON d.id = up.id WHERE up.depth > 0 ORDER BY up.depth",
        "WITH RECURSIVE down(id, depth) AS (SELECT id, 0 FROM research_definition "
        "WHERE id = %(id)s UNION ALL SELECT d.id, down.depth + 1 FROM down JOIN "
        "research_definition d ON d.parent_id = down.id) "
        "SELECT down.id, down.depth FROM down JOIN research_definition d "
        "ON d.id = down.id WHERE down.depth > 0 ORDER BY down.depth, d.created_at, d.id",
        None,
    ),
}


def raw(sql, params=()):
    with connection.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall() if cur.description else None


def timed(func, repeat):
    func()  # warm-up
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = func()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), min(samples), max(samples), result


def build_tree(total: int, branching: int = 10):
    """COPY, level by level (parents before children), through every trigger."""
    started = time.perf_counter()
    root = uuid.uuid4()
    levels, made = [[root]], 1
    buf = io.StringIO()
    buf.write(f"{root}\t\\N\ttree root\t{CONTENT}\n")
    while made < total:
        nxt = []
        for parent in levels[-1]:
            for _ in range(branching):
                if made + len(nxt) >= total:
                    break
                node = uuid.uuid4()
                nxt.append(node)
                buf.write(f"{node}\t{parent}\tnode\t{CONTENT}\n")
        made += len(nxt)
        levels.append(nxt)
    with connection.cursor() as cur:
        with cur.copy("COPY research_definition (id, parent_id, name, content) FROM STDIN") as copy:
            copy.write(buf.getvalue())
    return root, levels, time.perf_counter() - started


def insert_chain(top, depth: int):
    """``depth`` rows under ``top``, one INSERT statement each."""
    ids = [uuid.uuid4() for _ in range(depth)]
    started = time.perf_counter()
    with connection.cursor() as cur:
        for parent, child in zip([top, *ids], ids, strict=False):
            cur.execute(
                "INSERT INTO research_definition (id, parent_id, name, content) "
                "VALUES (%s, %s, 'chain', %s::jsonb)",
                [child, parent, CONTENT],
            )
    return ids, time.perf_counter() - started


def analyze(schema):
    """Statistics of the new rows (autovacuum cannot see an uncommitted transaction)."""
    raw("ANALYZE research_definition")
    if schema == "table":
        raw("ANALYZE research_definitionpath")


def explain(sql, params=()):
    rows = raw("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql, params)
    return "\n".join("      " + r[0] for r in rows)


def queryset_sql(qs):
    sql, params = qs.query.sql_with_params()
    return sql, params


def machine() -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{platform.node()}: {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs, load average {load}; Python {platform.python_version()}; "
        f"PostgreSQL {connection.cursor().connection.info.server_version}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--chain", type=int, default=1000)
    args = parser.parse_args()
    for name in ("core.slow_query", "research.services"):  # the benchmark prints its own
        logging.getLogger(name).setLevel(logging.ERROR)
    schema = path_schema()
    raw_ancestors, raw_descendants, raw_inconsistent = RAW[schema]
    print(machine())
    print(
        f"schema: {SCHEMAS[schema]}"
        f"; median of {args.repeat} runs after a warm-up, min-max in brackets\n"
    )
    results, plans = [], []

    def record(name, budget, stats, rows, sql=None):
        ms, lo, hi, _ = stats
        over = budget is not None and ms > budget
        results.append((name, rows, ms, lo, hi, budget, over))
        if over and sql is not None:
            plans.append((name, explain(*sql)))

    with transaction.atomic():
        # the build (100k rows through the triggers) may outlast the 30 s statement
        # timeout of a loaded machine; it is not one of the timed operations
        raw("SET LOCAL statement_timeout = 0")
        root, levels, built = build_tree(args.nodes)
        analyze(schema)
        results.append(
            (
                f"build {args.nodes:,}-node tree (COPY)",
                args.nodes,
                built * 1000,
                None,
                None,
                None,
                False,
            )
        )
        chain, chain_s = insert_chain(root, args.chain)
        over = chain_s * 1000 > BUDGET_MS["chain"]
        results.append(
            (
                f"insert a {args.chain}-deep chain (1 INSERT per row)",
                args.chain,
                chain_s * 1000,
                None,
                None,
                BUDGET_MS["chain"],
                over,
            )
        )
        analyze(schema)
        bottom, leaf = chain[-1], levels[-1][-1]
        total = args.nodes + args.chain

        qs = Definition.objects.ancestors(bottom)
        stats = timed(lambda: list(qs.all()), args.repeat)
        assert len(stats[3]) == args.chain, len(stats[3])
        record(
            f"ancestors at depth {args.chain} (ORM rows)",
            BUDGET_MS["ancestry"],
            stats,
            args.chain,
            queryset_sql(qs),
        )
        sql, params = raw_ancestors, {"id": bottom}
        stats = timed(lambda: raw(sql, params), args.repeat)
        record(
            f"ancestors at depth {args.chain} (raw psycopg)",
            BUDGET_MS["ancestry"],
            stats,
            len(stats[3]),
            (sql, params),
        )

        qs = Definition.objects.descendants(root).values_list("id", "depth")
        stats = timed(lambda: list(qs.all()), args.repeat)
        assert len(stats[3]) == total - 1, len(stats[3])
        record(
            f"all descendants, {total:,} nodes (ORM id, depth)",
            BUDGET_MS["descendants"],
            stats,
            total - 1,
            queryset_sql(qs),
        )
        qs_full = Definition.objects.descendants(root)
        stats = timed(lambda: list(qs_full.all()), args.repeat)
        record(f"all descendants, {total:,} nodes (ORM full rows)", None, stats, total - 1)
        sql, params = raw_descendants, {"id": root}
        stats = timed(lambda: raw(sql, params), args.repeat)
        record(
            f"all descendants, {total:,} nodes (raw psycopg)",
            BUDGET_MS["descendants"],
            stats,
            len(stats[3]),
            (sql, params),
        )

        def page_one():
            page = services.definition_descendants(root)
            return page.count(), list(page[:50])

        stats = timed(page_one, args.repeat)
        record("descendants page 1 (count + 50 rows, service)", 100, stats, 50)
        if schema == "table":
            # the API's cursor pages (?cursor=): keyed on (level, created_at, id), no COUNT
            from core.api.pagination import KeysetCursorPagination
            from research.models import DESCENDANTS_ORDER

            keyset = KeysetCursorPagination(DESCENDANTS_ORDER)
            last = Definition.objects.descendants(root).order_by(
                *(f"-{name}" for name in DESCENDANTS_ORDER)
            )[50]  # the row 50 before the end: the deep page is the last full one
            position = [keyset._value(last, name) for name in DESCENDANTS_ORDER]
            for label, after in (("first", None), ("deep (last)", position)):

                def page(after=after):
                    rows = services.definition_descendants(root)
                    if after is not None:
                        rows = rows.filter(keyset._after(after))
                    return list(rows[:51])

                stats = timed(page, args.repeat)
                assert len(stats[3]) == (50 if after else 51), len(stats[3])
                sql = queryset_sql(
                    Definition.objects.descendants(root).filter(keyset._after(position))[:51]
                    if after
                    else Definition.objects.descendants(root)[:51]
                )
                record(f"descendants cursor page, {label} (50 rows, no count)", 100, stats, 50, sql)
        stats = timed(lambda: services.runs_in_tree(leaf).count(), args.repeat)
        record(
            f"runs across the tree from a leaf (count), {total:,} nodes",
            100,
            stats,
            stats[3],
            queryset_sql(services.runs_in_tree(leaf)),
        )

        other = uuid.uuid4()
        raw(
            "INSERT INTO research_definition (id, name, content) VALUES (%s, 'other', %s)",
            [other, CONTENT],
        )
        state = {"under": None}

        def move_service():
            target = None if state["under"] else other
            services.definition_update(definition_id=root, parent_id=target)
            state["under"] = target

        stats = timed(move_service, args.repeat)
        record(f"move the {total:,}-node subtree (service)", BUDGET_MS["move"], stats, total)
        move_sql = "UPDATE research_definition SET parent_id = %s WHERE id = %s"

        def move_raw():
            target = None if state["under"] else other
            raw(move_sql, [target, root])
            state["under"] = target

        stats = timed(move_raw, args.repeat)
        record(
            f"move the {total:,}-node subtree (raw UPDATE)",
            BUDGET_MS["move"],
            stats,
            total,
            (move_sql, [other if state["under"] is None else None, root]),
        )
        if raw_inconsistent:
            bad = raw(raw_inconsistent)[0][0]
            print(f"path consistency after the moves: {bad} inconsistent rows\n")
        transaction.set_rollback(True)

    width = max(len(r[0]) for r in results)
    print(f"{'operation':<{width}}  {'rows':>7}  {'median ms':>9}  {'min-max':>15}  budget")
    for name, rows, ms, lo, hi, budget, over in results:
        spread = f"[{lo:.1f}-{hi:.1f}]" if lo is not None else ""
        mark = "" if budget is None else (f"< {budget}  OVER" if over else f"< {budget}  ok")
        print(f"{name:<{width}}  {rows:>7}  {ms:9.1f}  {spread:>15}  {mark}")
    for name, plan in plans:
        print(f"\nEXPLAIN (over budget): {name}\n{plan}")


if __name__ == "__main__":
    main()
