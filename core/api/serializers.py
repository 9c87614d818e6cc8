"""Serializer support: the model's database constraints reported as field errors.

DRF's ModelSerializer does not run ``Model.validate_constraints()``; this mixin
does, so a value the database would refuse (CHECK, UNIQUE, including
functional and conditional ones) becomes a 400 with a message on the field
the rule is about. The database still holds the rules for every other writer;
``core.api.exceptions`` maps anything that slips past to a 400/409.

Where the view writes through ``save()`` (the base viewset's create and update, which set
``CONSTRAINTS_AT_WRITE`` in the context), the check costs nothing on success: the write
goes first, and only a refused write (an IntegrityError, or a service's DomainError)
runs the checks, which then answer with the same field messages, in the same JSON, as a
check before the write. Elsewhere the checks
run in ``validate()``, before any write (each CHECK and UNIQUE is one SELECT).
"""

import copy
from contextlib import nullcontext

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import InterfaceError, OperationalError, models, transaction
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
    which answers 409 Conflict.

    ``writes_atomically = True``: ``create()`` and ``update()`` call services that are
    atomic on their own (``@transaction.atomic``), so a write through ``save()`` opens no
    second, nested transaction (a SAVEPOINT and a RELEASE, two round trips) around them."""

    writes_atomically = False

    def validate(self, attrs):
        attrs = super().validate(attrs)
        if not self.context.get(CONSTRAINTS_AT_WRITE):
            errors = constraint_errors(self, attrs)
            if errors:
                raise serializers.ValidationError(errors)
        return attrs

    def save(self, **kwargs):
        """With ``CONSTRAINTS_AT_WRITE`` the write goes first (PostgreSQL holds every rule);
        only when it is refused are the constraints checked here, so the client gets the
        same field messages as a check before the write would have given, at no cost on
        success. The same holds when a service refuses the write with its own error:
        nothing found, the error goes on to ``core.api.exceptions`` as before."""
        if not self.context.get(CONSTRAINTS_AT_WRITE):
            return super().save(**kwargs)
        # rolled back before the checks below run: by this block, or by the service's own
        # ``transaction.atomic`` when ``writes_atomically`` says create and update have one
        # (then this block would only add a SAVEPOINT and its RELEASE to every write)
        block = nullcontext() if self.writes_atomically else transaction.atomic()
        try:
            with block:
                return super().save(**kwargs)
        except (OperationalError, InterfaceError):
            raise  # the database is not answering: no checks to run (a 503)
        except Exception:
            # refused by PostgreSQL (IntegrityError) or by the service's own checks (a
            # DomainError): a check before the write would have answered first, so do
            errors = tree_errors(self, self.validated_data)
            if errors:
                raise serializers.ValidationError(errors) from None
            raise


# The serializer context key under which a view says it writes through ``save()`` (the
# base viewset's create and update): constraints are then checked only when the write fails.
CONSTRAINTS_AT_WRITE = "constraints_at_write"


def tree_errors(serializer, attrs):
    """The constraint errors of ``attrs`` and of its nested rows, shaped as DRF reports
    them when validating: a nested row's errors fail the field first (a list, ``{}`` for a
    row that passed), and the parent's own rules are checked only when every field passed."""
    errors = {}
    for name, field in serializer.fields.items():
        if field.read_only or field.source not in attrs:
            continue
        value = attrs[field.source]
        if isinstance(field, serializers.ListSerializer) and isinstance(
            field.child, ConstraintValidationMixin
        ):
            rows = {
                i: e for i, row in enumerate(value or ()) if (e := tree_errors(field.child, row))
            }
            if rows:
                # DRF's shape: by index, or (the deprecated default) a list with {} per good row
                as_dict = api_settings.LIST_SERIALIZER_ERRORS_AS_DICT
                errors[name] = rows if as_dict else [rows.get(i, {}) for i in range(len(value))]
        elif isinstance(field, ConstraintValidationMixin) and value is not None:
            row = tree_errors(field, value)
            if row:
                errors[name] = row
    if errors:
        return errors
    return constraint_errors(serializer, attrs)


def constraint_errors(serializer, attrs) -> dict[str, list]:
    """The model constraints ``attrs`` break, by the field to report them on."""
    model = serializer.Meta.model
    if serializer.instance is not None and not isinstance(serializer.instance, list):
        instance = serializer.instance
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
    errors: dict[str, list] = {}
    try:
        for name, value in attrs.items():
            if name in concrete:
                setattr(instance, name, value)
        error_fields = getattr(serializer.Meta, "constraint_error_fields", {})
        # ``Meta.validators = []`` leaves uniqueness to the database (a 409 Conflict)
        unique_in_db = getattr(serializer.Meta, "validators", None) == []
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
    finally:
        for name, value in originals.items():
            setattr(instance, name, value)
    return errors


def payload(serializer_class, request):
    """An action's request body, validated by ``serializer_class`` (400 with field messages)."""
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


# ModelSerializer's steps that decide the fields from the class alone (Meta, the model)
_FIELD_BUILDERS = (
    "get_fields",
    "get_field_names",
    "get_default_field_names",
    "get_extra_kwargs",
    "get_uniqueness_extra_kwargs",
    "include_extra_kwargs",
    "build_field",
    "build_standard_field",
    "build_relational_field",
    "build_nested_field",
    "build_property_field",
    "build_url_field",
    "build_unknown_field",
)
_FIELD_TEMPLATES: dict[type, dict | None] = {}


def field_template(serializer_class):
    """The unbound fields DRF's ModelSerializer.get_fields builds for ``serializer_class``,
    built once (None when a subclass builds its fields its own way: per request)."""
    if serializer_class not in _FIELD_TEMPLATES:
        own_way = any(
            getattr(serializer_class, name) is not getattr(ModelSerializer, name)
            for name in _FIELD_BUILDERS
        )
        _FIELD_TEMPLATES[serializer_class] = (
            None if own_way else serializers.ModelSerializer.get_fields(serializer_class())
        )
    return _FIELD_TEMPLATES[serializer_class]


class ModelSerializer(ConstraintValidationMixin, serializers.ModelSerializer):
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write."""

    # (A comment, not the docstring: drf-spectacular publishes serializer docstrings.)
    # Its fields are worked out from the model once per class and copied for each
    # serializer (DRF's deep copy, as it copies declared fields), rather than mapped from
    # the model's fields again for every request (``field_template``); a subclass that
    # overrides ``get_fields`` still gets its own copy from ``super().get_fields()``.

    def get_fields(self):
        template = field_template(type(self))
        if template is None:
            return super().get_fields()
        if self.url_field_name is None:
            self.url_field_name = api_settings.URL_FIELD_NAME
        return copy.deepcopy(template)
