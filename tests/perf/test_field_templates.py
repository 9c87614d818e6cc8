"""Serializer fields are worked out from the model once per class (core.api.serializers,
``field_template``) and deep-copied per serializer: the same fields as DRF builds, never
shared between two serializers (a request's narrowed queryset stays its own)."""

import pytest
from rest_framework import serializers

import config.api_router  # noqa: F401 - imports every app's serializers
from conversations.api.serializers import ConversationSerializer
from core.api.serializers import ModelSerializer, field_template

pytestmark = pytest.mark.django_db  # a related field's repr shows its queryset


def project_serializers():
    found, todo = [], [ModelSerializer]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if not sub.__module__.startswith("tests") and hasattr(sub, "Meta"):
                found.append(sub)
    return found


def test_every_serializer_gets_the_fields_drf_builds():
    classes = project_serializers()
    assert ConversationSerializer in classes and len(classes) > 20
    for cls in classes:
        ours, drfs = cls().get_fields(), serializers.ModelSerializer.get_fields(cls())
        assert list(ours) == list(drfs), cls
        for name in ours:
            assert type(ours[name]) is type(drfs[name]), (cls, name)
            assert repr(ours[name]) == repr(drfs[name]), (cls, name)


def test_fields_are_never_shared_between_serializers():
    with_relations = [
        (cls, name)
        for cls in project_serializers()
        if field_template(cls) is not None
        for name, field in cls().fields.items()
        if isinstance(field, serializers.RelatedField)
        and not field.read_only
        and field.queryset is not None
    ]
    assert with_relations
    for cls, name in with_relations:
        first = cls()
        first.fields[name].queryset = first.fields[name].queryset.none()
        second = cls()
        assert second.fields[name] is not first.fields[name]
        assert first.fields[name].queryset.all().query.is_empty()
        assert not second.fields[name].queryset.all().query.is_empty()
        assert field_template(cls)[name] is not first.fields[name]


def test_a_serializer_that_builds_its_fields_its_own_way_keeps_doing_so():
    from ideas.api.serializers import EvaluationSerializer

    assert field_template(EvaluationSerializer) is None  # its get_fields reads the request
    assert field_template(ConversationSerializer) is not None
