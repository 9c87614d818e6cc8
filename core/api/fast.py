"""Cheap output for read paths: a serializer's fields turned, once per class, into a
plan of (name, attribute, converter), then applied to each row without DRF's per-row
field machinery. The JSON is the same, byte for byte
(tests/perf/test_fast_serialization.py compares it with DRF's own output).

Only plain fields are planned; a serializer with a field that needs the request or
another field kind the plan does not know (method fields, hyperlinks, dotted sources)
keeps DRF's ``to_representation`` unchanged.
"""

from django.conf import settings
from django.utils import timezone
from rest_framework import ISO_8601, relations, serializers
from rest_framework import fields as f
from rest_framework.settings import api_settings

_PLANS: dict[type, object] = {}
_NO_PLAN = object()
_LOOK_UP = object()
# A step's converter takes (value) or, for these kinds, (value, tz): the request's current
# time zone, looked up once per represented row rather than once per datetime value.
_PLAIN, _WITH_TZ = 0, 1


def current_timezone():
    """What DRF's DateTimeField uses when it has no time zone of its own."""
    return timezone.get_current_timezone() if settings.USE_TZ else None


def _iso_datetime(field):
    """DRF's ``DateTimeField.to_representation`` for an aware value in ISO 8601 with the
    current time zone, which the row's caller looked up once; anything else (a format
    of the field's own or of the settings, a naive value, no time zone) goes to DRF."""

    def convert(value, tz):
        if (
            tz is None
            or isinstance(value, str)
            or value.utcoffset() is None
            or (api_settings.DATETIME_FORMAT or "").lower() != ISO_8601
        ):
            return field.to_representation(value)
        text = value.astimezone(tz).isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    return convert


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
        return _WITH_TZ, lambda value, tz: [child(item, tz) for item in value.all()]
    if isinstance(field, f.DateTimeField) and not hasattr(field, "timezone"):
        if not hasattr(field, "format"):  # the settings' format (ISO 8601 by default)
            return _WITH_TZ, _iso_datetime(field)
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


def _step(field):
    """(kind, converter) for one field, or None when the plan cannot take it."""
    convert = _converter(field)
    if convert is None or isinstance(convert, tuple):
        return convert
    return _PLAIN, convert


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
            steps.append((name, model._meta.get_field(attr).attname, _PLAIN, _identity))
            continue
        step = _step(field)
        if step is None:
            return None
        steps.append((name, attr, *step))

    def represent(instance, tz=_LOOK_UP):
        if tz is _LOOK_UP:
            tz = current_timezone()
        row = {}
        for name, attr, kind, convert in steps:
            value = getattr(instance, attr)
            if value is None:
                row[name] = None
            elif kind is _PLAIN:
                row[name] = convert(value)
            else:
                row[name] = convert(value, tz)
        return row

    return represent


def plan_for(serializer_class):
    """The class's plan (built on first use), or None when it cannot be planned: a
    function of (instance[, tz]) returning the row's dict."""
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
