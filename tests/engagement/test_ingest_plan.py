"""The ingest batch's compiled validation plan (core.api.compiled): it accepts exactly what
IngestBatchSerializer accepts, with the same values, and leaves everything else to it."""

import json

import pytest
from rest_framework import serializers
from rest_framework.exceptions import ValidationError

from core.api.compiled import Unplanned, compile_serializer
from engagement.api.ingest import _plan, validated_posts
from engagement.api.serializers import IngestBatchSerializer


def post(n, **overrides):
    return {
        "platform": "REDDIT",
        "platform_post_id": f"plan_{n}",
        "content": "  Any tips for a hangover?  ",  # content keeps its whitespace
        "keyword_matches": ["hangover", " trimmed "],
        "author": {"platform_id": f" a{n} ", "handle": "sober_sam"},
        **overrides,
    }


def drf(data):
    serializer = IngestBatchSerializer(data=data)
    serializer.is_valid(raise_exception=True)
    return json.loads(json.dumps(serializer.validated_data["posts"], default=str))


VALID = [
    post(1),
    post(2, keyword_categories=["symptom"], raw_metrics={"likes": 3, "nested": [1, None]}),
    post(3, detected_at="2025-06-01T12:30:00Z"),
    post(4, author={"platform_id": "x", "handle": "h", "display_name": None, "is_verified": True}),
    post(5, author={"platform_id": "x", "handle": "h", "display_name": "", "follower_count": 9}),
    post(6, content="   ", platform="TWITTER"),  # not trimmed, so not blank
]


def test_the_plan_accepts_valid_items_with_the_values_drf_gives():
    data = {"posts": VALID}
    planned = _plan()(json.loads(json.dumps(data)))["posts"]
    assert json.loads(json.dumps(planned, default=str)) == drf(data)
    assert planned[0]["keyword_matches"] == ["hangover", "trimmed"]
    assert planned[0]["author"] == {
        "platform_id": "a1",
        "handle": "sober_sam",
        "follower_count": 0,
        "is_verified": False,
    }
    assert "detected_at" not in planned[0] and planned[2]["detected_at"].year == 2025


# Each is refused by the plan; the serializer then decides (accepts, or answers 400).
UNPLANNED = [
    post(1, handle="x", author={"platform_id": "1", "handle": "bad handle"}),
    post(1, platform_post_id="bad/id"),
    post(1, content=""),
    post(1, raw_metrics=None),
    post(1, content="x" * 5001),
    post(1, content=42),
    post(1, content="nul \x00 char"),
    post(1, keyword_matches=[]),
    post(1, keyword_matches=[f"k{i}" for i in range(51)]),
    post(1, keyword_matches="hangover"),
    post(1, platform="MYSPACE"),
    post(1, detected_at="yesterday"),
    post(1, author={"platform_id": "1", "handle": "ok", "follower_count": "12"}),
    post(1, author={"platform_id": "1", "handle": "ok", "follower_count": -1}),
    post(1, author={"platform_id": "1", "handle": "ok", "is_verified": "yes"}),
    post(1, author="someone"),
    {k: v for k, v in post(1).items() if k != "author"},
]


@pytest.mark.parametrize("bad", UNPLANNED)
def test_anything_else_goes_to_the_serializer(bad):
    data = {"posts": [post(0), bad]}
    with pytest.raises(Unplanned):
        _plan()(data)
    try:
        expected = drf(data)
    except ValidationError as exc:
        with pytest.raises(ValidationError) as got:
            validated_posts(data)
        assert got.value.detail == exc.detail  # the same 400, field by field
    else:
        assert json.loads(json.dumps(validated_posts(data), default=str)) == expected


@pytest.mark.parametrize("data", [{"posts": []}, {"posts": [post(n) for n in range(501)]}, []])
def test_the_batch_bounds_are_the_serializers(data):
    with pytest.raises(Unplanned):
        _plan()(data)
    with pytest.raises(ValidationError):
        validated_posts(data)


def test_a_serializer_with_hooks_is_not_planned():
    class WithValidate(serializers.Serializer):
        name = serializers.CharField()

        def validate(self, attrs):
            return attrs

    class WithFieldHook(serializers.Serializer):
        name = serializers.CharField()

        def validate_name(self, value):
            return value

    assert compile_serializer(WithValidate()) is None
    assert compile_serializer(WithFieldHook()) is None
    assert _plan() is not None
