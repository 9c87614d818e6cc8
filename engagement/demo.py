"""Demo data at scale for ``manage.py generate_demo_data`` (deterministic for a given rng)."""

import random
import uuid
from datetime import UTC, date, datetime, timedelta

from django.conf import settings

from core.db.copy import CopySink
from engagement.choices import (
    ApprovalStatus,
    Archetype,
    AuditAction,
    EscalationPriority,
    EscalationReason,
    EscalationStatus,
    ExperimentStatus,
    KpiType,
    OperationalMode,
    Platform,
    SegmentType,
)
from engagement.models import (
    AuditLog,
    Author,
    Decision,
    Escalation,
    Experiment,
    KpiMetric,
    Post,
    Reply,
    SegmentedWeight,
)

BASE_TIME = datetime(2026, 1, 1, tzinfo=UTC)
BATCH_SIZE = 1000
AUTHORS_PER_SCALE = 30
POSTS_PER_SCALE = 100
KEYWORDS = ["hangover", "headache", "nausea", "electrolytes", "hydration", "brunch", "wedding"]
QUESTIONS = [
    "Worst hangover ever, what actually helps?",
    "Does drinking water between drinks really make a difference?",
    "How do you survive a wedding weekend and still function on Monday?",
    "Electrolyte drinks or coconut water for the morning after?",
    "Why are hangovers so much worse after thirty?",
]
REPLIES = [
    "Three things help most people: water before bed, a salty breakfast and rest.",
    "Pace yourself with a glass of water per drink and eat before you go out.",
    "Sleep is underrated here; hydration and a light meal do the rest.",
]


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _score(rng):
    return round(rng.random(), 3)


def generate(*, scale: int, rng: random.Random, users: list, progress) -> dict[str, int]:
    """Bulk-create authors, posts, decisions, replies, escalations, experiments, KPIs,
    segment weights and audit rows for ``scale``; return {model label: rows created}."""
    run = f"{rng.getrandbits(32):08x}"
    experiments = [
        Experiment(
            id=_uuid(rng),
            name=f"demo {run} archetype test {i}",
            description="Demo A/B test",
            variant_a={"archetype": Archetype.CHECKLIST},
            variant_b={"archetype": Archetype.COACH},
            metric="help_count",
            traffic_split=0.5,
            status=ExperimentStatus.RUNNING,
            start_date=BASE_TIME,
        )
        for i in range(max(1, scale // 5))
    ]
    authors = []
    for i in range(AUTHORS_PER_SCALE * scale):
        platform = Platform.values[i % 3]
        power = rng.random() < 0.1
        authors.append(
            Author(
                id=_uuid(rng),
                platform=platform,
                platform_id=f"demo{run}{i}",
                handle=f"demo_{run}_{i}",
                display_name=f"Demo author {i}",
                follower_count=rng.randrange(50, 200_000 if power else 5_000),
                is_power_user=power,
                power_tier="MACRO" if power else None,
                archetype_tags=[rng.choice(Archetype.values)],
                relationship_score=_score(rng),
                first_seen_at=BASE_TIME,
                last_seen_at=BASE_TIME + timedelta(days=rng.randrange(0, 60)),
            )
        )
    sink = CopySink(batch_size=BATCH_SIZE, progress=progress)
    sink.extend(experiments)
    sink.extend(authors)
    approvals = []  # (reply id, approver, when): their audit rows come last, in this order
    for i in range(POSTS_PER_SCALE * scale):
        author = rng.choice(authors)
        detected = BASE_TIME + timedelta(minutes=rng.randrange(0, 60 * 24 * 120))
        post = sink.row(
            Post,
            id=_uuid(rng),
            platform=author.platform,
            platform_post_id=f"demo_{run}_{i}",
            author_id=author.id,
            content=rng.choice(QUESTIONS),
            detected_at=detected,
            processed_at=detected + timedelta(seconds=rng.randrange(1, 300)),
            keyword_matches=rng.sample(KEYWORDS, rng.randrange(1, 4)),
            keyword_categories=["symptom"],
            raw_metrics={"likes": rng.randrange(0, 500)},
        )
        mode = rng.choice(OperationalMode.values)
        experiment = rng.choice(experiments) if rng.random() < 0.3 else None
        decision = sink.row(
            Decision,
            id=_uuid(rng),
            post_id=post.id,
            sss_score=_score(rng),
            ars_score=_score(rng),
            evs_score=_score(rng),
            trs_score=_score(rng),
            composite_score=_score(rng),
            mode=mode,
            archetype=None if mode == OperationalMode.DISENGAGED else rng.choice(Archetype.values),
            experiment_id=experiment.id if experiment else None,
            experiment_variant=rng.choice("AB") if experiment else None,
            is_power_user=author.is_power_user,
            created_at=detected + timedelta(minutes=1),
        )
        if mode != OperationalMode.DISENGAGED and rng.random() < 0.4:
            approved = users and rng.random() < 0.6
            reviewed_at = detected + timedelta(hours=1)
            approver = rng.choice(users) if approved else None
            reply = sink.row(
                Reply,
                id=_uuid(rng),
                decision_id=decision.id,
                content=f"{rng.choice(REPLIES)} {settings.ENGAGEMENT_REPLY_SIGNATURE}",
                archetype=decision.archetype,
                platform=post.platform,
                utm_code=f"demo-{run}-{i}",
                approval_status=ApprovalStatus.APPROVED if approved else ApprovalStatus.PENDING,
                approved_by=approver,
                approved_at=reviewed_at if approved else None,
                posted_at=reviewed_at + timedelta(minutes=5) if approved else None,
                help_count=rng.randrange(0, 10) if approved else 0,
            )
            if approved:
                approvals.append((reply.id, approver, reviewed_at))
        if rng.random() < 0.05:
            sink.row(
                Escalation,
                id=_uuid(rng),
                post_id=post.id,
                decision_id=decision.id,
                reason=rng.choice(EscalationReason.values),
                priority=rng.choice(EscalationPriority.values),
                status=EscalationStatus.OPEN,
                created_at=detected + timedelta(minutes=2),
            )
    kpis = [
        KpiMetric(
            id=_uuid(rng),
            date=date(2020, 1, 1) + timedelta(days=(int(run, 16) % 2000) + d),
            platform=platform,
            metric_type=KpiType.ENGAGEMENT,
            metric_name="replies_posted",
            value=float(rng.randrange(0, 100)),
        )
        for d in range(10 * scale)
        for platform in [*Platform.values, None]
    ]
    weights = [
        SegmentedWeight(
            id=_uuid(rng),
            segment_type=SegmentType.PLATFORM,
            segment_key=f"{platform}_{run}",
            sss_weight=0.25,
            ars_weight=0.25,
            evs_weight=0.25,
            trs_weight=0.25,
            sample_size=rng.randrange(10, 500),
            performance=_score(rng),
        )
        for platform in Platform.values
    ]
    sink.extend(kpis)
    sink.extend(weights)
    for reply_id, approver, when in approvals:
        sink.row(
            AuditLog,
            id=_uuid(rng),
            entity_type="reply",
            entity_id=str(reply_id),
            action=AuditAction.APPROVED,
            actor=approver,
            actor_label=approver.email,
            created_at=when,
        )
    sink.flush()
    models = (Experiment, Author, Post, Decision, Reply, Escalation, KpiMetric, SegmentedWeight)
    return {model._meta.label: sink.count(model) for model in (*models, AuditLog)}
