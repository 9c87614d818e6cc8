"""The JSONB schema-version registry (user story 3) on its own."""

import pytest

from research.exceptions import UnknownSchemaVersionError
from research.schema_versions import ANALYSIS_OUTPUT, DEFINITION_CONTENT, SchemaRegistry


def test_upgrade_steps_chain_in_order_and_do_not_mutate_input():
    registry = SchemaRegistry(kind="thing", current=3)
    registry.register(0)(lambda c: {**c, "a": 1})
    registry.register(1)(lambda c: {**c, "b": c["a"] + 1})
    registry.register(2)(lambda c: {**c, "c": c["b"] + 1})
    legacy = {"x": 0}
    result = registry.migrate(legacy)
    assert result.content == {"x": 0, "a": 1, "b": 2, "c": 3, "schema_version": 3}
    assert (result.from_version, result.to_version) == (0, 3)
    assert legacy == {"x": 0}
    assert registry.migrate({"schema_version": 2, "b": 5}).content == {
        "schema_version": 3,
        "b": 5,
        "c": 6,
    }


def test_missing_step_is_detected():
    registry = SchemaRegistry(kind="thing", current=2)
    registry.register(0)(lambda c: c)
    with pytest.raises(RuntimeError, match="missing upgrades from versions \\[1\\]"):
        registry.check_complete()


def test_duplicate_step_is_refused():
    registry = SchemaRegistry(kind="thing", current=1)
    registry.register(0)(lambda c: c)
    with pytest.raises(ValueError):
        registry.register(0)(lambda c: c)


@pytest.mark.parametrize("version", ["1", -1, 1.5, True, None])
def test_invalid_versions_raise(version):
    with pytest.raises(UnknownSchemaVersionError, match="non-negative integer"):
        DEFINITION_CONTENT.migrate({"schema_version": version})


def test_non_object_content_raises():
    with pytest.raises(UnknownSchemaVersionError, match="JSON object"):
        DEFINITION_CONTENT.migrate(["a"])


def test_definition_v0_upgrade_keeps_structured_dimensions():
    result = DEFINITION_CONTENT.migrate(
        {"prompt": "p", "template": "t", "dimensions": ["a", {"name": "b", "levels": [1]}]}
    )
    assert result.content == {
        "schema_version": 1,
        "prompt": "p",
        "template": "t",
        "dimensions": [{"name": "a", "levels": []}, {"name": "b", "levels": [1]}],
    }


def test_analysis_v0_with_metrics_key_is_kept():
    assert ANALYSIS_OUTPUT.migrate({"metrics": {"m": 1}}).content == {
        "schema_version": 1,
        "metrics": {"m": 1},
    }
