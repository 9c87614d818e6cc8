"""Cheap output for read paths: a serializer's fields turned, once per class, into a
plan of (name, attribute, converter), then applied to each row without DRF's per-row
field machinery. The JSON is the same, byte for byte
(tests/perf/test_fast_serialization.py compares it with DRF's own output).

Only plain fields are planned; a serializer with a field that needs the request or
another field kind the plan does not know (method fields, hyperlinks, dotted sources)
keeps DRF's ``to_representation`` unchanged.
"""

from rest_framework import fields as f
from rest_framework import relations, serializers

_PLANS: dict[type, object] = {}
_NO_PLAN = object()


def _identity(value):
    return value


def _list_of_str(value):
    return [str(item) if item is not None else None for item in value]


def _converter(field):
    """How to turn one attribute into its JSON value (None: cannot plan this field)."""
    if isinstance(field, serializers.ListSerializer):
        child = plan_for(type(field.child))
        if child is None:
            return None
        return lambda value: [child(item) for item in value.all()]
    if isinstance(field, relations.PrimaryKeyRelatedField) and field.pk_field is None:
        return None  # handled by attname in _plan (no related object loaded)
    if isinstance(field, f.UUIDField) and field.uuid_format == "hex_verbose":
        return str
    if isinstance(field, f.MultipleChoiceField):
        return None
    if isinstance(field, f.ChoiceField):
        return field.to_representation  # the choice's own value (an int for integer choices)
    if isinstance(field, f.CharField | f.EmailField):
        return str
    if isinstance(field, f.BooleanField):
        return bool
    if isinstance(field, f.IntegerField):
        return int
    if isinstance(field, f.FloatField):
        return float
    if isinstance(field, f.JSONField) and not field.binary:
        return _identity
    if isinstance(field, f.ListField) and isinstance(field.child, f.CharField):
        return _list_of_str
    if isinstance(field, f.DateTimeField | f.DateField | f.DecimalField):
        return field.to_representation  # exact (time zone, format); needs no request
    if type(field) is f.ReadOnlyField:
        return _identity
    return None


def _plan(serializer_class):
    serializer = serializer_class()
    steps = []
    for name, field in serializer.fields.items():
        if field.write_only:
            continue
        if len(field.source_attrs) != 1:
            return None
        attr = field.source_attrs[0]
        if isinstance(field, relations.PrimaryKeyRelatedField) and field.pk_field is None:
            model = serializer.Meta.model
            steps.append((name, model._meta.get_field(attr).attname, _identity))
            continue
        convert = _converter(field)
        if convert is None:
            return None
        steps.append((name, attr, convert))

    def represent(instance):
        row = {}
        for name, attr, convert in steps:
            value = getattr(instance, attr)
            row[name] = None if value is None else convert(value)
        return row

    return represent


def plan_for(serializer_class):
    """The class's plan (built on first use), or None when it cannot be planned."""
    plan = _PLANS.get(serializer_class)
    if plan is None:
        plan = _plan(serializer_class) or _NO_PLAN
        _PLANS[serializer_class] = plan
    return None if plan is _NO_PLAN else plan


class PlannedRepresentationMixin:
    # Put first in a serializer's bases: its output goes through the class plan. (No
    # docstring: the schema describes a serializer by the first docstring in its bases.)

    def to_representation(self, instance):
        plan = plan_for(type(self))
        if plan is None:
            return super().to_representation(instance)
        return plan(instance)
