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
from django.db.models.constants import LOOKUP_SEP
from rest_framework import serializers
from rest_framework.settings import api_settings


def _constraint_fields(constraint) -> set[str]:
    if isinstance(constraint, models.CheckConstraint):
        condition = constraint.condition
        if hasattr(condition, "referenced_base_fields"):  # a Q
            return set(condition.referenced_base_fields)
        # a bare lookup such as Exact(jsonb_typeof(F("data")), "object") or Range(Length(...))
        return {ref[0].split(LOOKUP_SEP)[0] for ref in _refs(condition)}
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
    """Mix into a ModelSerializer: runs the model's constraints in ``validate()``.

    A rule about one field is reported on that field; a rule between fields under
    ``non_field_errors``, unless ``Meta.constraint_error_fields`` maps the constraint's
    name to the field the client should correct
    (``{"research_runcomparison_distinct_runs": "comparison_run"}``). ``Meta.validators = []``
    (DRF's way to drop the unique-together validators) leaves UNIQUE to the database too,
    which answers 409 Conflict."""

    def validate(self, attrs):
        attrs = super().validate(attrs)
        model = self.Meta.model
        if self.instance is not None:
            instance = self.instance
            originals = {name: getattr(instance, name) for name in attrs if hasattr(instance, name)}
            unset = set()
        else:
            instance, originals = model(), {}
            # a NOT NULL column the client did not send and that has no default is filled in
            # by the view or a service (owner, computed hash): rules over it are checked at
            # the write, by the service and the database
            unset = {
                f.name
                for f in model._meta.concrete_fields
                if f.name not in attrs and not (f.null or f.has_default() or f.has_db_default())
            }
        concrete = {f.name for f in model._meta.concrete_fields}
        try:
            for name, value in attrs.items():
                if name in concrete:
                    setattr(instance, name, value)
            errors: dict[str, list] = {}
            error_fields = getattr(self.Meta, "constraint_error_fields", {})
            # ``Meta.validators = []`` leaves uniqueness to the database (a 409 Conflict)
            unique_in_db = getattr(self.Meta, "validators", None) == []
            for constraint in model._meta.constraints:
                if unique_in_db and isinstance(constraint, models.UniqueConstraint):
                    continue
                try:
                    constraint.validate(model, instance, exclude=unset)
                except DjangoValidationError as exc:
                    fields = _constraint_fields(constraint)
                    # report on the one field the rule is about, when the client sent it
                    sent = [f for f in fields if f in attrs]
                    key = error_fields.get(constraint.name) or (
                        sent[0] if len(fields) == 1 and sent else api_settings.NON_FIELD_ERRORS_KEY
                    )
                    errors.setdefault(key, []).extend(exc.messages)
            if errors:
                raise serializers.ValidationError(errors)
        finally:
            for name, value in originals.items():
                setattr(instance, name, value)
        return attrs


def payload(serializer_class, request):
    """An action's request body, validated by ``serializer_class`` (400 with field messages)."""
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


class ModelSerializer(ConstraintValidationMixin, serializers.ModelSerializer):
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write."""
