"""Schema drift: does the live database look like its applied migrations say?

How: read which migrations the live database records as applied
(django_migrations), apply exactly those to a scratch database created from
template0, read both catalogs (tables, columns with type, nullability and
default, CHECK/UNIQUE/PK/FK/EXCLUDE constraints with their full definition and
ON DELETE, indexes, triggers, functions, views, extensions) and describe every
difference in plain words. A migration marked applied with ``--fake`` that
never ran shows up as the objects it should have created being missing.

Not compared (noise): column order, names PostgreSQL generates for NOT NULL
constraints (PostgreSQL 18 catalogs them; nullability is compared per column),
sequence names and options, statistics, ownership and privileges, data.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from dataclasses import dataclass, field

import psycopg
from django.db import connections
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

RELKINDS = {
    "r": "table",
    "p": "partitioned table",
    "v": "view",
    "m": "materialized view",
    "f": "foreign table",
}
CONTYPES = {
    "c": "CHECK",
    "u": "UNIQUE",
    "p": "PRIMARY KEY",
    "f": "FOREIGN KEY",
    "x": "EXCLUDE",
    "t": "constraint trigger",
}

NOT_EXTENSION_MEMBER = (
    "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = {oid} AND d.deptype = 'e')"
)

TABLES_SQL = f"""
SELECT c.relname, c.relkind, CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = %s AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND {NOT_EXTENSION_MEMBER.format(oid="c.oid")}
"""

COLUMNS_SQL = f"""
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
WHERE n.nspname = %s AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0
  AND NOT a.attisdropped AND {NOT_EXTENSION_MEMBER.format(oid="c.oid")}
"""

CONSTRAINTS_SQL = """
SELECT c.relname, con.conname, con.contype, pg_get_constraintdef(con.oid),
       con.convalidated, con.condeferrable, con.condeferred
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = %s AND con.contype <> 'n'
"""

# Indexes that back a PRIMARY KEY / UNIQUE / EXCLUDE constraint are compared as that constraint.
INDEXES_SQL = """
SELECT t.relname, i.relname, pg_get_indexdef(ix.indexrelid), ix.indisvalid
FROM pg_index ix
JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_class t ON t.oid = ix.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname = %s
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid
                  AND con.conrelid = ix.indrelid AND con.contype IN ('p', 'u', 'x'))
