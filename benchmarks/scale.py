"""Scale benchmark (issue 14): admin changelists, API lists and ingest at two sizes.

Run:  make bench-scale SIZE=100000      (sizes SIZE/10 and SIZE)
      DJANGO_READ_DOT_ENV_FILE=1 DEBUG=0 .venv/bin/python benchmarks/scale.py --sizes 10000 100000

For each size, inside one transaction that is rolled back at the end (the database is
left as it was), it streams N posts, N decisions, N audit-log rows and N/10 authors
through COPY (core.db.copy.CopySink, every CHECK and trigger applies), ANALYZEs, then
times (median of REPEAT requests after a warm-up, in-process Django test client, DEBUG
off):

- the admin changelists of authors, posts, decisions and audit logs: plain, filtered,
  searched and last page (budget 300 ms);
- the API lists: first page and a deep page (``?cursor=`` pointing 90 % into the
  table) (budget 100 ms);
- ingest: 500-post batches through the API and through ``services.posts_ingest``,
  against raw COPY of 500 rows into the same table, in rows/s and as a ratio.

It prints the growth factor between the sizes and the EXPLAIN (ANALYZE) of the
slowest statement of anything over budget. The tree operations are
benchmarks/tree.py's.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import os
import random
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

from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from accounts.models import User  # noqa: E402
from core.db.copy import CopySink  # noqa: E402
from engagement import services  # noqa: E402
from engagement.choices import Archetype, AuditAction, OperationalMode, Platform  # noqa: E402
from engagement.models import AuditLog, Author, Decision, Post  # noqa: E402

REPEAT = 3
ADMIN_BUDGET_MS = 300
API_BUDGET_MS = 100
BASE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
INGEST_BATCH = 500
INGEST_ROUNDS = 4


class Rollback(Exception):
    pass


def load(n: int, tag: str) -> float:
    """Stream the rows for size n; return rows/s."""
    rng = random.Random(n)
    started = time.perf_counter()
    sink = CopySink(batch_size=10_000)
    authors = []
    for i in range(max(1, n // 10)):
        authors.append(
            sink.row(
                Author,
                id=uuid.UUID(int=rng.getrandbits(128), version=4),
                platform=Platform.values[i % 3],
                platform_id=f"{tag}a{i}",
                handle=f"{tag}_a{i}",
                first_seen_at=BASE,
                last_seen_at=BASE,
            )
        )
    modes = OperationalMode.values
    for i in range(n):
        author = authors[i % len(authors)]
        detected = BASE + dt.timedelta(seconds=i * 7)
        post = sink.row(
            Post,
            id=uuid.UUID(int=rng.getrandbits(128), version=4),
            platform=author.platform,
            platform_post_id=f"{tag}p{i}",
            author_id=author.id,
            content="Worst hangover ever, what actually helps?",
            detected_at=detected,
            processed_at=detected + dt.timedelta(seconds=5) if i % 4 else None,
            keyword_matches=["hangover"],
        )
        mode = modes[i % len(modes)]
        sink.row(
            Decision,
            id=uuid.UUID(int=rng.getrandbits(128), version=4),
            post_id=post.id,
            sss_score=0.5,
            ars_score=0.5,
            evs_score=0.5,
            trs_score=0.5,
            composite_score=round(rng.random(), 3),
            mode=mode,
            archetype=None if mode == OperationalMode.DISENGAGED else Archetype.values[i % 3],
            created_at=detected + dt.timedelta(minutes=1),
        )
        sink.row(
            AuditLog,
            id=uuid.UUID(int=rng.getrandbits(128), version=4),
            entity_type=("reply", "post", "decision")[i % 3],
            entity_id=f"{tag}e{i}",
            action=AuditAction.values[i % len(AuditAction.values)],
            actor_label="",
            created_at=detected,
        )
    sink.flush()
    with connection.cursor() as cursor:
        for model in (Author, Post, Decision, AuditLog):
            cursor.execute(f"ANALYZE {model._meta.db_table}")
    rows = sum(sink.counts().values())
    return rows / (time.perf_counter() - started)


def timed(client: Client, url: str):
    """(median ms, slowest statement of the last run, status) for GET url."""
    client.get(url)  # warm-up
    samples, slowest = [], None
    for _ in range(REPEAT):
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            response = client.get(url)
            samples.append((time.perf_counter() - started) * 1000)
        slowest = max(ctx.captured_queries, key=lambda q: float(q["time"]), default=None)
    return statistics.median(samples), slowest, response.status_code


def deep_cursor(model, ordering_field: str, fraction: float = 0.9) -> str:
    """A DRF cursor (position only) at `fraction` of the table in the view's order."""
    count = model.objects.count()
    value = model.objects.order_by(f"-{ordering_field}").values_list(ordering_field, flat=True)[
        int(count * fraction)
    ]
    return base64.b64encode(urlencode({"p": str(value)}).encode()).decode()


