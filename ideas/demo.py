"""Demo data for ideas at scale (manage.py generate_demo_data).

Per scale unit: about 2 ideas for each of the given users' first 1000, ~70% of them
evaluated, each evaluation with its agent results. Statuses, timestamps and
results respect every database rule (the same shapes the services write). Only
``rng`` and a fixed base time are used, so one ``--seed`` gives the same rows.
"""

from __future__ import annotations

import datetime as dt
import uuid

from core.db.copy import CopySink, Row
from ideas.choices import (
    AgentResultStatus,
    AgentType,
    EvaluationPriority,
    EvaluationStatus,
    IdeaStatus,
)
from ideas.models import AgentResult, BusinessIdea, Evaluation
from ideas.services import summarize_agent_results

BATCH_SIZE = 5000
IDEAS_PER_SCALE = 2000
BASE_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

PRODUCTS = (
    "meal planner, tool library, carbon tracker, lab equipment marketplace, language exchange, "
    "plant care service, bike repair van, tutoring marketplace, invoice assistant, pet sitter app"
).split(", ")
AUDIENCES = (
    "busy parents, small builders, universities, remote teams, offices, students, "
    "freelancers, pet owners, retirees, restaurants"
).split(", ")
HOOKS = (
    "using AI to cut the work in half|with a subscription that replaces a one-off purchase|"
    "through a marketplace that takes a small commission|with a hardware sensor and an app"
).split("|")


def _uuid(rng) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


AGENTS = tuple(AgentType.values)
PRIORITIES = tuple(EvaluationPriority.values)


def _agent_rows(rng, evaluation, status, started) -> list[Row]:
    agents = list(AGENTS)
    if status == EvaluationStatus.ANALYZING:
        agents = agents[: rng.randrange(1, len(agents))]
    rows = []
    for i, agent in enumerate(agents):
        a_started = started + dt.timedelta(seconds=30 * i)
        if status == EvaluationStatus.ANALYZING and i == len(agents) - 1:
            a_status = AgentResultStatus.RUNNING
        elif status == EvaluationStatus.FAILED and i == len(agents) - 1:
            a_status = AgentResultStatus.FAILED
        else:
            a_status = AgentResultStatus.COMPLETED
        done = a_status in (AgentResultStatus.COMPLETED, AgentResultStatus.FAILED)
        score = round(rng.uniform(20, 95), 1) if a_status == AgentResultStatus.COMPLETED else None
        rows.append(
            Row(
                id=_uuid(rng),
                evaluation_id=evaluation.id,
                agent_type=agent,
                status=a_status,
                input_data={
                    "business_idea_id": str(evaluation.business_idea_id),
                    "depth": "standard",
                },
                output_data={"summary": f"{agent} findings", "confidence": round(rng.random(), 2)}
                if a_status == AgentResultStatus.COMPLETED
                else None,
                insights={"strengths": ["clear audience"], "risks": ["competition"]}
                if a_status == AgentResultStatus.COMPLETED
                else None,
                score=score,
                started_at=a_started,
                completed_at=a_started + dt.timedelta(seconds=rng.randrange(5, 29))
                if done
                else None,
                error_message="agent timed out" if a_status == AgentResultStatus.FAILED else None,
                created_at=a_started,
            )
        )
    return rows


def generate(*, scale: int, rng, users: list, progress) -> dict[str, int]:
    if not users:
        return {"ideas.BusinessIdea": 0, "ideas.Evaluation": 0, "ideas.AgentResult": 0}
    sink = CopySink(batch_size=BATCH_SIZE, progress=progress)
    idea_statuses = (
        [IdeaStatus.DRAFT, IdeaStatus.SUBMITTED]
        + [IdeaStatus.COMPLETED] * 3
        + [IdeaStatus.EVALUATING]
    )
    for n in range(IDEAS_PER_SCALE * scale):
        created = BASE_TIME - dt.timedelta(seconds=rng.randrange(180 * 86_400))
        status = rng.choice(idea_statuses)
        idea = sink.row(
            BusinessIdea,
            id=_uuid(rng),
            user=rng.choice(users),
            title=f"{rng.choice(PRODUCTS).capitalize()} for {rng.choice(AUDIENCES)} #{n}",
            description=(
                f"A {rng.choice(PRODUCTS)} for {rng.choice(AUDIENCES)}, {rng.choice(HOOKS)}. "
                f"We would start in one city and grow through partnerships."
            ),
            status=status,
            deleted_at=created + dt.timedelta(days=3) if rng.random() < 0.03 else None,
            created_at=created,
        )
        if status == IdeaStatus.DRAFT:
            continue
        # submitted: pending or failed; evaluating: analyzing; completed: completed
        ev_status = {
            IdeaStatus.SUBMITTED: rng.choice([EvaluationStatus.PENDING, EvaluationStatus.FAILED]),
            IdeaStatus.EVALUATING: EvaluationStatus.ANALYZING,
            IdeaStatus.COMPLETED: EvaluationStatus.COMPLETED,
        }[status]
        requested = created + dt.timedelta(hours=rng.randrange(1, 48))
        started = requested + dt.timedelta(seconds=rng.randrange(1, 600))
        evaluation = Row(
            id=_uuid(rng),
            business_idea_id=idea.id,
            status=ev_status,
            priority=rng.choice(PRIORITIES),
            created_at=requested,
        )
        if ev_status != EvaluationStatus.PENDING:
            evaluation.started_at = started
            rows = _agent_rows(rng, evaluation, ev_status, started)
            if ev_status in (EvaluationStatus.COMPLETED, EvaluationStatus.FAILED):
                evaluation.completed_at = started + dt.timedelta(minutes=5)
            if ev_status == EvaluationStatus.COMPLETED:
                evaluation.results = summarize_agent_results(rows)
            if ev_status == EvaluationStatus.FAILED:
                evaluation.error_message = f"{rows[-1].agent_type}: agent timed out"
        else:
            rows = []
        sink.row(Evaluation, **evaluation)  # complete now: the next row may write a batch
        for row in rows:
            sink.row(AgentResult, **row)
    sink.flush()
    return {
        model._meta.label: sink.count(model) for model in (BusinessIdea, Evaluation, AgentResult)
    }
