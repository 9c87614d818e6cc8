"""API filters. Each one is backed by an index (see ideas/models.py Meta.indexes)."""

import json

import django_filters
from django import forms

from ideas.choices import (
    AgentResultStatus,
    EvaluationPriority,
    EvaluationStatus,
    IdeaStatus,
)
from ideas.models import AgentResult, BusinessIdea, Evaluation


class JSONObjectField(forms.CharField):
    """A query parameter holding a JSON object, e.g. ``?output_contains={"market_size":"large"}``."""

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        try:
            parsed = json.loads(value)
        except ValueError:
            raise forms.ValidationError("Enter a valid JSON object.", code="invalid")
        if not isinstance(parsed, dict):
            raise forms.ValidationError(
                'Enter a JSON object, e.g. {"key": "value"}.', code="invalid"
            )
        return parsed


class JSONContainsFilter(django_filters.Filter):
    """``field @> value`` (served by a GIN jsonb_path_ops index)."""

    field_class = JSONObjectField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("lookup_expr", "contains")
        super().__init__(*args, **kwargs)


class FloatFilter(django_filters.NumberFilter):
    """A number as a float (a Decimal cannot be compared with a jsonb value)."""

    field_class = forms.FloatField


class BusinessIdeaFilterSet(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=IdeaStatus.choices)  # idea_user_status_idx
    created_after = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="lt")

    class Meta:
        model = BusinessIdea
        fields = ("status", "created_after", "created_before")


class EvaluationFilterSet(django_filters.FilterSet):
    business_idea = django_filters.UUIDFilter(
        field_name="business_idea_id"
    )  # eval_idea_created_idx
    status = django_filters.ChoiceFilter(choices=EvaluationStatus.choices)  # eval_status_prio_idx
    priority = django_filters.ChoiceFilter(choices=EvaluationPriority.choices)  # eval_priority_idx
    created_after = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="lt")
    # results -> 'overall_score' (eval_overall_score_idx): jsonb comparison, numeric for numbers
    overall_score_min = FloatFilter(field_name="results__overall_score", lookup_expr="gte")
    overall_score_max = FloatFilter(method="filter_overall_score_max")
    # results @> {...} (eval_results_gin)
    results_contains = JSONContainsFilter(field_name="results")
    recommendation = django_filters.CharFilter(method="filter_recommendation")

    class Meta:
        model = Evaluation
        fields = (
            "business_idea",
            "status",
            "priority",
            "created_after",
            "created_before",
            "overall_score_min",
            "overall_score_max",
            "results_contains",
            "recommendation",
        )

    def filter_overall_score_max(self, queryset, name, value):
        # jsonb orders null and strings below every number: keep numbers only
        return queryset.filter(
            results__overall_score__lte=value, results__overall_score__gte=-1e308
        )

    def filter_recommendation(self, queryset, name, value):
        return queryset.filter(results__contains={"recommendation": value})


class AgentResultFilterSet(django_filters.FilterSet):
    evaluation = django_filters.UUIDFilter(field_name="evaluation_id")  # one_per_agent unique idx
    business_idea = django_filters.UUIDFilter(
        field_name="evaluation__business_idea_id"
    )  # eval_idea_created_idx
    # open-ended (seed 001): any agent type, not only ideas.choices.AgentType
    agent_type = django_filters.CharFilter(field_name="agent_type")  # agres_type_score_idx
    status = django_filters.ChoiceFilter(
        choices=AgentResultStatus.choices
    )  # agres_status_created_idx
    # agres_type_score_idx with agent_type, agres_score_idx alone
    score_min = django_filters.NumberFilter(field_name="score", lookup_expr="gte")
    score_max = django_filters.NumberFilter(field_name="score", lookup_expr="lte")
    output_contains = JSONContainsFilter(field_name="output_data")  # agres_output_gin
    insights_contains = JSONContainsFilter(field_name="insights")  # agres_insights_gin
    insights_has_key = django_filters.CharFilter(
        field_name="insights", lookup_expr="has_key"
    )  # agres_insights_gin (jsonb_ops supports ?)

    class Meta:
        model = AgentResult
        fields = (
            "evaluation",
            "business_idea",
            "agent_type",
            "status",
            "score_min",
            "score_max",
            "output_contains",
            "insights_contains",
            "insights_has_key",
        )