def cases(tag: str, n: int):
    """(kind, name, url) for every timed request."""
    last = max(1, -(-n // 50) - 1)  # list_per_page 50, ?p= counts from 0
    last_authors = max(1, -(-(n // 10) // 50) - 1)
    yield "admin", "authors plain", "/admin/engagement/author/"
    yield "admin", "authors filtered", "/admin/engagement/author/?platform__exact=REDDIT"
    yield "admin", "authors searched", f"/admin/engagement/author/?q={tag}_a{n // 20}"
    yield "admin", "authors last page", f"/admin/engagement/author/?p={last_authors}"
    yield "admin", "posts plain", "/admin/engagement/post/"
    yield "admin", "posts filtered", "/admin/engagement/post/?platform__exact=REDDIT"
    yield "admin", "posts searched", f"/admin/engagement/post/?q={tag}p{n // 2}"
    yield "admin", "posts last page", f"/admin/engagement/post/?p={last}"
    yield "admin", "decisions plain", "/admin/engagement/decision/"
    yield "admin", "decisions filtered", "/admin/engagement/decision/?mode__exact=HELPFUL"
    yield "admin", "decisions searched", f"/admin/engagement/decision/?q={tag}p{n // 2}"
    yield "admin", "decisions last page", f"/admin/engagement/decision/?p={last}"
    yield "admin", "audit logs plain", "/admin/engagement/auditlog/"
    yield "admin", "audit logs filtered", "/admin/engagement/auditlog/?entity_type=post"
    yield "admin", "audit logs searched", f"/admin/engagement/auditlog/?q={tag}e{n // 2}"
    yield "admin", "audit logs last page", f"/admin/engagement/auditlog/?p={last}"
    for name, path, model, field in [
        ("authors", "authors", Author, "platform"),
        ("posts", "posts", Post, "detected_at"),
        ("decisions", "decisions", Decision, "created_at"),
        ("audit logs", "audit-logs", AuditLog, "created_at"),
    ]:
        url = f"/api/v1/engagement/{path}/"
        yield "api", f"{name} first page", f"{url}?cursor="
        if field != "platform":  # a cursor needs a unique-enough first ordering field
            yield "api", f"{name} deep page", f"{url}?cursor={deep_cursor(model, field)}"
        yield "api", f"{name} page 1 (count)", url


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
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
        return "\n".join(f"      {row[0]}" for row in cursor.fetchall())


def run(n: int, client: Client) -> dict:
    tag = f"s{n}"
    out = {"n": n, "times": {}, "over": []}
    try:
        with transaction.atomic():
            out["load_rows_per_s"] = load(n, tag)
            for kind, name, url in cases(tag, n):
                ms, slowest, status = timed(client, url)
                key = f"{kind}: {name}"
                out["times"][key] = ms
                budget = ADMIN_BUDGET_MS if kind == "admin" else API_BUDGET_MS
                if status != 200:
                    out["over"].append((key, ms, f"HTTP {status}", ""))
                elif ms > budget and slowest:
                    out["over"].append((key, ms, slowest["sql"], explain(slowest["sql"])))
            out["ingest"] = ingest(client, tag)
            raise Rollback
    except Rollback:
        pass
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[10_000, 100_000])
    args = parser.parse_args()
    with transaction.atomic():
        staff, _ = User.objects.get_or_create(
            email="bench-scale@example.com", defaults={"is_staff": True, "is_superuser": True}
        )
        staff.is_staff = staff.is_superuser = True
        staff.save()
    client = Client()
    client.force_login(staff)
    load_avg = os.getloadavg()
    print(f"scale benchmark: sizes {args.sizes}, {os.cpu_count()} CPUs, load {load_avg[0]:.2f}")
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        print(f"PostgreSQL {cursor.fetchone()[0]}")
    small, large = (run(n, client) for n in args.sizes)
    print(
        f"\nload (COPY through CopySink): {small['load_rows_per_s']:,.0f} rows/s at "
        f"{small['n']:,}, {large['load_rows_per_s']:,.0f} rows/s at {large['n']:,}"
    )
    print(f"\n{'request':<40} {small['n']:>10,} {large['n']:>10,}  growth  budget")
    for key, ms in small["times"].items():
        big = large["times"][key]
        budget = ADMIN_BUDGET_MS if key.startswith("admin") else API_BUDGET_MS
        flag = "over" if big > budget else "ok"
        print(f"{key:<40} {ms:>8.1f}ms {big:>8.1f}ms  {big / ms:>5.2f}x  {flag}")
    print("\ningest, 500-post batches (rows/s; ratio to raw COPY in the same run):")
    for run_ in (small, large):
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
    print(f"\nload average at the end: {os.getloadavg()[0]:.2f}")
    with transaction.atomic():
        User.objects.filter(pk=staff.pk).delete()


if __name__ == "__main__":
    main()
