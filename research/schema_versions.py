"""JSONB schema versions (seed 003, user story 3): content is migrated at read time.

Every JSONB document that evolves carries ``schema_version``. Content without it
is version 0 (legacy rows, rows written by other services). Reading goes through
a :class:`SchemaRegistry`: a chain of small upgrade steps ``n -> n + 1`` brings
the content to the current version; a version newer than this code knows (or
one that is not a non-negative integer) raises :class:`UnknownSchemaVersionError`
instead of being misread. Upgrades never mutate their input.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field

from research.exceptions import UnknownSchemaVersionError

VERSION_KEY = "schema_version"

Upgrade = Callable[[dict], dict]


@dataclass(frozen=True)
class Migrated:
    """The result of reading versioned content."""

    content: dict
    from_version: int
    to_version: int

    @property
    def migrated(self) -> bool:
        return self.from_version != self.to_version


@dataclass
class SchemaRegistry:
    kind: str
    current: int
    upgrades: dict[int, Upgrade] = field(default_factory=dict)

    def register(self, from_version: int) -> Callable[[Upgrade], Upgrade]:
        """Decorator: register the step from ``from_version`` to ``from_version + 1``."""

        def decorator(func: Upgrade) -> Upgrade:
            if from_version in self.upgrades:
                raise ValueError(f"{self.kind}: an upgrade from v{from_version} exists already")
            self.upgrades[from_version] = func
            return func

        return decorator

    def version_of(self, content) -> int:
        if not isinstance(content, dict):
            raise UnknownSchemaVersionError(
                f"{self.kind} content must be a JSON object, not {type(content).__name__}.",
                field="content",
            )
        version = content.get(VERSION_KEY, 0)
        if isinstance(version, bool) or not isinstance(version, int) or version < 0:
            raise UnknownSchemaVersionError(
                f"{self.kind} schema_version must be a non-negative integer, got {version!r}.",
                field="content",
            )
        if version > self.current:
            raise UnknownSchemaVersionError(
                f"{self.kind} schema_version {version} is newer than this code understands "
                f"(current is {self.current}); upgrade the application before reading it.",
                field="content",
            )
        return version

    def migrate(self, content) -> Migrated:
        """Bring ``content`` to the current version (a copy; the input is untouched)."""
        start = self.version_of(content)
        version = start
        result = content
        while version < self.current:
            step = self.upgrades.get(version)
            if step is None:  # a programming error, caught by the registry tests
                raise RuntimeError(f"{self.kind}: no upgrade from v{version}")
            result = step(copy.deepcopy(result))
            version += 1
            result[VERSION_KEY] = version
        return Migrated(content=result, from_version=start, to_version=version)

    def check_complete(self) -> None:
        missing = [v for v in range(self.current) if v not in self.upgrades]
        if missing:
            raise RuntimeError(f"{self.kind}: missing upgrades from versions {missing}")


# --- Definition content ------------------------------------------------------
# v0: legacy; ``dimensions`` may be a list of plain names, ``prompt`` holds the
#     scenario template.
# v1: ``template`` (string) replaces ``prompt``; ``dimensions`` is a list of
#     objects ``{"name": str, "levels": [...]}``.
DEFINITION_CONTENT = SchemaRegistry(kind="definition", current=1)


@DEFINITION_CONTENT.register(0)
def _definition_v0_to_v1(content: dict) -> dict:
    if "prompt" in content and "template" not in content:
        content["template"] = content.pop("prompt")
    dimensions = content.get("dimensions")
    if isinstance(dimensions, list):
        content["dimensions"] = [
            {"name": d, "levels": []} if isinstance(d, str) else d for d in dimensions
        ]
    return content


# --- Analysis output -----------------------------------------------------------
# v0: legacy output, a flat object of metrics.
# v1: ``{"schema_version": 1, "metrics": {...}, ...}``: v0's top-level metrics
#     move under ``metrics``.
ANALYSIS_OUTPUT = SchemaRegistry(kind="analysis output", current=1)


@ANALYSIS_OUTPUT.register(0)
def _analysis_v0_to_v1(content: dict) -> dict:
    if "metrics" in content:
        return content
    return {"metrics": content}


DEFINITION_CONTENT.check_complete()
ANALYSIS_OUTPUT.check_complete()
