"""Filters; each is backed by an index (see the model's Meta.indexes)."""

import django_filters

from research.choices import AnalysisStatus, RunStatus
from research.models import AnalysisResult, Definition, Run, RunComparison, Scenario, Transcript


class DefinitionFilterSet(django_filters.FilterSet):
    parent = django_filters.UUIDFilter(field_name="parent_id")  # rdef_parent_created_idx
    is_root = django_filters.BooleanFilter(field_name="parent", lookup_expr="isnull")
    name = django_filters.CharFilter(field_name="name")  # rdef_name_idx

    class Meta:
        model = Definition
        fields = ("parent", "is_root", "name")


class RunFilterSet(django_filters.FilterSet):
    definition = django_filters.UUIDFilter(field_name="definition_id")
    experiment = django_filters.UUIDFilter(field_name="experiment_id")
    status = django_filters.ChoiceFilter(choices=RunStatus.choices)

    class Meta:
        model = Run
        fields = ("definition", "experiment", "status")


class TranscriptFilterSet(django_filters.FilterSet):
    run = django_filters.UUIDFilter(field_name="run_id")
    scenario = django_filters.UUIDFilter(field_name="scenario_id")
    target_model = django_filters.CharFilter(field_name="target_model")

    class Meta:
        model = Transcript
        fields = ("run", "scenario", "target_model")


class ScenarioFilterSet(django_filters.FilterSet):
    definition = django_filters.UUIDFilter(field_name="definition_id")

    class Meta:
        model = Scenario
        fields = ("definition",)


class RunComparisonFilterSet(django_filters.FilterSet):
    experiment = django_filters.UUIDFilter(field_name="experiment_id")
    baseline_run = django_filters.UUIDFilter(field_name="baseline_run_id")
    comparison_run = django_filters.UUIDFilter(field_name="comparison_run_id")

    class Meta:
        model = RunComparison
        fields = ("experiment", "baseline_run", "comparison_run")


class AnalysisResultFilterSet(django_filters.FilterSet):
    run = django_filters.UUIDFilter(field_name="run_id")
    analysis_type = django_filters.CharFilter(field_name="analysis_type")
    status = django_filters.ChoiceFilter(choices=AnalysisStatus.choices)

    class Meta:
        model = AnalysisResult
        fields = ("run", "analysis_type", "status")