"""

TRIGGERS_SQL = """
SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid), t.tgenabled
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = %s AND NOT t.tgisinternal
"""

FUNCTIONS_SQL = f"""
SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
       pg_get_functiondef(p.oid)
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = %s AND p.prokind IN ('f', 'p') AND {NOT_EXTENSION_MEMBER.format(oid="p.oid")}
"""

EXTENSIONS_SQL = "SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'"

TRIGGER_ENABLED = {
    "O": "enabled",
    "D": "disabled",
    "R": "enabled on replicas only",
    "A": "always enabled",
}


def _without_name(definition: str, kind: str) -> str:
    """``CREATE INDEX foo ON ...`` -> ``CREATE INDEX ON ...`` (names are compared apart)."""
    if kind == "index":
        return re.sub(r'^(CREATE (?:UNIQUE )?INDEX )(?:"[^"]+"|\S+) ON ', r"\1ON ", definition)
    return re.sub(r'^(CREATE (?:CONSTRAINT )?TRIGGER )(?:"[^"]+"|\S+) ', r"\1", definition)


@dataclass
class Snapshot:
    tables: dict = field(default_factory=dict)  # name -> (kind, view definition)
    columns: dict = field(default_factory=dict)  # (table, column) -> dict
    constraints: dict = field(default_factory=dict)  # (table, name) -> dict
    indexes: dict = field(default_factory=dict)  # (table, name) -> dict
    triggers: dict = field(default_factory=dict)  # (table, name) -> dict
    functions: dict = field(default_factory=dict)  # signature -> definition
    extensions: set = field(default_factory=set)


def snapshot(cursor, schema: str = "public") -> Snapshot:
    """Read the catalog of ``schema`` through a DB-API cursor."""
    snap = Snapshot()
    cursor.execute(TABLES_SQL, [schema])
    for name, kind, view in cursor.fetchall():
        snap.tables[name] = (RELKINDS[kind], (view or "").strip())
    cursor.execute(COLUMNS_SQL, [schema])
    for table, column, type_, notnull, default, identity, generated in cursor.fetchall():
        snap.columns[(table, column)] = {
            "type": type_,
            "not null": notnull,
            "default": default,
            "identity": {"a": "GENERATED ALWAYS", "d": "GENERATED BY DEFAULT"}.get(identity),
            "generated": "STORED"
            if generated == "s"
            else ("VIRTUAL" if generated == "v" else None),
        }
    cursor.execute(CONSTRAINTS_SQL, [schema])
    for table, name, contype, definition, validated, deferrable, deferred in cursor.fetchall():
        snap.constraints[(table, name)] = {
            "type": CONTYPES.get(contype, contype),
            "definition": definition.removesuffix(" NOT VALID"),  # compared as "validated"
            "validated": validated,
            "deferrable": deferrable,
            "deferred": deferred,
        }
    cursor.execute(INDEXES_SQL, [schema])
    for table, name, definition, valid in cursor.fetchall():
        snap.indexes[(table, name)] = {
            "definition": _without_name(definition, "index"),
            "valid": valid,
        }
    cursor.execute(TRIGGERS_SQL, [schema])
    for table, name, definition, enabled in cursor.fetchall():
        snap.triggers[(table, name)] = {
            "definition": _without_name(definition, "trigger"),
            "enabled": TRIGGER_ENABLED.get(enabled, enabled),
        }
    cursor.execute(FUNCTIONS_SQL, [schema])
    for signature, definition in cursor.fetchall():
        snap.functions[signature] = definition.strip()
    cursor.execute(EXTENSIONS_SQL)
    snap.extensions = {row[0] for row in cursor.fetchall()}
    return snap


def _describe_column(col: dict) -> str:
    parts = [col["type"], "NOT NULL" if col["not null"] else "NULL"]
    if col["default"] is not None:
        parts.append(f"DEFAULT {col['default']}")
    if col["identity"]:
        parts.append(f"{col['identity']} AS IDENTITY")
    if col["generated"]:
        parts.append(f"GENERATED {col['generated']}")
    return " ".join(parts)


def _constraint_text(con: dict) -> str:
    text = con["definition"]
    if not con["validated"]:
        text += " (NOT VALID: never validated)"
    return text


def _match_renames(expected_only: dict, live_only: dict, key: str) -> list[tuple]:
    """Pairs (expected name key, live name key) with the same table and the same ``key`` value."""
    pairs = []
    for ekey, eval_ in list(expected_only.items()):
        for lkey, lval in list(live_only.items()):
            if lkey[0] == ekey[0] and lval[key] == eval_[key]:
                pairs.append((ekey, lkey))
                del expected_only[ekey]
                del live_only[lkey]
                break
    return pairs


def compare(live: Snapshot, expected: Snapshot) -> list[str]:
    """Every difference between ``live`` and ``expected``, in plain words."""
    out: list[str] = []
    fake_hint = " (was its migration applied with --fake, or was it dropped by hand?)"
    missing_tables = sorted(set(expected.tables) - set(live.tables))
    extra_tables = sorted(set(live.tables) - set(expected.tables))
    for name in missing_tables:
        out.append(
            f"{expected.tables[name][0].capitalize()} {name} is missing: the applied migrations create it{fake_hint}."
        )
    for name in extra_tables:
        out.append(
            f"{live.tables[name][0].capitalize()} {name} exists but no applied migration creates it."
        )
    skip = set(missing_tables) | set(extra_tables)
    for name in sorted(set(live.tables) & set(expected.tables)):
        (lkind, lview), (ekind, eview) = live.tables[name], expected.tables[name]
        if lkind != ekind:
            out.append(f"{name} is a {lkind}; the migrations make it a {ekind}.")
        elif lview != eview:
            out.append(
                f"View {name} is defined differently from its migrations:\n    database:   {lview}\n    migrations: {eview}"
            )

    # Columns
    for key in sorted(set(expected.columns) | set(live.columns)):
        table, column = key
        if table in skip:
            continue
        lcol, ecol = live.columns.get(key), expected.columns.get(key)
        if lcol is None:
            out.append(
                f"Column {table}.{column} is missing: migrations add it as {_describe_column(ecol)}{fake_hint}."
            )
        elif ecol is None:
            out.append(
                f"Column {table}.{column} ({_describe_column(lcol)}) exists but no applied migration adds it."
            )
        else:
            if lcol["type"] != ecol["type"]:
                out.append(
                    f"Column {table}.{column} has type {lcol['type']}; migrations say {ecol['type']}."
                )
            if lcol["not null"] != ecol["not null"]:
                say = "NOT NULL" if ecol["not null"] else "nullable"
                now = "NOT NULL" if lcol["not null"] else "nullable (NULL allowed)"
                out.append(f"Column {table}.{column} is {now}; migrations say {say}.")
            if lcol["default"] != ecol["default"]:
                out.append(
                    f"Column {table}.{column} has default {lcol['default'] or 'none'}; "
                    f"migrations say {ecol['default'] or 'none'}."
                )
            for attr in ("identity", "generated"):
                if lcol[attr] != ecol[attr]:
                    out.append(
                        f"Column {table}.{column} {attr} is {lcol[attr] or 'none'}; "
                        f"migrations say {ecol[attr] or 'none'}."
                    )

    # Constraints: same name -> compare; else a same-definition pair is a rename.
    live_cons = {k: v for k, v in live.constraints.items() if k[0] not in skip}
    exp_cons = {k: v for k, v in expected.constraints.items() if k[0] not in skip}
    for key in sorted(set(live_cons) & set(exp_cons)):
        lcon, econ = live_cons.pop(key), exp_cons.pop(key)
        table, name = key
        if (lcon["type"], lcon["definition"]) != (econ["type"], econ["definition"]):
            out.append(
                f"{econ['type']} constraint {name} on {table} is defined differently:\n"
                f"    database:   {lcon['definition']}\n    migrations: {econ['definition']}"
            )
        if lcon["validated"] != econ["validated"]:
            state = (
                "NOT VALID (existing rows were never checked)"
                if not lcon["validated"]
                else "validated"
            )
            out.append(
                f"Constraint {name} on {table} is {state}; migrations leave it {'validated' if econ['validated'] else 'NOT VALID'}."
            )
        if (lcon["deferrable"], lcon["deferred"]) != (econ["deferrable"], econ["deferred"]):
            out.append(
                f"Constraint {name} on {table} differs in DEFERRABLE / INITIALLY DEFERRED from its migrations."
            )
    for ekey, lkey in _match_renames(exp_cons, live_cons, "definition"):
        out.append(
            f"Constraint {lkey[1]} on {lkey[0]} should be named {ekey[1]} (same definition; renamed by hand?)."
        )
    for (table, name), con in sorted(exp_cons.items()):
        out.append(
            f"{con['type']} constraint {name} on {table} is missing: {_constraint_text(con)}{fake_hint}."
        )
    for (table, name), con in sorted(live_cons.items()):
        out.append(
            f"{con['type']} constraint {name} on {table} exists but no applied migration adds it: {_constraint_text(con)}."
        )

    # Indexes
    live_idx = {k: v for k, v in live.indexes.items() if k[0] not in skip}
    exp_idx = {k: v for k, v in expected.indexes.items() if k[0] not in skip}
    for key in sorted(set(live_idx) & set(exp_idx)):
        lix, eix = live_idx.pop(key), exp_idx.pop(key)
        if lix["definition"] != eix["definition"]:
            out.append(
                f"Index {key[1]} on {key[0]} is defined differently:\n"
                f"    database:   {lix['definition']}\n    migrations: {eix['definition']}"
            )
        if not lix["valid"]:
            out.append(
                f"Index {key[1]} on {key[0]} is INVALID (a failed CREATE INDEX CONCURRENTLY?): "
                f"queries do not use it; drop it and build it again."
            )
    for ekey, lkey in _match_renames(exp_idx, live_idx, "definition"):
        out.append(
            f"Index {lkey[1]} on {lkey[0]} should be named {ekey[1]} (same definition; renamed by hand?)."
        )
    for (table, name), ix in sorted(exp_idx.items()):
        out.append(f"Index {name} on {table} is missing: {ix['definition']}{fake_hint}.")
    for (table, name), ix in sorted(live_idx.items()):
        out.append(
            f"Index {name} on {table} exists but no applied migration creates it: {ix['definition']}."
        )

    # Triggers
    for key in sorted(set(expected.triggers) | set(live.triggers)):
        table, name = key
        if table in skip:
            continue
        ltr, etr = live.triggers.get(key), expected.triggers.get(key)
        if ltr is None:
            out.append(f"Trigger {name} on {table} is missing: {etr['definition']}{fake_hint}.")
        elif etr is None:
            out.append(
                f"Trigger {name} on {table} exists but no applied migration creates it: {ltr['definition']}."
            )
        else:
            if ltr["definition"] != etr["definition"]:
                out.append(
                    f"Trigger {name} on {table} is defined differently:\n"
                    f"    database:   {ltr['definition']}\n    migrations: {etr['definition']}"
                )
            if ltr["enabled"] != etr["enabled"]:
                out.append(
                    f"Trigger {name} on {table} is {ltr['enabled']}; migrations leave it {etr['enabled']}."
                )

    # Functions (trigger functions and others) and extensions
    for sig in sorted(set(expected.functions) | set(live.functions)):
        lfn, efn = live.functions.get(sig), expected.functions.get(sig)
        if lfn is None:
            out.append(f"Function {sig} is missing{fake_hint}.")
        elif efn is None:
            out.append(f"Function {sig} exists but no applied migration creates it.")
        elif lfn != efn:
            out.append(
                f"Function {sig} has a different body or options than its migrations create."
            )
    for ext in sorted(expected.extensions - live.extensions):
        out.append(f"Extension {ext} is missing: the applied migrations create it.")
    for ext in sorted(live.extensions - expected.extensions):
        out.append(f"Extension {ext} is installed but no applied migration creates it.")
    return out


# --- building the expected schema --------------------------------------------


def _admin_params(alias: str) -> dict:
    params = connections[alias].get_connection_params()
    for key in ("context", "cursor_factory", "prepare_threshold"):
        params.pop(key, None)
    params["autocommit"] = True
    params["application_name"] = "check_schema_drift"
    return params


@dataclass
class Expected:
    snapshot: Snapshot
    applied: int
    not_on_disk: list  # recorded as applied, but no such migration file
    not_applied: list  # on disk, not applied (not drift; shown as a note)


def applied_state(alias: str = "default"):
    """(loader, applied keys known to the graph, applied keys not on disk, unapplied keys)."""
    connection = connections[alias]
    loader = MigrationLoader(connection, ignore_no_migrations=True)
    applied = set(MigrationRecorder(connection).applied_migrations())
    nodes = set(loader.graph.nodes)
    known = applied & nodes
    return (
        loader,
        known,
        sorted(applied - nodes - set(loader.replacements)),
        sorted(nodes - applied),
    )


@contextlib.contextmanager
def scratch_database(alias: str = "default", *, prefix: str = "drift"):
    """A new empty database on the live server (from template0), as a Django alias; dropped after."""
    settings_dict = connections[alias].settings_dict
    live_name = settings_dict["NAME"]
    name = f"{live_name[:30]}_{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    scratch_alias = f"__{name}__"
    params = _admin_params(alias)
    with psycopg.connect(**params) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    options = {k: v for k, v in settings_dict.get("OPTIONS", {}).items() if k != "pool"}
    connections.settings[scratch_alias] = {
        **settings_dict,
        "NAME": name,
        "OPTIONS": options,
        "CONN_MAX_AGE": 0,
    }
    scratch = connections[
        scratch_alias
    ]  # cached: connections[alias] keeps working (RunPython's .using())
    # ... while the alias is no longer listed, so it is not iterated by code that walks
    # every database (and Django's test cases treat it as a dynamically created one).
    connections.settings.pop(scratch_alias)
    try:
        yield scratch
    finally:
        with contextlib.suppress(Exception):
            connections[scratch_alias].close()
        with contextlib.suppress(AttributeError):
            delattr(connections._connections, scratch_alias)
        connections.settings.pop(scratch_alias, None)
        with psycopg.connect(**params) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def build_expected(alias: str = "default", schema: str = "public") -> Expected:
    """Apply the live database's applied migrations to a scratch database and read its catalog."""
    loader, known, not_on_disk, not_applied = applied_state(alias)
    children = {
        node: {child.key for child in loader.graph.node_map[node].children} for node in known
    }
    targets = sorted(node for node in known if not (children[node] & known))
    with scratch_database(alias) as scratch:
        executor = MigrationExecutor(scratch)
        executor.loader.build_graph()
        plan = executor.migration_plan(targets, clean_start=True)
        executor.migrate(targets, plan=plan)
        with scratch.cursor() as cursor:
            snap = snapshot(cursor, schema)
    return Expected(
        snapshot=snap, applied=len(known), not_on_disk=not_on_disk, not_applied=not_applied
    )


def check(alias: str = "default", schema: str = "public") -> tuple[list[str], Expected]:
    expected = build_expected(alias, schema)
    with connections[alias].cursor() as cursor:
        live = snapshot(cursor, schema)
    problems = [
        f"Migration {app}.{name} is recorded as applied but no such migration exists on disk."
        for app, name in expected.not_on_disk
    ]
    problems += compare(live, expected.snapshot)
    return problems, expected
