"""Demo data at scale for ``manage.py generate_demo_data`` (deterministic for a given rng)."""

import random
import uuid
from datetime import UTC, date, datetime, timedelta

from django.conf import settings

from engagement import models
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
        models.Experiment(
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
            models.Author(
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
    posts, decisions, replies, escalations = [], [], [], []
    for i in range(POSTS_PER_SCALE * scale):
        author = rng.choice(authors)
        detected = BASE_TIME + timedelta(minutes=rng.randrange(0, 60 * 24 * 120))
        post = models.Post(
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
        posts.append(post)
        mode = rng.choice(OperationalMode.values)
        experiment = rng.choice(experiments) if rng.random() < 0.3 else None
        decision = models.Decision(
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
        decisions.append(decision)
        if mode != OperationalMode.DISENGAGED and rng.random() < 0.4:
            approved = users and rng.random() < 0.6
            reviewed_at = detected + timedelta(hours=1)
            replies.append(
                models.Reply(
                    id=_uuid(rng),
                    decision_id=decision.id,
                    content=f"{rng.choice(REPLIES)} {settings.ENGAGEMENT_REPLY_SIGNATURE}",
                    archetype=decision.archetype,
                    platform=post.platform,
                    utm_code=f"demo-{run}-{i}",
                    approval_status=ApprovalStatus.APPROVED if approved else ApprovalStatus.PENDING,
                    approved_by=rng.choice(users) if approved else None,
                    approved_at=reviewed_at if approved else None,
                    posted_at=reviewed_at + timedelta(minutes=5) if approved else None,
                    help_count=rng.randrange(0, 10) if approved else 0,
                )
            )
        if rng.random() < 0.05:
            escalations.append(
                models.Escalation(
                    id=_uuid(rng),
                    post_id=post.id,
                    decision_id=decision.id,
                    reason=rng.choice(EscalationReason.values),
                    priority=rng.choice(EscalationPriority.values),
                    status=EscalationStatus.OPEN,
                    created_at=detected + timedelta(minutes=2),
                )
            )
    kpis = [
        models.KpiMetric(
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
        models.SegmentedWeight(
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
    audits = [
        models.AuditLog(
            id=_uuid(rng),
            entity_type="reply",
            entity_id=str(r.id),
            action=AuditAction.APPROVED,
            actor=r.approved_by,
            actor_label=getattr(r.approved_by, "email", ""),
            created_at=r.approved_at,
        )
        for r in replies
        if r.approval_status == ApprovalStatus.APPROVED
    ]
    counts = {}
    for model, objs in [
        (models.Experiment, experiments),
        (models.Author, authors),
        (models.Post, posts),
        (models.Decision, decisions),
        (models.Reply, replies),
        (models.Escalation, escalations),
        (models.KpiMetric, kpis),
        (models.SegmentedWeight, weights),
        (models.AuditLog, audits),
    ]:
        model.objects.bulk_create(objs, batch_size=BATCH_SIZE)
        counts[model._meta.label] = len(objs)
        progress(len(objs))
    return counts
