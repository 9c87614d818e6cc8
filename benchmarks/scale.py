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

from django.conf import settings  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from accounts.models import User  # noqa: E402
from conversations.choices import AgentType as MessageAgent  # noqa: E402
from conversations.choices import ContentSourceType  # noqa: E402
from conversations.models import AgentMessage, Conversation  # noqa: E402
from core.db.copy import CopySink  # noqa: E402
from engagement import services  # noqa: E402
from engagement.choices import (  # noqa: E402
    ApprovalStatus,
    Archetype,
    AuditAction,
    KpiType,
    OperationalMode,
    Platform,
)
from engagement.models import AuditLog, Author, Decision, KpiMetric, Post, Reply  # noqa: E402
from ideas.choices import AgentResultStatus, AgentType, EvaluationStatus  # noqa: E402
from ideas.models import AgentResult, BusinessIdea, Evaluation  # noqa: E402
from portfolio.choices import NotificationType, TransactionStatus, TransactionType  # noqa: E402
from portfolio.models import Notification, Portfolio, Transaction  # noqa: E402
from research.choices import RunStatus  # noqa: E402
from research.models import Definition, Run, Transcript  # noqa: E402

REPEAT = 3
ADMIN_BUDGET_MS = 300
API_BUDGET_MS = 100
BASE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
INGEST_BATCH = 500
INGEST_ROUNDS = 4


class Rollback(Exception):
    pass


def _uuid(rng) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def tx_hash(i: int) -> str:
    return f"0x{i:064x}"


def _at(i: int) -> dt.datetime:
    return BASE + dt.timedelta(seconds=i * 7)


