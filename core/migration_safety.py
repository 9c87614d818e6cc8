"""Migration safety lint: what would block or break a running deploy on a large table.

Run by ``manage.py lint_migrations`` (and .ci/migrations-check). It reads the
migration operations (not the database), so it runs anywhere, in a second.

A table counts as *existing* when a baseline migration created it (or no
project migration did); tables created by migrations that are new since the
baseline are empty when the deploy starts, so anything goes on them.

A finding is accepted when its migration says it was reviewed, per rule, with a
reason::

    class Migration(migrations.Migration):
        safety_reviewed = {
            "index-without-concurrently": "accounts_apikey has a few hundred rows; "
            "a short SHARE lock is fine.",
        }

See docs/migrations.md for each rule and the safe way to do what it rejects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.postgres.operations import (
    AddConstraintNotValid,
    AddIndexConcurrently,
)
from django.db import connection as default_connection
from django.db import migrations, models
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.state import ProjectState
from django.db.models.fields import NOT_PROVIDED

RULES = {
    "not-null-without-db-default": (
        "adds a NOT NULL column without a database default (db_default): the old code still "
        "running during the deploy inserts rows without it and fails"
    ),
    "drop-column": "drops a column the old code still reads and writes",
    "drop-table": "drops a table the old code still uses",
    "rename": "renames a table or column the old code still uses by its old name",
    "index-without-concurrently": (
        "builds an index without CONCURRENTLY on an existing table: writes block for the whole build"
    ),
    "constraint-without-not-valid": (
        "adds a constraint to an existing table in one step: the full-table check runs under a "
        "lock that blocks writes (add it NOT VALID, then VALIDATE in another migration)"
    ),
    "set-not-null": (
        "sets NOT NULL on an existing column: a full-table scan under ACCESS EXCLUSIVE (add a "
        "CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL)"
    ),
    "alter-column-type": "changes a column type: usually a full table rewrite under ACCESS EXCLUSIVE",
    "runpython-without-reverse": "RunPython without reverse_code: the migration cannot be rolled back",
    "runsql-without-reverse": "RunSQL without reverse_sql: the migration cannot be rolled back",
}


@dataclass(frozen=True)
class Finding:
    app_label: str
    migration: str
    index: int  # operation number, from 1
    operation: str
    rule: str
    detail: str
    reviewed: str = ""  # the reason, when the migration marks this rule reviewed

    def __str__(self) -> str:
        where = f"{self.app_label}.{self.migration} operation {self.index} ({self.operation})"
        text = f"{where}: [{self.rule}] {self.detail}: {RULES[self.rule]}."
        if self.reviewed:
            text += f" Reviewed: {self.reviewed}"
        return text


def _table(state, app_label: str, model_name: str) -> str:
    model_state = state.models.get((app_label, model_name.lower()))
    if model_state is not None and model_state.options.get("db_table"):
        return model_state.options["db_table"]
    return f"{app_label}_{model_name.lower()}"


def _field(state, app_label, model_name, name):
    model_state = state.models.get((app_label, model_name.lower()))
    return model_state.fields.get(name) if model_state else None


def _column_type(field, connection):
    try:
        return field.db_parameters(connection=connection)["type"]
    except Exception:  # a relation whose target is not in the state
        return None


def _widening(old: str | None, new: str | None) -> bool:
    """varchar(n) -> varchar(m >= n) / text: no rewrite, no scan."""
    if old == new:
        return True
    match_old = re.fullmatch(r"varchar\((\d+)\)", old or "")
    if match_old and new == "text":
        return True
    match_new = re.fullmatch(r"varchar\((\d+)\)", new or "")
    return bool(match_old and match_new and int(match_new[1]) >= int(match_old[1]))


SQL_NAME = r'(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?"?(?:\w+"?\."?)?(\w+)"?'


def lint_sql(sql: str, new_tables: set[str]) -> list[tuple[str, str]]:
    """Findings (rule, detail) for raw SQL in RunSQL (statements split on ``;``)."""
    found = []
    text = re.sub(r"--[^\n]*", "", sql)
    new = {t.lower() for t in new_tables}
    for statement in (s.strip() for s in text.split(";")):
        upper = " ".join(statement.upper().split())
        short = " ".join(statement.split())[:80]
        if not upper:
            continue
        if dropped := re.match(r"DROP\s+TABLE\s+" + SQL_NAME, upper):
            if dropped[1].lower() not in new:
                found.append(("drop-table", short))
            continue
        if index := re.match(
            r"CREATE\s+(UNIQUE\s+)?INDEX\s+(CONCURRENTLY\s+)?.*?\sON\s+" + SQL_NAME, upper
        ):
            if not index[2] and index[3].lower() not in new:
                found.append(("index-without-concurrently", short))
            continue
        altered = re.match(r"ALTER\s+TABLE\s+" + SQL_NAME, upper)
        if not altered or altered[1].lower() in new:
            continue
        adds = r"\bADD\s+(?:CONSTRAINT\s+\S+\s+)?"
        if re.search(adds + r"(CHECK|FOREIGN\s+KEY)\b", upper) and "NOT VALID" not in upper:
            found.append(("constraint-without-not-valid", short))
        if (
            re.search(adds + r"(UNIQUE|PRIMARY\s+KEY|EXCLUDE)\b", upper)
            and "USING INDEX" not in upper
        ):
            found.append(("constraint-without-not-valid", short))
        if re.search(r"\bDROP\s+COLUMN\b", upper):
            found.append(("drop-column", short))
        if re.search(r"\bRENAME\b", upper) and "RENAME CONSTRAINT" not in upper:
            found.append(("rename", short))
        if re.search(r"\bSET\s+NOT\s+NULL\b", upper):
            found.append(("set-not-null", short))
        if re.search(r"\bALTER\s+(?:COLUMN\s+)?\S+\s+(?:SET\s+DATA\s+)?TYPE\b", upper):
            found.append(("alter-column-type", short))
    # SET NOT NULL after a validated CHECK (col IS NOT NULL) in the same SQL skips the scan.
    whole = " ".join(text.upper().split())
    if "VALIDATE CONSTRAINT" in whole and "IS NOT NULL" in whole:
        found = [f for f in found if f[0] != "set-not-null"]
    return found


def _sql_text(sql) -> str:
    if isinstance(sql, (list, tuple)):
        return ";\n".join(s if isinstance(s, str) else s[0] for s in sql)
    return str(sql)


def lint_operations(app_label, operations, state, new_tables, connection):
    """Yield (rule, detail) for ``operations`` and advance ``state`` (a mutable ProjectState)."""
    for op in operations:
        if isinstance(op, migrations.SeparateDatabaseAndState):
            # The database operations run; the state operations only move the state.
            yield from lint_operations(
                app_label, op.database_operations, state.clone(), new_tables, connection
            )
            for state_op in op.state_operations:
                if isinstance(state_op, migrations.CreateModel):
                    new_tables.add(_created_table(app_label, state_op))
                state_op.state_forwards(app_label, state)
            continue
        table = None
        if isinstance(op, migrations.CreateModel):
            new_tables.add(_created_table(app_label, op))
        elif isinstance(op, migrations.RunPython):
            if op.reverse_code is None:
                yield "runpython-without-reverse", f"{op.code.__name__}() has no reverse_code"
        elif isinstance(op, migrations.RunSQL):
            if op.reverse_sql is None:
                yield "runsql-without-reverse", "no reverse_sql"
            yield from lint_sql(_sql_text(op.sql), new_tables)
        elif isinstance(op, migrations.operations.base.Operation) and (
            getattr(op, "model_name", None)
            or getattr(op, "name", None)
            or getattr(op, "old_name", None)
        ):
            model = getattr(op, "model_name", None) or getattr(op, "old_name", None) or op.name
            if isinstance(op, migrations.RenameModel):
                model = op.old_name
            table = _table(state, app_label, model)
            if table not in new_tables:
                yield from _lint_model_op(op, app_label, state, table, connection)
        op.state_forwards(app_label, state)
        if table in new_tables and isinstance(
            op, migrations.RenameModel | migrations.AlterModelTable
        ):
            new_tables.add(_table(state, app_label, getattr(op, "new_name", None) or op.name))


def _created_table(app_label, op) -> str:
    return (op.options or {}).get("db_table") or f"{app_label}_{op.name.lower()}"


def _lint_model_op(op, app_label, state, table, connection):
    if isinstance(op, migrations.AddField):
        field = op.field
        if field.many_to_many:
            return
        if not field.null and field.db_default is NOT_PROVIDED:
            yield "not-null-without-db-default", f"{table}.{op.name}"
        if field.is_relation and getattr(field, "db_constraint", False):
            yield "constraint-without-not-valid", f"foreign key {table}.{op.name}"
        if field.unique or field.db_index:
            yield "index-without-concurrently", f"index on {table}.{op.name}"
    elif isinstance(op, migrations.RemoveField):
        yield "drop-column", f"{table}.{op.name}"
    elif isinstance(op, migrations.DeleteModel):
        yield "drop-table", table
    elif isinstance(op, migrations.RenameField):
        yield "rename", f"{table}.{op.old_name} -> {op.new_name}"
    elif isinstance(op, migrations.RenameModel):
        yield "rename", f"{table} (model {op.old_name} -> {op.new_name})"
    elif isinstance(op, migrations.AlterModelTable):
        yield "rename", f"{table} -> {op.table}"
    elif isinstance(op, migrations.AlterField):
        old = _field(state, app_label, op.model_name, op.name)
        new = op.field
        if old is None:
            return
        if (old.db_column or op.name) != (new.db_column or op.name):
            yield "rename", f"{table}.{old.db_column or op.name} -> {new.db_column or op.name}"
        if old.null and not new.null:
            yield "set-not-null", f"{table}.{op.name}"
        if not _widening(_column_type(old, connection), _column_type(new, connection)):
            yield (
                "alter-column-type",
                (
                    f"{table}.{op.name}: {_column_type(old, connection)} -> {_column_type(new, connection)}"
                ),
            )
        if (new.unique and not old.unique) or (new.db_index and not old.db_index):
            yield "index-without-concurrently", f"index on {table}.{op.name}"
        if (
            new.is_relation
            and getattr(new, "db_constraint", False)
            and not (old.is_relation and getattr(old, "db_constraint", False))
        ):
            yield "constraint-without-not-valid", f"foreign key {table}.{op.name}"
    elif isinstance(op, migrations.AddIndex) and not isinstance(op, AddIndexConcurrently):
        yield "index-without-concurrently", f"{op.index.name} on {table}"
    elif isinstance(op, migrations.AddConstraint) and not isinstance(op, AddConstraintNotValid):
        if (
            isinstance(op.constraint, models.UniqueConstraint)
            and op.constraint.condition is not None
        ):
            yield (
                "index-without-concurrently",
                f"{op.constraint.name} (a partial unique index) on {table}",
            )
        else:
            yield "constraint-without-not-valid", f"{op.constraint.name} on {table}"
    elif isinstance(op, migrations.AlterUniqueTogether):
        before = state.models[(app_label, op.name.lower())].options.get("unique_together") or set()
        if set(op.unique_together or ()) - {tuple(t) for t in before}:
            yield "constraint-without-not-valid", f"unique_together on {table}"


def lint_migration(migration, state_before, new_tables: set[str], connection=default_connection):
    """Findings for one migration; ``new_tables`` gains the tables it creates."""
    state = state_before.clone()
    reviewed = getattr(migration, "safety_reviewed", None) or {}
    unknown = set(reviewed) - set(RULES)
    if unknown:
        raise ValueError(
            f"{migration.app_label}.{migration.name}: unknown rule(s) in safety_reviewed: {sorted(unknown)}"
        )
    findings = []
    for number, op in enumerate(migration.operations, start=1):
        for rule, detail in lint_operations(
            migration.app_label, [op], state, new_tables, connection
        ):
            findings.append(
                Finding(
                    migration.app_label,
                    migration.name,
                    number,
                    op.describe()[:70],
                    rule,
                    detail,
                    reviewed=str(reviewed.get(rule) or "").strip(),
                )
            )
    return findings


def project_app_labels() -> list[str]:
    base = Path(settings.BASE_DIR).resolve()
    labels = []
    for config in global_apps.get_app_configs():
        path = Path(config.path).resolve()
        if path.is_relative_to(base) and "site-packages" not in path.parts:
            labels.append(config.label)
    return labels


def read_baseline(path: Path) -> set[tuple[str, str]]:
    if not path.exists():
        return set()
    keys = set()
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            app, _, name = line.partition(".")
            keys.add((app, name))
    return keys


def write_baseline(path: Path, keys) -> None:
    header = (
        "# Migrations that existed before the safety lint (or before the last release):\n"
        "# lint_migrations skips them; tables they create count as existing (large).\n"
        "# Refresh after each release: manage.py lint_migrations --update-baseline\n"
    )
    path.write_text(header + "".join(f"{app}.{name}\n" for app, name in sorted(keys)))


def lint_project(
    *, baseline: set, loader: MigrationLoader | None = None, connection=default_connection
):
    """(findings, linted migration keys) for the project's migrations not in ``baseline``."""
    loader = loader or MigrationLoader(None, ignore_no_migrations=True)
    labels = set(project_app_labels())
    state = ProjectState(real_apps=loader.unmigrated_apps)
    new_tables: set[str] = set()
    findings, linted = [], []
    for key in migration_order(loader):
        migration = loader.graph.nodes[key]
        if key[0] in labels and key not in baseline:
            findings += lint_migration(migration, state, new_tables, connection)
            linted.append(key)
        state = migration.mutate_state(state, preserve=False)
    return findings, linted


def migration_order(loader) -> list[tuple[str, str]]:
    """Every migration in dependency order."""
    seen, order = set(), []
    for leaf in sorted(loader.graph.leaf_nodes()):
        for key in loader.graph.forwards_plan(leaf):
            if key not in seen:
                seen.add(key)
                order.append(key)
    return order
