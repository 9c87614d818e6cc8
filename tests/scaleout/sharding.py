"""Check docs/sharding-plan.toml (the Citus sharding plan) against the models.

Rules (Citus): a distributed table's PRIMARY KEY and every UNIQUE constraint
must include its distribution column; a foreign key between distributed tables
must join on the distribution column of both (colocated tables); a reference
table cannot point at a distributed table; a local (coordinator-only) table
cannot be the target of a distributed or reference table. Each exception is
listed in the plan, under the table, as a change. ``problems()`` returns one
plain sentence per thing missing or stale.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from django.apps import apps
from django.db import models

PLAN = Path(__file__).resolve().parents[2] / "docs" / "sharding-plan.toml"
KINDS = {"distributed", "reference", "local"}


def load_plan(path: Path = PLAN) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def unique_sets(meta) -> dict[str, list[str] | None]:
    """name -> columns of the PK and each UNIQUE (None: an expression, no plain columns)."""
    by_name = {f.name: f.column for f in meta.concrete_fields}
    sets: dict[str, list[str] | None] = {"pk": [meta.pk.column]}
    for f in meta.concrete_fields:
        if f.unique and not f.primary_key:
            sets[f"{meta.db_table}.{f.column} (unique=True)"] = [f.column]
    for together in meta.unique_together:
        sets[f"unique_together {tuple(together)}"] = [by_name[n] for n in together]
    for c in meta.constraints:
        if isinstance(c, models.UniqueConstraint):
            name = c.name % {"app_label": meta.app_label, "class": meta.model_name}
            sets[name] = [by_name[n] for n in c.fields] if c.fields else None
    return sets


def foreign_keys(meta) -> dict[str, tuple[str, str]]:
    return {
        f.column: (f.related_model._meta.db_table, f.target_field.column)
        for f in meta.concrete_fields
        if f.is_relation and f.related_model is not None
    }


def model_tables() -> dict[str, object]:
    return {
        m._meta.db_table: m._meta
        for m in apps.get_models(include_auto_created=True)
        if m._meta.managed or m._meta.auto_created
    }


def problems(plan: dict) -> list[str]:
    out: list[str] = []
    tables = plan.get("tables", {})
    live = model_tables()
    for name in sorted(set(live) - set(tables)):
        out.append(
            f"table {name} ({live[name].label}) is not classified in docs/sharding-plan.toml"
        )
    for name in sorted(set(tables) - set(live)):
        out.append(f"docs/sharding-plan.toml classifies {name}, which no model has any more")
    for name in sorted(set(live) & set(tables)):
        meta, entry = live[name], tables[name]
        kind = entry.get("kind")
        if kind not in KINDS:
            out.append(f"{name}: kind must be one of {sorted(KINDS)}, not {kind!r}")
            continue
        columns = {f.column for f in meta.concrete_fields}
        changes = entry.get("changes", {})
        column = entry.get("column")
        if kind == "distributed":
            if not column:
                out.append(f"{name}: a distributed table needs a distribution column")
                continue
            if column not in columns and f"add column {column}" not in changes:
                out.append(
                    f"{name}: distribution column {column} is not a column of {meta.label}; "
                    f'add it or list "add column {column}" under changes'
                )
            for uname, cols in unique_sets(meta).items():
                if (cols is None or column not in cols) and uname not in changes:
                    what = "an expression" if cols is None else f"({', '.join(cols)})"
                    out.append(
                        f"{name}: unique {uname!r} on {what} lacks distribution column "
                        f"{column}; list it under changes with what it becomes"
                    )
        for fk_col, (target, target_col) in foreign_keys(meta).items():
            key = f"fk {fk_col}"
            if key in changes:
                continue
            t_entry = tables.get(target)
            if t_entry is None:
                continue  # reported above as unclassified
            t_kind = t_entry.get("kind")
            ok = (
                t_kind == "reference"
                or (kind == "local" and t_kind == "local")
                or (
                    kind == "distributed"
                    and t_kind == "distributed"
                    and fk_col == column
                    and target_col == t_entry.get("column")
                )
            )
            if not ok:
                out.append(
                    f"{name}: foreign key {fk_col} -> {target}({target_col}) is not allowed "
                    f"between a {kind} and a {t_kind} table as it stands; list "
                    f'"{key}" under changes with what it becomes'
                )
        for key in sorted(changes):
            stale = (key.startswith("fk ") and key[3:] not in foreign_keys(meta)) or (
                not key.startswith(("fk ", "add column ")) and key not in unique_sets(meta)
            )
            if stale:
                out.append(f"{name}: change {key!r} names nothing on {meta.label} any more")
    return out
