#!/usr/bin/env python
"""Load benchmark for seed 001 NFR3: concurrent evaluation of 100+ business ideas.

    DEBUG=1 .venv/bin/python benchmarks/ideas_load.py [--ideas 200] [--workers 120] ...

Runs many evaluations at once through ``ideas.services`` against the real PostgreSQL
server and the configured psycopg pool (settings DB_POOL_MAX_SIZE, default 20), from
threads: each evaluation is claimed (row lock), each of its agents writes a running
then a completed result, and the evaluation completes. Between database calls a
worker does its "agent work" (a sleep) without holding a connection, as a real
worker waiting on an LLM would.

Two modes:
- ``ids`` (default): every evaluation id is delivered ``--deliveries`` times (a queue
  that redelivers), so duplicate claims race for the same row and must lose.
- ``queue``: workers pull with ``evaluation_claim_next`` (SKIP LOCKED) until empty.

Afterwards it proves, from fresh queries, that every evaluation was claimed exactly
once, completed, and has all its agent results (none lost), and that every idea is
completed. It prints throughput, p50/p99 latencies, errors and pool statistics, and
exits non-zero if any check fails.

Its rows belong to one marker user (ideas-bench@ideas.example.com); they are deleted
before the run and, unless ``--keep``, after it (PostgreSQL cascades the delete).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count, Q  # noqa: E402

from accounts.models import User  # noqa: E402
from ideas import services  # noqa: E402
from ideas.choices import (  # noqa: E402
    AgentResultStatus,
    AgentType,
    EvaluationPriority,
    EvaluationStatus,
    IdeaStatus,
)
from ideas.models import AgentResult, BusinessIdea, Evaluation  # noqa: E402

MARKER_EMAIL = "ideas-bench@ideas.example.com"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ideas", type=int, default=200, help="evaluations to run (one per idea)")
    parser.add_argument("--workers", type=int, default=120, help="worker threads")
    parser.add_argument("--mode", choices=("ids", "queue"), default="ids")
    parser.add_argument("--deliveries", type=int, default=2, help="ids mode: claims per evaluation")
    parser.add_argument(
        "--agents", type=int, default=len(AgentType.values), help="agents per evaluation"
    )
    parser.add_argument("--agent-ms", type=float, default=20.0, help="simulated work per agent")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the benchmark rows")
    return parser.parse_args()


@contextmanager
def pooled():
    """One database call: the thread takes a pooled connection and gives it back after."""
    try:
        yield
    finally:
        connection.close()  # with a pool, close() returns the connection to it


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.wins: Counter = Counter()  # evaluation id -> successful claims
        self.started_at: dict = {}  # evaluation id -> started_at written by the winner
        self.lost: Counter = Counter()  # exception class name -> refused duplicate claims
        self.errors: list[str] = []
        self.evaluation_latency: list[float] = []
        self.call_latency: list[float] = []
        self.in_flight = 0
        self.max_in_flight = 0

    def call(self, fn, **kwargs):
        t0 = time.perf_counter()
        try:
            with pooled():
                return fn(**kwargs)
        finally:
            with self.lock:
                self.call_latency.append(time.perf_counter() - t0)


def cleanup() -> int:
    deleted = BusinessIdea.objects.filter(user__email=MARKER_EMAIL).count()
    User.objects.filter(email=MARKER_EMAIL).delete()  # DB_CASCADE: ideas, evaluations, results
    return deleted


def setup_data(args, rng) -> list:
    user = User.objects.create_user(email=MARKER_EMAIL, first_name="Load", last_name="Bench")
    ideas = BusinessIdea.objects.bulk_create(
        [
            BusinessIdea(
                user=user,
                title=f"Benchmark idea {n}",
                description=f"Benchmark business idea number {n}: " + "a plausible plan. " * 4,
                status=IdeaStatus.SUBMITTED,
            )
            for n in range(args.ideas)
        ]
    )
    priorities = EvaluationPriority.values
    evaluations = Evaluation.objects.bulk_create(
        [Evaluation(business_idea=idea, priority=rng.choice(priorities)) for idea in ideas]
    )
    return [e.pk for e in evaluations]


def run_agents(stats, evaluation, agents, agent_ms, rng):
    for agent in agents:
        time.sleep(agent_ms / 1000 * (0.5 + rng.random()))  # the agent's work, no connection
        result = stats.call(
            services.agent_result_start,
            evaluation_id=evaluation.pk,
            agent_type=agent,
            input_data={"business_idea_id": str(evaluation.business_idea_id), "depth": "benchmark"},
        )
        stats.call(
            services.agent_result_complete,
            agent_result_id=result.pk,
            output_data={"summary": f"{agent} findings", "tokens": rng.randrange(500, 5000)},
            insights={"strengths": ["benchmark"], "risks": []},
            score=round(rng.uniform(0, 100), 1),
        )


def evaluate(stats, args, agents, claim, seed):
    """Claim (by id or from the queue), run the agents, complete. False: nothing claimed."""
    rng = random.Random(seed)
    t0 = time.perf_counter()
    try:
        evaluation = stats.call(claim)
    except services.InvalidTransition as exc:
        with stats.lock:
            stats.lost[type(exc).__name__] += 1
        return True
    except Exception as exc:  # noqa: BLE001 - reported, never hidden
        with stats.lock:
            stats.errors.append(f"claim: {type(exc).__name__}: {exc}")
        return True
    if evaluation is None:
        return False
    with stats.lock:
        stats.wins[evaluation.pk] += 1
        stats.started_at.setdefault(evaluation.pk, evaluation.started_at)
        stats.in_flight += 1
        stats.max_in_flight = max(stats.max_in_flight, stats.in_flight)
    try:
        run_agents(stats, evaluation, agents, args.agent_ms, rng)
        stats.call(services.evaluation_complete, evaluation_id=evaluation.pk)
        with stats.lock:
            stats.evaluation_latency.append(time.perf_counter() - t0)
    except Exception as exc:  # noqa: BLE001
        with stats.lock:
            stats.errors.append(f"evaluation {evaluation.pk}: {type(exc).__name__}: {exc}")
    finally:
        with stats.lock:
            stats.in_flight -= 1
    return True


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def verify(stats, args, evaluation_ids, agents) -> list[str]:
    """Fresh queries: each evaluation claimed once, completed, with every agent result."""
    problems = []
    ids = set(evaluation_ids)
    twice = [pk for pk, n in stats.wins.items() if n > 1]
    if twice:
        problems.append(f"{len(twice)} evaluation(s) claimed more than once")
    if set(stats.wins) != ids:
        problems.append(f"{len(ids - set(stats.wins))} evaluation(s) never claimed")
    if args.mode == "ids":
        expected_lost = len(ids) * (args.deliveries - 1)
        if sum(stats.lost.values()) != expected_lost or set(stats.lost) - {"InvalidTransition"}:
            problems.append(f"refused claims {dict(stats.lost)}, expected {expected_lost}")
    rows = Evaluation.objects.filter(pk__in=ids).annotate(
        results_total=Count("agent_results"),
        results_completed=Count(
            "agent_results", filter=Q(agent_results__status=AgentResultStatus.COMPLETED)
        ),
    )
    for ev in rows:
        if ev.status != EvaluationStatus.COMPLETED:
            problems.append(f"evaluation {ev.pk} is {ev.status}")
        elif not (ev.started_at <= ev.completed_at):
            problems.append(f"evaluation {ev.pk} completed before it started")
        if ev.results_total != len(agents) or ev.results_completed != len(agents):
            problems.append(f"evaluation {ev.pk} has {ev.results_completed}/{len(agents)} results")
        if (ev.results or {}).get("completed_agents") != len(agents):
            problems.append(f"evaluation {ev.pk} results summarize {ev.results!r}")
        if stats.started_at.get(ev.pk) != ev.started_at:
            problems.append(f"evaluation {ev.pk} started_at is not the winning claim's")
    stored = AgentResult.objects.filter(evaluation_id__in=ids).count()
    if stored != len(ids) * len(agents):
        problems.append(f"{stored} agent results stored, expected {len(ids) * len(agents)}")
    not_done = BusinessIdea.objects.filter(evaluations__in=ids).exclude(status=IdeaStatus.COMPLETED)
    if not_done.exists():
        problems.append(f"{not_done.count()} idea(s) not completed")
    return problems


def main() -> int:
    args = parse_args()
    settings.DEBUG = False  # no per-query logging while measuring
    rng = random.Random(args.seed)
    agents = list(AgentType.values)[: args.agents]
    call_command("migrate", verbosity=0)
    leftovers = cleanup()
    evaluation_ids = setup_data(args, rng)
    pool = connection.pool
    connection.close()
    with connection.cursor() as cur:
        cur.execute("SHOW server_version")
        server_version = cur.fetchone()[0]
    connection.close()
    pool.pop_stats()

    stats = Stats()
    if args.mode == "ids":
        jobs = [pk for pk in evaluation_ids for _ in range(args.deliveries)]
        rng.shuffle(jobs)

        def job(i_pk):
            i, pk = i_pk
            return evaluate(
                stats, args, agents, lambda: services.evaluation_claim(evaluation_id=pk), i
            )

        work = list(enumerate(jobs))
    else:

        def job(i):
            n = 0
            while evaluate(stats, args, agents, services.evaluation_claim_next, i * 100_000 + n):
                n += 1

        work = list(range(args.workers))

    def run(item):
        try:
            job(item)
        finally:
            connection.close()

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.workers) as executor:
        list(executor.map(run, work))
    elapsed = time.perf_counter() - t0
    pool_stats = pool.get_stats()

    problems = verify(stats, args, evaluation_ids, agents)
    completed = len(stats.evaluation_latency)
    calls = len(stats.call_latency)
    ms = 1000
    lines = [
        f"ideas_load: mode={args.mode} evaluations={len(evaluation_ids)} workers={args.workers} "
        f"agents={len(agents)} agent_ms={args.agent_ms:g}"
        + (f" deliveries={args.deliveries}" if args.mode == "ids" else ""),
        f"  server: PostgreSQL {server_version}, pool max_size={settings.DB_POOL_MAX_SIZE} "
        f"(DB_POOL_MAX_SIZE), python {platform.python_version()}, {os.cpu_count()} CPU(s)",
        f"  completed {completed} evaluations in {elapsed:.2f}s: "
        f"{completed / elapsed:.1f} evaluations/s, {calls / elapsed:.0f} service calls/s "
        f"({calls} transactions)",
        f"  evaluation latency (claim -> completed, incl. {len(agents)} x ~{args.agent_ms:g} ms "
        f"agent work): p50 {percentile(stats.evaluation_latency, 50) * ms:.0f} ms, "
        f"p99 {percentile(stats.evaluation_latency, 99) * ms:.0f} ms, "
        f"max {max(stats.evaluation_latency, default=float('nan')) * ms:.0f} ms",
        f"  service call latency (pool wait + transaction): "
        f"p50 {percentile(stats.call_latency, 50) * ms:.1f} ms, "
        f"p99 {percentile(stats.call_latency, 99) * ms:.1f} ms",
        f"  concurrency: max {stats.max_in_flight} evaluations in flight at once",
        f"  claims: {sum(stats.wins.values())} won, "
        f"{sum(stats.lost.values())} duplicate claims refused ({dict(stats.lost) or 'none'})",
        f"  pool: size {pool_stats.get('pool_size', '?')}/{pool_stats.get('pool_max', '?')}, "
        f"requests {pool_stats.get('requests_num', 0)}, "
        f"waited {pool_stats.get('requests_queued', 0)} times "
        f"({pool_stats.get('requests_wait_ms', 0)} ms total), "
        f"timeouts {pool_stats.get('requests_errors', 0)}, "
        f"new connections {pool_stats.get('connections_num', 0)}",
        f"  errors: {len(stats.errors)}",
        "  check: "
        + (
            "OK - every evaluation claimed exactly once, completed, "
            f"{len(evaluation_ids) * len(agents)} of {len(evaluation_ids) * len(agents)} "
            "agent results stored, every idea completed"
            if not problems
            else "FAILED"
        ),
    ]
    for error in stats.errors[:10]:
        lines.append(f"    error: {error}")
    for problem in problems[:20]:
        lines.append(f"    problem: {problem}")
    if leftovers:
        lines.append(f"  (removed {leftovers} ideas left by an earlier run)")
    if args.keep:
        lines.append(f"  kept the rows (user {MARKER_EMAIL})")
    else:
        cleanup()
        lines.append(f"  cleaned up: rows of {MARKER_EMAIL} deleted")
    print("\n".join(lines))
    return 1 if problems or stats.errors else 0


if __name__ == "__main__":
    sys.exit(main())
