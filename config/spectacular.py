"""OpenAPI names for every choices class, so enums do not collide across apps.

Many apps have a ``status`` or ``agent_type`` field with different choices;
drf-spectacular would name them ``StatusBeaEnum``-style. This builds
``ENUM_NAME_OVERRIDES`` from each app's ``choices.py`` by reading its source
(no import at settings time): ``<Class>Enum``, or ``<App><Class>Enum`` where two
apps use the same class name.
"""

import ast
from collections import Counter
from pathlib import Path


def _choice_classes(path: Path) -> list[str]:
    if not path.exists():
        return []
    tree = ast.parse(path.read_text())
    names = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and any(
            getattr(base, "attr", getattr(base, "id", "")).endswith("Choices")
            for base in node.bases
        ):
            names.append(node.name)
    return names


def enum_name_overrides(base_dir: Path, apps: list[str]) -> dict[str, str]:
    found = [(app, name) for app in apps for name in _choice_classes(base_dir / app / "choices.py")]
    counts = Counter(name for _app, name in found)
    overrides = {}
    for app, name in found:
        label = name if counts[name] == 1 else f"{app.capitalize()}{name}"
        overrides[f"{label}Enum"] = f"{app}.choices.{name}"
    return overrides
