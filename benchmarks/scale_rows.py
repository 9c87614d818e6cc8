"""Rows at scale for benchmarks/scale.py and the tests of the admin at scale (issue 14).

``Loader(n, tag, owner).need(name)`` streams n rows of one of the models in ``SPECS``
(and the parents it needs, once) through ``core.db.copy.CopySink``, so every CHECK and
trigger applies. Rows a user owns belong to ``owner``, so its API lists are as long as
the table. ``SPECS`` names, for each model, its admin changelist, a filter, a search
term and its API lists. Importing this module has no side effect (Django is set up by
the caller).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from django.conf import settings

from accounts.models import User
from conversations.choices import AgentType as MessageAgent
from conversations.choices import ContentSourceType
from conversations.models import AgentMessage, Conversation
from core.db.copy import CopySink
from engagement.choices import (
    ApprovalStatus,
    Archetype,
    AuditAction,
    KpiType,
    OperationalMode,
    Platform,
)
from engagement.models import AuditLog, Author, Decision, KpiMetric, Post, Reply
from ideas.choices import AgentResultStatus, AgentType, EvaluationStatus
from ideas.models import AgentResult, BusinessIdea, Evaluation
from portfolio.choices import NotificationType, TransactionStatus, TransactionType
from portfolio.models import Notification, Portfolio, Transaction
from research.choices import RunStatus
from research.models import Definition, Run, Transcript

BASE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


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
                title=f"{self.tag}i{i}: meal kits for night-shift nurses",
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
                title=f"{self.tag}n{i} price alert",
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
        lambda t, n: f"{t}u{n // 2 + 1}",  # waiting for review (the queue's default)
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
        lambda t, n: f"{t}i{n // 20}:",
        [("evaluations", "ideas/evaluations/", Evaluation, "-created_at", {})],
    ),
    "agent results": (
        "ideas/agentresult",
        "status__exact=failed",
        lambda t, n: f"{t}i{n // 20}:",
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
        lambda t, n: f"{t}n{n // 2} ",
        [("notifications", "portfolio/notifications/", Notification, "-created_at", {})],
    ),
    "runs": (
        "research/run",
        "status__exact=failed",
        lambda t, n: Run.objects.order_by("created_at").values_list("pk", flat=True)[n // 2],
        [("runs", "research/runs/", Run, "-created_at", {})],
    ),
    "transcripts": (
        "research/transcript",
        f"created_at__gte={BASE.date()}",
        lambda t, n: Run.objects.order_by("created_at").values_list("pk", flat=True)[n // 2],
        [("transcripts", "research/transcripts/", Transcript, "-created_at", {})],
    ),
}


def admin_cases(name: str, tag: str, n: int):
    """(case, url) of the admin changelist of ``name``: plain, filtered, searched and its
    last page (50 rows a page), for n rows loaded with ``tag``."""
    from urllib.parse import urlencode

    admin_path, filtered, search, _ = SPECS[name]
    # authors: a tenth; replies: the review queue (the default) leaves out the approved
    rows = {"authors": n // 10, "replies": n - (n + 3) // 4}.get(name, n)
    url = f"/admin/{admin_path}/"
    yield "plain", url
    yield "filtered", f"{url}?{filtered}"
    yield "searched", f"{url}?{urlencode({'q': search(tag, n)})}"
    yield "last page", f"{url}?p={max(1, -(-rows // 50))}"
