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


def _filterset(model, *, ids=(), values=(), status=None):
    """A FilterSet of ``model``: each of ``ids`` a foreign key filtered by the id of its
    row, each of ``values`` a column by exact value, ``status`` one of its choices."""
    attrs = {name: django_filters.UUIDFilter(field_name=f"{name}_id") for name in ids}
    attrs |= {name: django_filters.CharFilter(field_name=name) for name in values}
    if status is not None:
        attrs["status"] = django_filters.ChoiceFilter(choices=status.choices)
    attrs["Meta"] = type("Meta", (), {"model": model, "fields": tuple(attrs)})
    return type(f"{model.__name__}FilterSet", (django_filters.FilterSet,), attrs)


RunFilterSet = _filterset(Run, ids=("definition", "experiment"), status=RunStatus)
TranscriptFilterSet = _filterset(Transcript, ids=("run", "scenario"), values=("target_model",))
ScenarioFilterSet = _filterset(Scenario, ids=("definition",))
RunComparisonFilterSet = _filterset(
    RunComparison, ids=("experiment", "baseline_run", "comparison_run")
)
AnalysisResultFilterSet = _filterset(
    AnalysisResult, ids=("run",), values=("analysis_type",), status=AnalysisStatus
)
