"""Demo data at scale for ``manage.py generate_demo_data`` (docs/development.md)."""

import hashlib
import random
import uuid
from datetime import UTC, datetime, timedelta

from research import models
from research.choices import AnalysisStatus, RunStatus

BASE_TIME = datetime(2026, 1, 1, tzinfo=UTC)
BATCH = 1000
MODELS = ("gpt-4o", "claude-3-5-sonnet", "llama-3-70b", "gemini-1.5-pro")
ACTIONS = ("divert", "wait", "report", "stay silent", "help", "refuse")


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _at(rng: random.Random) -> datetime:
    return BASE_TIME + timedelta(seconds=rng.randrange(0, 90 * 24 * 3600))


def _content(rng: random.Random, title: str) -> dict:
    levels = rng.sample(ACTIONS, 2)
    return {
        "schema_version": 1,
        "preamble": f"{title}.",
        "template": "Should the agent {action}?",
        "dimensions": [{"name": "action", "levels": levels}],
    }


def generate(*, scale: int, rng: random.Random, users: list, progress) -> dict[str, int]:
    """``scale`` definition trees (root, 2 forks, 4 grandchildren), each definition
    with one scenario and one run of 3 transcripts, one analysis per run (a
    superseded v1 and a current v2 for every other run), one comparison per
    tree, one experiment per 5 trees, and ``max(1, scale // 10)`` rubrics."""
    counts = dict.fromkeys(
        (
            "research.Definition",
            "research.Scenario",
            "research.Experiment",
            "research.Run",
            "research.Transcript",
            "research.RunComparison",
            "research.AnalysisResult",
            "research.Rubric",
        ),
        0,
    )
    experiments = [
        models.Experiment(
            id=_uuid(rng),
            name=f"Experiment {i + 1}",
            hypothesis="Higher stakes change the models' choices.",
            analysis_plan={"test": "mann_whitney_u", "alpha": 0.05},
            created_at=_at(rng),
        )
        for i in range(max(1, scale // 5))
    ]
    models.Experiment.objects.bulk_create(experiments, batch_size=BATCH)
    counts["research.Experiment"] = len(experiments)

    for tree in range(scale):
        created = _at(rng)
        root = models.Definition(
            id=_uuid(rng),
            name=f"Dilemma {tree + 1}",
            created_at=created,
            content=_content(rng, f"Dilemma {tree + 1}"),
        )
        children = [
            models.Definition(
                id=_uuid(rng),
                parent=root,
                name=f"Dilemma {tree + 1}.{i + 1}",
                created_at=created + timedelta(hours=i + 1),
                content=_content(rng, f"Dilemma {tree + 1}.{i + 1}"),
            )
            for i in range(2)
        ]
        grandchildren = [
            models.Definition(
                id=_uuid(rng),
                parent=child,
                name=f"{child.name}.{j + 1}",
                created_at=created + timedelta(days=1, hours=j),
                content=_content(rng, f"{child.name}.{j + 1}"),
            )
            for child in children
            for j in range(2)
        ]
        # Parents before children: the cycle trigger walks up committed-or-own rows.
        definitions = [root, *children, *grandchildren]
        for level in ([root], children, grandchildren):
            models.Definition.objects.bulk_create(level)
        scenarios = [
            models.Scenario(
                id=_uuid(rng),
                definition=d,
                content={"action": d.content["dimensions"][0]["levels"][0]},
                created_at=d.created_at,
            )
            for d in definitions
        ]
        models.Scenario.objects.bulk_create(scenarios, batch_size=BATCH)
        experiment = experiments[tree % len(experiments)]
        runs, transcripts, results = [], [], []
        for d, scenario in zip(definitions, scenarios, strict=True):
            started = d.created_at + timedelta(hours=2)
            run = models.Run(
                id=_uuid(rng),
                definition=d,
                experiment=experiment,
                status=RunStatus.COMPLETED,
                progress={"total": 3, "completed": 3},
                started_at=started,
                completed_at=started + timedelta(minutes=rng.randint(5, 90)),
                created_at=started,
            )
            runs.append(run)
            for _ in range(3):
                turns = rng.randint(1, 6)
                expired = rng.random() < 0.1
                transcripts.append(
                    models.Transcript(
                        id=_uuid(rng),
                        run=run,
                        scenario=scenario,
                        target_model=rng.choice(MODELS),
                        content=None
                        if expired
                        else {"turns": [{"role": "assistant", "text": "…"}] * turns},
                        turn_count=turns,
                        token_count=turns * rng.randint(20, 200),
                        duration_ms=rng.randint(200, 20_000),
                        created_at=started,
                    )
                )
            versions = 2 if len(runs) % 2 == 0 else 1
            for v in range(1, versions + 1):
                current = v == versions
                results.append(
                    models.AnalysisResult(
                        id=_uuid(rng),
                        run=run,
                        analysis_type="basic_stats",
                        input_hash=hashlib.sha256(f"{run.id}:{v}".encode()).hexdigest(),
                        code_version=f"1.{v - 1}.0",
                        output={
                            "schema_version": 1,
                            "metrics": {"divert_rate": round(rng.random(), 3)},
                        },
                        version=v,
                        status=AnalysisStatus.CURRENT if current else AnalysisStatus.SUPERSEDED,
                        superseded_at=None if current else started + timedelta(days=1),
                        created_at=started + timedelta(hours=v),
                    )
                )
        models.Run.objects.bulk_create(runs, batch_size=BATCH)
        models.Transcript.objects.bulk_create(transcripts, batch_size=BATCH)
        models.AnalysisResult.objects.bulk_create(results, batch_size=BATCH)
        comparison = models.RunComparison(
            id=_uuid(rng),
            baseline_run=runs[0],
            comparison_run=runs[1],
            experiment=experiment,
            delta_data={"divert_rate": {"delta": round(rng.uniform(-1, 1), 3)}},
            statistical_tests={"mann_whitney_u": {"p": round(rng.random(), 3)}},
            created_at=runs[1].created_at,
        )
        comparison.save(force_insert=True)
        counts["research.Definition"] += len(definitions)
        counts["research.Scenario"] += len(scenarios)
        counts["research.Run"] += len(runs)
        counts["research.Transcript"] += len(transcripts)
        counts["research.AnalysisResult"] += len(results)
        counts["research.RunComparison"] += 1
        progress(1)

    # Versions below 1000 are left to the fixtures and to real rubrics (load_fixtures after demo data).
    latest = (
        models.Rubric.objects.order_by("-version").values_list("version", flat=True).first() or 0
    )
    start = max(latest, 1000) + 1
    rubrics = [
        models.Rubric(
            id=_uuid(rng),
            version=start + i,
            content={"values": ["honesty", "harmlessness"]},
            created_at=BASE_TIME + timedelta(days=i),
        )
        for i in range(max(1, scale // 10))
    ]
    models.Rubric.objects.bulk_create(rubrics, batch_size=BATCH)
    counts["research.Rubric"] = len(rubrics)
    return counts
