"""Serializer support: the model's database constraints reported as field errors.

DRF's ModelSerializer does not run ``Model.validate_constraints()``; this mixin
does, so a value the database would refuse (CHECK, UNIQUE, including
functional and conditional ones) becomes a 400 with a message on the field
the rule is about, before any write. The database still holds the rules for
every other writer; ``core.api.exceptions`` maps anything that slips past to a
400/409.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models
from rest_framework import serializers
from rest_framework.settings import api_settings


def _constraint_fields(constraint) -> set[str]:
    if isinstance(constraint, models.CheckConstraint):
        return set(constraint.condition.referenced_base_fields)
    if isinstance(constraint, models.UniqueConstraint):
        names = set(constraint.fields)
        for expression in constraint.expressions:
            names |= {ref[0] for ref in _refs(expression)}
        return names
    return set()


def _refs(expression):
    from django.db.models.expressions import F

    if isinstance(expression, F):
        yield (expression.name,)
    elif isinstance(expression, str):
        yield (expression,)
    for child in getattr(expression, "get_source_expressions", lambda: [])():
        yield from _refs(child)


class ConstraintValidationMixin:
    """Mix into a ModelSerializer: runs the model's constraints in ``validate()``."""

    def validate(self, attrs):
        attrs = super().validate(attrs)
        model = self.Meta.model
        if self.instance is not None:
            instance = self.instance
            originals = {name: getattr(instance, name) for name in attrs if hasattr(instance, name)}
        else:
            instance, originals = model(), {}
        concrete = {f.name for f in model._meta.concrete_fields}
        try:
            for name, value in attrs.items():
                if name in concrete:
                    setattr(instance, name, value)
            errors: dict[str, list] = {}
            for constraint in model._meta.constraints:
                try:
                    constraint.validate(model, instance)
                except DjangoValidationError as exc:
                    fields = _constraint_fields(constraint)
                    # report on the one field the rule is about, when the client sent it
                    sent = [f for f in fields if f in attrs]
                    key = (
                        sent[0] if len(fields) == 1 and sent else api_settings.NON_FIELD_ERRORS_KEY
                    )
                    errors.setdefault(key, []).extend(exc.messages)
            if errors:
                raise serializers.ValidationError(errors)
        finally:
            for name, value in originals.items():
                setattr(instance, name, value)
        return attrs