class Loader:
    """Streams the rows of the selected models (and the parents they need) for size n.

    Each ``load_<model>`` queues n rows of its model through one ``CopySink``; parents
    are loaded first, once (their ids are kept, nothing else). Rows a user owns belong to
    the benchmark's staff user, so its API lists are as long as the table."""

    def __init__(self, n: int, tag: str, owner: User):
        self.n, self.tag, self.owner = n, tag, owner
        self.rng = random.Random(n)
        self.sink = CopySink(batch_size=10_000)
        self.ids: dict[str, list] = {}
        self.tables: list = []

    def need(self, name: str) -> list:
        if name not in self.ids:
            self.ids[name] = getattr(self, f"load_{name.replace(' ', '_')}")() or []
        return self.ids[name]

    def _row(self, model, **values):
        if model not in self.tables:
            self.tables.append(model)
        return self.sink.row(model, **values)

    def load_authors(self):
        out = []
        for i in range(max(1, self.n // 10)):
            row = self._row(
                Author,
                id=_uuid(self.rng),
                platform=Platform.values[i % 3],
                platform_id=f"{self.tag}a{i}",
                handle=f"{self.tag}_a{i}",
                first_seen_at=BASE,
                last_seen_at=BASE,
            )
            out.append((row.id, row.platform))
        return out

    def load_posts(self):
        authors, out = self.need("authors"), []
        for i in range(self.n):
            author_id, platform = authors[i % len(authors)]
            detected = _at(i)
            row = self._row(
                Post,
                id=_uuid(self.rng),
                platform=platform,
                platform_post_id=f"{self.tag}p{i}",
                author_id=author_id,
                content="Worst hangover ever, what actually helps?",
                detected_at=detected,
                processed_at=detected + dt.timedelta(seconds=5) if i % 4 else None,
                keyword_matches=["hangover"],
            )
            out.append((row.id, platform))
        return out

    def load_decisions(self):
        posts, out, modes = self.need("posts"), [], OperationalMode.values
        for i, (post_id, platform) in enumerate(posts):
            mode = modes[i % len(modes)]
            archetype = None if mode == OperationalMode.DISENGAGED else Archetype.values[i % 3]
            row = self._row(
                Decision,
                id=_uuid(self.rng),
                post_id=post_id,
                sss_score=0.5,
                ars_score=0.5,
                evs_score=0.5,
                trs_score=0.5,
                composite_score=round(self.rng.random(), 3),
                mode=mode,
                archetype=archetype,
                created_at=_at(i) + dt.timedelta(minutes=1),
            )
            out.append((row.id, platform, archetype))
        return out

    def load_replies(self):
        engaged = [d for d in self.need("decisions") if d[2] is not None]
        signed = f"Water, electrolytes and sleep. {settings.ENGAGEMENT_REPLY_SIGNATURE}"
        for i in range(self.n):
            decision_id, platform, archetype = engaged[i % len(engaged)]
            approved = i % 4 == 0  # a quarter approved, the rest waiting for review
            self._row(
                Reply,
                id=_uuid(self.rng),
                decision_id=decision_id,
                content=signed,
                archetype=archetype,
                platform=platform,
                utm_code=f"{self.tag}u{i}",
                approval_status=ApprovalStatus.APPROVED if approved else ApprovalStatus.PENDING,
                approved_by_id=self.owner.pk if approved else None,
                approved_at=_at(i) if approved else None,
                created_at=_at(i) + dt.timedelta(minutes=2),
            )

    def load_audit_logs(self):
        for i in range(self.n):
            self._row(
                AuditLog,
                id=_uuid(self.rng),
                entity_type=("reply", "post", "decision")[i % 3],
                entity_id=f"{self.tag}e{i}",
                action=AuditAction.values[i % len(AuditAction.values)],
                actor_label="",
                created_at=_at(i),
            )

    def load_kpi_metrics(self):
        types = KpiType.values
        for i in range(self.n):  # unique per (date, platform, type, name): 1,000 names a day
            self._row(
                KpiMetric,
                id=_uuid(self.rng),
                date=(BASE + dt.timedelta(days=i // 1000)).date(),
                platform=Platform.values[0],
                metric_type=types[i % len(types)],
                metric_name=f"{self.tag}m{i % 1000}",
                value=float(i % 100),
            )

    def load_conversations(self):
        out = []
        for i in range(max(1, self.n // 10)):
            row = self._row(
                Conversation,
                id=_uuid(self.rng),
                user_id=self.owner.pk,
                content_type=ContentSourceType.values[0],
                content_title=f"{self.tag}c{i}: intermarket signal review",
                content_content="Is the signal risk-on or risk-off?",
                created_at=_at(i * 10),
                updated_at=_at(i * 10),
            )
            out.append(row.id)
        return out

    def load_agent_messages(self):
        conversations, agents = self.need("conversations"), MessageAgent.values
        for i in range(self.n):
            self._row(
                AgentMessage,
                id=_uuid(self.rng),
                conversation_id=conversations[i // 10 % len(conversations)],
                agent_type=agents[i % 3],
                agent_name=f"{agents[i % 3]} agent",
                content="The reading argues for caution.",
                message_order=i % 10 + 1 + 10 * (i // (10 * len(conversations))),
                timestamp=_at(i),
            )

    def load_ideas(self):
        out = []
        for i in range(max(1, self.n // 10)):
            row = self._row(
                BusinessIdea,
                id=_uuid(self.rng),
                user_id=self.owner.pk,
                title=f"{self.tag} idea {i}: meal kits for night-shift nurses",
                description="A meal kit for night-shift nurses, delivered at dawn. We would start in one city "
                "and grow through hospital partnerships.",
                status="completed",
                created_at=_at(i * 10),
            )
            out.append(row.id)
        return out

    def load_evaluations(self):
        ideas, out = self.need("ideas"), []
        statuses = [EvaluationStatus.COMPLETED, EvaluationStatus.FAILED]
        for i in range(self.n):
            created, failed = _at(i), i % 2 == 1
            row = self._row(
                Evaluation,
                id=_uuid(self.rng),
                business_idea_id=ideas[i % len(ideas)],
                status=statuses[i % 2],
                priority="normal",
                started_at=created,
                completed_at=created + dt.timedelta(minutes=5),
                results=None if failed else {"overall_score": 50, "agents": {}},
                error_message="market-research: agent timed out" if failed else None,
                created_at=created,
            )
            out.append(row.id)
        return out

    def load_agent_results(self):
        evaluations, agents = self.need("evaluations"), AgentType.values
        for i in range(self.n):  # one result per agent type and evaluation
            created, failed = _at(i), i % 5 == 0
            self._row(
                AgentResult,
                id=_uuid(self.rng),
                evaluation_id=evaluations[i // len(agents) % len(evaluations)],
                agent_type=agents[i % len(agents)],
                status=AgentResultStatus.FAILED if failed else AgentResultStatus.COMPLETED,
                score=None if failed else float(i % 100),
                output_data=None if failed else {"summary": "ok"},
                error_message="agent timed out" if failed else None,
                started_at=created,
                completed_at=created + dt.timedelta(minutes=1),
                created_at=created,
            )

    def load_portfolios(self):
        row = self._row(
            Portfolio,
            user_id=self.owner.pk,
            name=f"{self.tag} main",
            is_default=False,
            base_currency="USD",
            created_at=BASE,
            updated_at=BASE,
        )
        return [row.pk]

    def load_transactions(self):
        portfolio = self.need("portfolios")[0]
        types, statuses = TransactionType.values, TransactionStatus.values
        for i in range(self.n):
            created = _at(i)
            status = statuses[i % len(statuses)]
            self._row(
                Transaction,
                user_id=self.owner.pk,
                portfolio_id=portfolio,
                asset_symbol=("BTC", "ETH", "SOL")[i % 3],
                transaction_type=types[i % 2],
                status=status,
                quantity=1,
                price=100,
                amount=100,
                chain="ethereum",
                tx_hash=tx_hash(i),
                settled_at=created if status == TransactionStatus.SETTLED else None,
                created_at=created,
                updated_at=created,
            )

    def load_notifications(self):
        types = NotificationType.values
        for i in range(self.n):
            created = _at(i)
            self._row(
                Notification,
                user_id=self.owner.pk,
                notification_type=types[i % len(types)],
                title=f"{self.tag} note {i}",
                sent_at=created,
                read_at=created if i % 3 else None,
                created_at=created,
                updated_at=created,
            )

    def load_definitions(self):
        out = []
        for i in range(max(1, self.n // 1000)):
            row = self._row(
                Definition,
                id=_uuid(self.rng),
                name=f"{self.tag} dilemma {i}",
                content={"title": f"Dilemma {i}"},
                created_at=BASE,
            )
            out.append(row.id)
        return out

    def load_runs(self):
        definitions, out, statuses = self.need("definitions"), [], RunStatus.values
        for i in range(self.n):
            row = self._row(
                Run,
                id=_uuid(self.rng),
                definition_id=definitions[i % len(definitions)],
                status=statuses[i % len(statuses)],
                created_at=_at(i),
            )
            out.append(row.id)
        return out

    def load_transcripts(self):
        runs = self.need("runs")
        for i in range(self.n):
            self._row(
                Transcript,
                id=_uuid(self.rng),
                run_id=runs[i % len(runs)],
                target_model=("gpt-4o", "claude-3-5-sonnet", "llama-3-70b")[i % 3],
                content={"turns": []},
                turn_count=1,
                token_count=100,
                duration_ms=1000,
                created_at=_at(i),
            )


def load(loader: Loader, models: list[str]) -> float:
    """Stream the rows of ``models`` (and their parents); ANALYZE; return rows/s."""
    started = time.perf_counter()
    for name in models:
        loader.need(name)
    loader.sink.flush()
    with connection.cursor() as cursor:
        for model in loader.tables:
            cursor.execute(f"ANALYZE {model._meta.db_table}")
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


#: model name -> (admin changelist, filter query, search term(tag, n), API lists)
#: where each API list is (name, url, model for its deep cursor, ordering, filters)
SPECS = {
    "authors": (
        "engagement/author",
        "platform__exact=REDDIT",
        lambda t, n: f"{t}_a{n // 20}",
        [("authors", "engagement/authors/", None, None, {})],
    ),
    "posts": (
        "engagement/post",
        "platform__exact=REDDIT",
        lambda t, n: f"{t}p{n // 2}",
        [("posts", "engagement/posts/", Post, "-detected_at", {})],
    ),
    "decisions": (
        "engagement/decision",
        "mode__exact=HELPFUL",
        lambda t, n: f"{t}p{n // 2}",
        [("decisions", "engagement/decisions/", Decision, "-created_at", {})],
    ),
    "replies": (
        "engagement/reply",
        "approval_status__exact=PENDING",
        lambda t, n: f"{t}u{n // 2}",
        [("replies", "engagement/replies/", Reply, "-created_at", {})],
    ),
    "audit logs": (
        "engagement/auditlog",
        "entity_type=post",
        lambda t, n: f"{t}e{n // 2}",
        [("audit logs", "engagement/audit-logs/", AuditLog, "-created_at", {})],
    ),
    "kpi metrics": (
        "engagement/kpimetric",
        "metric_type__exact=REACH",
        lambda t, n: f"{t}m7",
        [("kpi metrics", "engagement/kpi-metrics/", KpiMetric, "-date", {})],
    ),
    "agent messages": (
        "conversations/agentmessage",
        "agent_type__exact=market_context",
        lambda t, n: f"{t}c{n // 20}:",
        [("conversations", "conversations/", Conversation, "-created_at", {})],
    ),
    "evaluations": (
        "ideas/evaluation",
        "status__exact=failed",
        lambda t, n: f"{t} idea {n // 20}:",
        [("evaluations", "ideas/evaluations/", Evaluation, "-created_at", {})],
    ),
    "agent results": (
        "ideas/agentresult",
        "status__exact=failed",
        lambda t, n: f"{t} idea {n // 20}:",
        [("agent results", "ideas/agent-results/", AgentResult, "-created_at", {})],
    ),
    "transactions": (
        "portfolio/transaction",
        "status__exact=failed",
        lambda t, n: tx_hash(n // 2),
        [("transactions", "portfolio/transactions/", Transaction, "-created_at", {})],
    ),
    "notifications": (
        "portfolio/notification",
        "notification_type__exact=quest",
        lambda t, n: f"{t} note {n // 2}",
        [("notifications", "portfolio/notifications/", Notification, "-created_at", {})],
    ),
    "runs": (
        "research/run",
        "status__exact=failed",
        None,  # a run's id (=id), looked up after the load
        [("runs", "research/runs/", Run, "-created_at", {})],
    ),
    "transcripts": (
        "research/transcript",
        f"created_at__gte={BASE.date()}",
        None,  # the run's id (=run__id)
        [("transcripts", "research/transcripts/", Transcript, "-created_at", {})],
    ),
}


def cases(tag: str, n: int, models: list[str]):
    """(kind, name, url) for every timed request of the selected models."""
    for name in models:
        admin_path, filtered, search, apis = SPECS[name]
        rows = n // 10 if name == "authors" else n
        last = max(1, -(-rows // 50))  # list_per_page 50; ?p= counts from 1
        url = f"/admin/{admin_path}/"
        if search is None:  # an exact id: the run in the middle of the table
            term = Run.objects.order_by("created_at").values_list("pk", flat=True)[n // 2]
        else:
            term = search(tag, n)
        yield "admin", f"{name} plain", url
        yield "admin", f"{name} filtered", f"{url}?{filtered}"
        yield "admin", f"{name} searched", f"{url}?{urlencode({'q': term})}"
        yield "admin", f"{name} last page", f"{url}?p={last}"
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
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
        return "\n".join(f"      {row[0]}" for row in cursor.fetchall())


def run(n: int, client: Client, staff: User, models: list[str], with_ingest: bool) -> dict:
    tag = f"s{n}"
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
            email="bench-scale@example.com", defaults={"is_staff": True, "is_superuser": True}
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
