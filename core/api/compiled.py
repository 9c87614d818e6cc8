"""A fast validation plan for a DRF serializer of many plain items (bulk endpoints).

``compile_serializer(serializer)`` reads a serializer's fields once and returns a function
that validates one item (a dict decoded from JSON) with the same fields, in the same way,
but without DRF's per-field machinery: a type check, the field's own validators (max
length, regex, min value, ... exactly the ones DRF would run), and the value DRF would
return. It never reports an error itself: anything it does not accept exactly as DRF
would (a wrong type, a value a validator refuses, an int sent for a string, a blank, a
field kind it does not know) raises ``Unplanned``, and the caller validates the whole
request with the serializer, which answers the usual 400 with field messages. So a valid
batch costs a few microseconds per field, and a bad one costs what it always did.

Fields it plans: CharField, IntegerField, BooleanField, ChoiceField, ListField (of any
planned child), a nested Serializer, ``many=True`` of a planned serializer; any other field is validated by its own
``run_validation`` (exact, just not faster). A serializer with ``validate()``,
``validate_<field>()`` methods or serializer-level validators is not planned
(``compile_serializer`` returns None).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from django.core import validators as dj
from rest_framework import serializers
from rest_framework.fields import ProhibitSurrogateCharactersValidator, empty


class Unplanned(Exception):
    """The item is not one the plan accepts exactly as DRF would: use the serializer."""


SURROGATE = re.compile("[\ud800-\udfff]")


def _refuses(validator) -> Callable[[object], bool]:
    """validator as a predicate, True when it would refuse the value (the common Django and
    DRF validators as the comparison they make; any other one called as it is)."""
    kind = type(validator)
    limit = getattr(validator, "limit_value", None)
    if callable(limit):
        kind = None  # computed per call: call the validator
    if kind is dj.MaxLengthValidator:
        return lambda value: len(value) > limit
    if kind is dj.MinLengthValidator:
        return lambda value: len(value) < limit
    if kind is dj.MaxValueValidator:
        return lambda value: value > limit
    if kind is dj.MinValueValidator:
        return lambda value: value < limit
    if kind is dj.ProhibitNullCharactersValidator:
        return lambda value: "\x00" in value
    if kind is ProhibitSurrogateCharactersValidator:
        return lambda value: SURROGATE.search(value) is not None
    if kind is dj.RegexValidator:
        search, inverse = validator.regex.search, validator.inverse_match
        return lambda value: (search(str(value)) is not None) is inverse
    if getattr(validator, "requires_context", False):
        raise TypeError("not plannable")  # needs the serializer field: leave it to DRF

    def other(value) -> bool:
        try:
            validator(value)
        except Exception:
            return True
        return False

    return other


def _validators(validators) -> Callable:
    refusals = [_refuses(v) for v in validators]

    def run(value):
        for refuses in refusals:
            if refuses(value):
                raise Unplanned
        return value

    return run


def _char(field):
    run, trim, allow_blank = _validators(field.validators), field.trim_whitespace, field.allow_blank

    def check(value):
        if type(value) is not str:
            raise Unplanned  # DRF also takes ints and floats: let it
        if trim:
            value = value.strip()
        if not value:
            if not allow_blank:
                raise Unplanned
            return ""
        return run(value)

    return check


def _integer(field):
    run = _validators(field.validators)

    def check(value):
        if type(value) is not int:
            raise Unplanned
        return run(value)

    return check


def _boolean(field):
    def check(value):
        if type(value) is not bool:
            raise Unplanned
        return value

    return check


def _choice(field):
    choices, run = field.choice_strings_to_values, _validators(field.validators)

    def check(value):
        if type(value) is not str or not value or value not in choices:
            raise Unplanned
        return run(choices[value])

    return check


def _list(field):
    child = _field(field.child)
    run, allow_empty = _validators(field.validators), field.allow_empty

    def check(value):
        if type(value) is not list or (not value and not allow_empty):
            raise Unplanned
        return run([child(item) for item in value])

    return check


def _drf(field):
    def check(value):
        try:
            return field.run_validation(value)
        except serializers.ValidationError as exc:
            raise Unplanned from exc

    return check


def _many(field):
    child = compile_serializer(field.child)
    if child is None or type(field).validate is not serializers.ListSerializer.validate:
        raise TypeError("not plannable")
    run, allow_empty = _validators(field.validators), field.allow_empty
    low, high = field.min_length, field.max_length

    def check(value):
        if type(value) is not list or (not value and not allow_empty):
            raise Unplanned
        if (high is not None and len(value) > high) or (low is not None and len(value) < low):
            raise Unplanned
        return run([child(item) for item in value])

    return check


def _field(field) -> Callable:
    """The check of one field's non-empty value (None is handled by the caller)."""
    if isinstance(field, serializers.ListSerializer):
        return _many(field)
    if isinstance(field, serializers.BaseSerializer):
        plan = compile_serializer(field)
        if plan is None or getattr(field, "many", False):
            raise TypeError("not plannable")
        return plan
    if type(field) is serializers.CharField:
        return _char(field)
    if type(field) is serializers.IntegerField:
        return _integer(field)
    if type(field) is serializers.BooleanField:
        return _boolean(field)
    if type(field) is serializers.ChoiceField:
        return _choice(field)
    if type(field) is serializers.ListField:
        return _list(field)
    return _drf(field)


def compile_serializer(serializer) -> Callable[[object], dict] | None:
    """A function validating one item as ``serializer`` would, raising Unplanned otherwise;
    None when the serializer has hooks the plan cannot follow."""
    cls = type(serializer)
    if (
        cls.validate is not serializers.Serializer.validate
        or serializer.validators
        or any(hasattr(serializer, f"validate_{name}") for name in serializer.fields)
    ):
        return None
    steps = []
    try:
        for name, field in serializer.fields.items():
            if field.read_only:
                continue
            if len(field.source_attrs) != 1:
                return None
            if field.default is empty or callable(field.default):
                default = field.get_default if field.default is not empty else None
            else:
                default = (lambda value: lambda: value)(field.default)  # DRF hands it as is
            steps.append((name, field.source_attrs[0], field, default, _field(field)))
    except TypeError:
        return None

    def plan(data) -> dict:
        if type(data) is not dict:
            raise Unplanned
        out = {}
        for name, source, field, default, check in steps:
            value = data.get(name, empty)
            if value is empty:
                if field.required:
                    raise Unplanned
                if default is not None:
                    out[source] = default()
            elif value is None:
                if not field.allow_null:
                    raise Unplanned
                out[source] = None
            else:
                out[source] = check(value)
        return out

    return plan
