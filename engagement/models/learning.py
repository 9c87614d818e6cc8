"""A/B experiments and the advanced learning system tables of seed 002."""

from django.db import models

from core.db import constraints as rules
from core.models import choice_field
from engagement.choices import (
    ExperimentStatus,
    ExperimentWinner,
    OperationalMode,
    SegmentType,
    WeightAdjustmentAction,
)
from engagement.models.base import CreatedModel, TimestampedUUIDModel
from engagement.models.core import Decision, counter_field, mode_field, score_field

Q = models.Q


class Experiment(TimestampedUUIDModel):
    name = models.CharField(max_length=100)
    description = models.TextField(blank=True, default="", db_default="")
    variant_a = models.JSONField(default=dict, db_default={})
    variant_b = models.JSONField(default=dict, db_default={})
    metric = models.CharField(max_length=100, help_text="The KPI the experiment optimises.")
    traffic_split = score_field(
        default=0.5, db_default=0.5, help_text="Share of traffic sent to variant B (0..1)."
    )
    status = choice_field(ExperimentStatus, ExperimentStatus.DRAFT, max_length=10)
    start_date = models.DateTimeField(null=True, blank=True)
    end_date = models.DateTimeField(null=True, blank=True)
    results_json = models.JSONField(null=True, blank=True)
    winner = models.CharField(max_length=12, choices=ExperimentWinner, null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["name"], name="%(app_label)s_%(class)s_name_unique"),
            rules.valid_choice("status", ExperimentStatus),
            rules.valid_choice("winner", ExperimentWinner),
            rules.unit_range("traffic_split"),
            *rules.each(rules.not_blank, "name", "metric"),
            rules.check(
                "date_order",
                Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                "end_date cannot be before start_date.",
            ),
            rules.check(
                "winner_needs_completed",
                Q(winner__isnull=True) | Q(status=ExperimentStatus.COMPLETED),
                "Only a completed experiment has a winner.",
            ),
        ]
        indexes = [models.Index(fields=["status"], name="eng_experiment_status_idx")]

    def __str__(self):
        return self.name


class WeightAdjustmentLog(CreatedModel):
    date = models.DateField()
    action = models.CharField(max_length=12, choices=WeightAdjustmentAction)
    reason = models.TextField(blank=True, default="", db_default="")
    valid_segments = counter_field()
    total_segments = counter_field()
    sample_sizes = models.JSONField(default=dict, db_default={}, blank=True)
    old_weights = models.JSONField(default=dict, db_default={}, blank=True)
    new_weights = models.JSONField(default=dict, db_default={}, blank=True)
    predicted_improvement = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ["-date", "-created_at"]
        constraints = [
            rules.valid_choice("action", WeightAdjustmentAction),
            rules.non_negative("valid_segments"),  # with segments_order: total >= 0 too
            rules.check(
                "segments_order",
                Q(valid_segments__lte=models.F("total_segments")),
                "valid_segments cannot exceed total_segments.",
            ),
            rules.finite("predicted_improvement"),
        ]
        indexes = [models.Index(fields=["date"], name="eng_weightlog_date_idx")]

    def __str__(self):
        return f"{self.date} {self.action}"


class LearningEvent(CreatedModel):
    date = models.DateField()
    adjustment_type = models.CharField(max_length=50)
    adjustment = models.JSONField(default=dict, db_default={}, blank=True)
    predicted_improvement = models.FloatField()
    baseline_performance = models.FloatField()
    actual_improvement = models.FloatField(null=True, blank=True)
    accuracy = score_field(null=True, blank=True)
    evaluated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-date", "-created_at"]
        constraints = [
            rules.matches("adjustment_type", r"^[a-z_]{1,50}$"),
            rules.unit_range("accuracy"),
            *rules.each(
                rules.finite, "predicted_improvement", "baseline_performance", "actual_improvement"
            ),
            rules.check(
                "evaluation_complete",
                Q(evaluated_at__isnull=True, actual_improvement__isnull=True, accuracy__isnull=True)
                | Q(evaluated_at__isnull=False, actual_improvement__isnull=False),
                "An evaluated event needs evaluated_at and actual_improvement; an unevaluated one has neither (nor accuracy).",
            ),
        ]
        indexes = [models.Index(fields=["date"], name="eng_learning_date_idx")]

    def __str__(self):
        return f"{self.date} {self.adjustment_type}"


class RandomizedExperiment(CreatedModel):
    """An exploration decision: the mode the model predicted vs the one randomly used."""

    decision = models.ForeignKey(
        Decision, on_delete=models.DB_CASCADE, related_name="randomized_experiments"
    )
    predicted_mode = mode_field()
    actual_mode = mode_field()
    predicted_outcome = score_field(null=True, blank=True)
    actual_outcome = score_field(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            rules.valid_choice("predicted_mode", OperationalMode),
            rules.valid_choice("actual_mode", OperationalMode),
            *rules.each(rules.unit_range, "predicted_outcome", "actual_outcome"),
        ]

    def __str__(self):
        return f"{self.predicted_mode} -> {self.actual_mode}"


class SegmentedWeight(TimestampedUUIDModel):
    segment_type = models.CharField(max_length=16, choices=SegmentType)
    segment_key = models.CharField(max_length=100)
    sss_weight = score_field()
    ars_weight = score_field()
    evs_weight = score_field()
    trs_weight = score_field()
    sample_size = counter_field()
    performance = score_field(null=True, blank=True)

    class Meta:
        ordering = ["segment_type", "segment_key"]
        constraints = [
            models.UniqueConstraint(
                fields=["segment_type", "segment_key"],
                name="%(app_label)s_%(class)s_segment_unique",
            ),
            rules.valid_choice("segment_type", SegmentType),
            rules.not_blank("segment_key"),
            *rules.each(
                rules.unit_range,
                "sss_weight",
                "ars_weight",
                "evs_weight",
                "trs_weight",
                "performance",
            ),
            rules.non_negative("sample_size"),
        ]

    def __str__(self):
        return f"{self.segment_type}:{self.segment_key}"
