"""One factory per engagement model; every default satisfies the database rules."""

import datetime

import factory
from django.conf import settings
from django.utils import timezone

from engagement import models
from engagement.choices import (
    AdvocateStatus,
    ApprovalStatus,
    Archetype,
    AuditAction,
    ChampionTier,
    CompetitorCategory,
    EscalationPriority,
    EscalationReason,
    ExperimentStatus,
    KpiType,
    OperationalMode,
    Platform,
    PricePoint,
    SegmentType,
    Sentiment,
    WeightAdjustmentAction,
)
from tests.accounts.factories import StaffUserFactory


def signed(text: str) -> str:
    return f"{text} {settings.ENGAGEMENT_REPLY_SIGNATURE}"


class AuthorFactory(factory.django.DjangoModelFactory):
    platform = Platform.TWITTER
    platform_id = factory.Sequence(lambda n: f"{1000 + n}")
    handle = factory.Sequence(lambda n: f"user_{n}")
    display_name = factory.Faker("name")
    follower_count = 120

    class Meta:
        model = models.Author


class PostFactory(factory.django.DjangoModelFactory):
    platform = Platform.TWITTER
    platform_post_id = factory.Sequence(lambda n: f"post-{n}")
    author = factory.SubFactory(AuthorFactory, platform=factory.SelfAttribute("..platform"))
    content = "Woke up with a brutal hangover again, what actually helps?"
    keyword_matches = factory.LazyFunction(lambda: ["hangover"])
    keyword_categories = factory.LazyFunction(lambda: ["symptom"])

    class Meta:
        model = models.Post


class ExperimentFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"experiment {n}")
    description = "Checklist vs coach archetype"
    variant_a = factory.LazyFunction(lambda: {"archetype": "CHECKLIST"})
    variant_b = factory.LazyFunction(lambda: {"archetype": "COACH"})
    metric = "help_count"
    traffic_split = 0.5
    status = ExperimentStatus.RUNNING

    class Meta:
        model = models.Experiment


class DecisionFactory(factory.django.DjangoModelFactory):
    post = factory.SubFactory(PostFactory)
    sss_score = 0.8
    ars_score = 0.6
    evs_score = 0.7
    trs_score = 0.9
    composite_score = 0.75
    mode = OperationalMode.HELPFUL
    archetype = Archetype.CHECKLIST

    class Meta:
        model = models.Decision


class ReplyFactory(factory.django.DjangoModelFactory):
    decision = factory.SubFactory(DecisionFactory)
    content = factory.LazyFunction(lambda: signed("Hydrate before bed and eat something salty."))
    archetype = Archetype.CHECKLIST
    platform = Platform.TWITTER
    utm_code = factory.Sequence(lambda n: f"tw-reply-{n}")

    class Meta:
        model = models.Reply


class ApprovedReplyFactory(ReplyFactory):
    approval_status = ApprovalStatus.APPROVED
    approved_by = factory.SubFactory(StaffUserFactory)
    approved_at = factory.LazyFunction(timezone.now)


class CompetitorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Competitor {n}")
    category = CompetitorCategory.ELECTROLYTE
    primary_mechanism = "electrolytes"
    price_point = PricePoint.MID
    brand_keywords = factory.LazyFunction(lambda: ["liquidiv"])

    class Meta:
        model = models.Competitor


class CompetitiveMentionFactory(factory.django.DjangoModelFactory):
    post = factory.SubFactory(PostFactory)
    competitor = factory.SubFactory(CompetitorFactory)
    sentiment = Sentiment.NEGATIVE
    opportunity_score = 0.7

    class Meta:
        model = models.CompetitiveMention


class CommunityChampionFactory(factory.django.DjangoModelFactory):
    author = factory.SubFactory(AuthorFactory)
    tier = ChampionTier.BRONZE
    advocate_status = AdvocateStatus.PROSPECT

    class Meta:
        model = models.CommunityChampion


class KpiMetricFactory(factory.django.DjangoModelFactory):
    date = factory.Sequence(lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n))
    platform = Platform.TWITTER
    metric_type = KpiType.ENGAGEMENT
    metric_name = "replies_posted"
    value = 12.0

    class Meta:
        model = models.KpiMetric


class EscalationFactory(factory.django.DjangoModelFactory):
    post = factory.SubFactory(PostFactory)
    reason = EscalationReason.MEDICAL_QUESTION
    priority = EscalationPriority.MEDIUM

    class Meta:
        model = models.Escalation


class AuditLogFactory(factory.django.DjangoModelFactory):
    entity_type = "reply"
    entity_id = factory.Faker("uuid4")
    action = AuditAction.CREATED
    actor_label = "bot"

    class Meta:
        model = models.AuditLog


class WeightAdjustmentLogFactory(factory.django.DjangoModelFactory):
    date = factory.Sequence(lambda n: datetime.date(2025, 6, 1) + datetime.timedelta(days=n))
    action = WeightAdjustmentAction.ADJUSTED
    reason = "Segments reached minimum sample size"
    valid_segments = 3
    total_segments = 5
    old_weights = factory.LazyFunction(lambda: {"sss": 0.25, "ars": 0.25, "evs": 0.25, "trs": 0.25})
    new_weights = factory.LazyFunction(lambda: {"sss": 0.3, "ars": 0.2, "evs": 0.25, "trs": 0.25})
    predicted_improvement = 0.04

    class Meta:
        model = models.WeightAdjustmentLog


class LearningEventFactory(factory.django.DjangoModelFactory):
    date = datetime.date(2025, 6, 1)
    adjustment_type = "weight_shift"
    adjustment = factory.LazyFunction(lambda: {"sss": 0.05})
    predicted_improvement = 0.04
    baseline_performance = 0.31

    class Meta:
        model = models.LearningEvent


class RandomizedExperimentFactory(factory.django.DjangoModelFactory):
    decision = factory.SubFactory(
        DecisionFactory, is_randomized_experiment=True, predicted_mode=OperationalMode.HELPFUL
    )
    predicted_mode = OperationalMode.HELPFUL
    actual_mode = OperationalMode.ENGAGEMENT
    predicted_outcome = 0.6

    class Meta:
        model = models.RandomizedExperiment


class SegmentedWeightFactory(factory.django.DjangoModelFactory):
    segment_type = SegmentType.PLATFORM
    segment_key = factory.Sequence(lambda n: f"segment_{n}")
    sss_weight = 0.25
    ars_weight = 0.25
    evs_weight = 0.25
    trs_weight = 0.25
    sample_size = 120
    performance = 0.4

    class Meta:
        model = models.SegmentedWeight
