"""Scale benchmark (issue 14): admin changelists, API lists and ingest at two sizes.

Run:  make bench-scale SIZE=100000                        (sizes SIZE/10 and SIZE)
      make bench-scale SIZE=1000000 MODELS=posts,decisions (a subset: minutes, not hours)
      DJANGO_READ_DOT_ENV_FILE=1 DEBUG=0 .venv/bin/python benchmarks/scale.py \
          --sizes 10000 100000 [--models posts,decisions] [--no-ingest]

For each size, inside one transaction that is rolled back at the end (the database is
left as it was), it streams N rows of each selected model (posts, decisions, replies,
audit logs, KPI metrics, agent messages, evaluations, agent results, transactions,
notifications, runs, transcripts; N/10 authors) and the parents they need through COPY
(benchmarks/scale_rows.py, core.db.copy.CopySink: every CHECK and trigger applies),
ANALYZEs, then times (median of REPEAT requests after a warm-up, in-process Django test
client, DEBUG off, so "server time" includes rendering):

- each model's admin changelist: plain, filtered, searched and its last page
  (budget 300 ms);
- its API list: the first cursor page (``?cursor=``), a deep cursor page (90 % into
  the table) and page 1 of the page-number list with its count (budget 100 ms);
- ingest: 500-post batches through the API and through ``services.posts_ingest``,
  against raw COPY of 500 rows into the same table, in rows/s and as a ratio.

Each line also shows the SQL time of the request at the larger size. It prints the
growth factor between the sizes and the EXPLAIN (ANALYZE) of the slowest statement of
anything over budget. The tree operations are benchmarks/tree.py's.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
# Measured as deployed: DEBUG off (no query log kept but the one captured here).
os.environ["DEBUG"] = "0"
os.environ.setdefault("SECRET_KEY", "bench-scale-only-" + "x" * 40)
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")

import django  # noqa: E402

django.setup()

import logging  # noqa: E402

logging.getLogger("core.access").setLevel(logging.WARNING)  # one line per request otherwise
logging.getLogger("core.slow_query").setLevel(logging.ERROR)  # the slow ones are reported below

from django.conf import settings  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from accounts.models import User  # noqa: E402
from benchmarks.scale_rows import BASE, SPECS, Loader, admin_cases  # noqa: E402
from conversations.models import Conversation  # noqa: E402
from engagement import services  # noqa: E402
from engagement.models import Author  # noqa: E402

REPEAT = 3
ADMIN_BUDGET_MS = 300
API_BUDGET_MS = 100
INGEST_BATCH = 500
INGEST_ROUNDS = 4


class Rollback(Exception):
    pass


def load(loader: Loader, models: list[str]) -> float:
    """Stream the rows of ``models`` (and their parents); ANALYZE; return rows/s."""
    started = time.perf_counter()
    with connection.cursor() as cursor:  # a 10,000-row COPY through triggers may take > 30 s
        cursor.execute("SET LOCAL statement_timeout = 0")
    for name in models:
        loader.need(name)
    loader.sink.flush()
    with connection.cursor() as cursor:
        for model in loader.tables:
            cursor.execute(f"ANALYZE {model._meta.db_table}")
        cursor.execute(f"SET LOCAL statement_timeout = {settings.DB_STATEMENT_TIMEOUT_MS}")
    rows = sum(loader.sink.counts().values())
    return rows / (time.perf_counter() - started)


def timed(client: Client, url: str):
    """(median ms, median SQL ms, slowest statement of the last run, status) for GET url."""
    client.get(url)  # warm-up
    samples, sql_ms, slowest = [], [], None
    for _ in range(REPEAT):
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            response = client.get(url)
            samples.append((time.perf_counter() - started) * 1000)
        sql_ms.append(sum(float(q["time"]) for q in ctx.captured_queries) * 1000)
        slowest = max(ctx.captured_queries, key=lambda q: float(q["time"]), default=None)
    return statistics.median(samples), statistics.median(sql_ms), slowest, response.status_code


def cursor_at(model, ordering: str, fraction: float = 0.9, **filters) -> str:
    """A DRF cursor (position only) at ``fraction`` of ``model`` in ``ordering``."""
    rows = model.objects.filter(**filters)
    count = rows.count()
    value = rows.order_by(ordering).values_list(ordering.lstrip("-"), flat=True)[
        int(count * fraction)
    ]
    if isinstance(value, dt.datetime):
        value = value.isoformat()
    return base64.b64encode(urlencode({"p": str(value)}).encode()).decode()


def cases(tag: str, n: int, models: list[str]):
    """(kind, name, url) for every timed request of the selected models."""
    for name in models:
        for case, url in admin_cases(name, tag, n):
            yield "admin", f"{name} {case}", url
        apis = SPECS[name][3]
        for api_name, path, model, ordering, filters in apis:
            api = f"/api/v1/{path}"
            yield "api", f"{api_name} first page", f"{api}?cursor="
            if model is not None:  # a cursor needs a unique-enough first ordering field
                yield (
                    "api",
                    f"{api_name} deep page",
                    (f"{api}?cursor={cursor_at(model, ordering, **filters)}"),
                )
            yield "api", f"{api_name} page 1 (count)", api
        if name == "agent messages":  # the messages of one conversation (nested list)
            conversation = Conversation.objects.filter(
                content_title__startswith=f"{tag}c{n // 20}:"
            ).values_list("pk", flat=True)[0]
            yield (
                "api",
                "agent messages of one conversation",
                (f"/api/v1/conversations/{conversation}/messages/"),
            )


def ingest_payload(tag: str, round_: int) -> list[dict]:
    return [
        {
            "platform": "REDDIT",
            "platform_post_id": f"{tag}i{round_}_{i}",
            "content": "Electrolyte drinks or coconut water for the morning after?",
            "keyword_matches": ["hangover", "electrolytes"],
            "author": {"platform_id": f"{tag}ia{i % 50}", "handle": f"{tag}_ia{i % 50}"},
        }
        for i in range(INGEST_BATCH)
    ]


def ingest(client: Client, tag: str) -> dict[str, float]:
    """rows/s of 500-post batches: API, service and raw COPY into engagement_post."""
    author = Author.objects.create(
        platform="REDDIT", platform_id=f"{tag}copy", handle=f"{tag}_copy", first_seen_at=BASE
    )
    result = {}
    samples = []
    for r in range(INGEST_ROUNDS):
        body = json.dumps({"posts": ingest_payload(f"{tag}api", r)})
        started = time.perf_counter()
        response = client.post(
            "/api/v1/engagement/posts/ingest/", body, content_type="application/json"
        )
        samples.append(time.perf_counter() - started)
        assert response.status_code == 201, response.content[:300]
    result["api"] = INGEST_BATCH / statistics.median(samples)
    samples = []
    for r in range(INGEST_ROUNDS):
        items = ingest_payload(f"{tag}svc", r)
        for item in items:
            item.setdefault("keyword_categories", [])
        started = time.perf_counter()
        services.posts_ingest(items=items)
        samples.append(time.perf_counter() - started)
    result["service"] = INGEST_BATCH / statistics.median(samples)
    samples = []
    columns = "id, platform, platform_post_id, author_id, content, keyword_matches"
    for r in range(INGEST_ROUNDS):
        rows = [
            (uuid.uuid4(), "REDDIT", f"{tag}copy{r}_{i}", author.id, "x", ["hangover"])
            for i in range(INGEST_BATCH)
        ]
        started = time.perf_counter()
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY engagement_post ({columns}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
        samples.append(time.perf_counter() - started)
    result["copy"] = INGEST_BATCH / statistics.median(samples)
    return result


def explain(sql: str) -> str:
    sql = sql.removeprefix("EXPLAIN (FORMAT JSON) ")  # the count's estimate itself
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
            return "\n".join(f"      {row[0]}" for row in cursor.fetchall())
    except Exception as exc:  # noqa: BLE001 - a plan we cannot take is reported, not fatal
        return f"      (no plan: {exc})"


def run(n: int, client: Client, staff: User, models: list[str], with_ingest: bool) -> dict:
    tag = f"s{n}x{os.getpid()}"  # two runs at once never share a unique value
    out = {"n": n, "times": {}, "sql": {}, "over": []}
    try:
        with transaction.atomic():
            out["load_rows_per_s"] = load(Loader(n, tag, staff), models)
            for kind, name, url in cases(tag, n, models):
                ms, sql_ms, slowest, status = timed(client, url)
                key = f"{kind}: {name}"
                out["times"][key], out["sql"][key] = ms, sql_ms
                budget = ADMIN_BUDGET_MS if kind == "admin" else API_BUDGET_MS
                if status != 200:
                    out["over"].append((key, ms, f"HTTP {status} {url}", ""))
                elif ms > budget and slowest:
                    out["over"].append((key, ms, slowest["sql"], explain(slowest["sql"])))
            if with_ingest:
                out["ingest"] = ingest(client, tag)
            raise Rollback
    except Rollback:
        pass
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--models",
        default=",".join(SPECS),
        help=f"comma-separated subset of: {', '.join(SPECS)} (default: all)",
    )
    parser.add_argument("--no-ingest", action="store_true", help="skip the ingest timings")
    args = parser.parse_args()
    models = [m.strip().replace("_", " ") for m in args.models.split(",") if m.strip()]
    unknown = [m for m in models if m not in SPECS]
    if unknown:
        parser.error(f"unknown models {unknown}; choose from {', '.join(SPECS)}")
    with transaction.atomic():
        staff, _ = User.objects.get_or_create(
            email=f"bench-scale-{os.getpid()}@example.com",
            defaults={"is_staff": True, "is_superuser": True},
        )
        staff.is_staff = staff.is_superuser = True
        staff.save()
    client = Client()
    client.force_login(staff)
    load_avg = os.getloadavg()
    print(
        f"scale benchmark: sizes {args.sizes}, models {', '.join(models)}; "
        f"{os.cpu_count()} CPUs, load average {load_avg[0]:.2f}, {load_avg[1]:.2f}, "
        f"{load_avg[2]:.2f}"
    )
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        print(f"PostgreSQL {cursor.fetchone()[0]}", flush=True)
    runs = []
    try:
        for n in args.sizes:
            runs.append(run(n, client, staff, models, not args.no_ingest))
            print(
                f"  {n:,}: loaded at {runs[-1]['load_rows_per_s']:,.0f} rows/s, "
                f"load average {os.getloadavg()[0]:.2f}",
                flush=True,
            )
        report(runs)
    finally:
        with transaction.atomic():
            User.objects.filter(pk=staff.pk).delete()


def report(runs: list[dict]) -> None:
    small, large = runs[0], runs[-1]
    print(
        "\nload (COPY through CopySink): "
        + ", ".join(f"{r['load_rows_per_s']:,.0f} rows/s at {r['n']:,}" for r in runs)
    )
    sizes = "".join(f" {r['n']:>10,}" for r in runs)
    print(f"\n{'request (server ms; SQL ms of the largest)':<44}{sizes}  growth  budget")
    for key, ms in small["times"].items():
        big = large["times"][key]
        budget = ADMIN_BUDGET_MS if key.startswith("admin") else API_BUDGET_MS
        flag = "over" if big > budget else "ok"
        if len(runs) > 1 and big / ms > 1.5:
            flag += ", grows"
        cells = "".join(f" {r['times'][key]:>8.1f}ms" for r in runs)
        print(f"{key:<44}{cells}  {big / ms:>5.2f}x  {flag}  (SQL {large['sql'][key]:.1f}ms)")
    if all("ingest" in r for r in runs):
        print("\ningest, 500-post batches (rows/s; ratio to raw COPY in the same run):")
        for run_ in runs:
            i = run_["ingest"]
            print(
                f"  at {run_['n']:>9,}: API {i['api']:>8,.0f} ({i['api'] / i['copy']:.0%})  "
                f"service {i['service']:>8,.0f} ({i['service'] / i['copy']:.0%})  "
                f"COPY {i['copy']:>8,.0f}"
            )
    if large["over"]:
        print(f"\nover budget at {large['n']:,} (slowest statement, EXPLAIN ANALYZE):")
        for key, ms, sql, plan in large["over"]:
            print(f"  {key}: {ms:.1f} ms\n    {sql[:400]}\n{plan}")
    print(f"\nload average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
