"""The schema docs renderer: docs/schema/<app>.md for every app in LOCAL_APPS, and index.md.

``manage.py generate_schema_docs`` writes (or, with ``--check``, compares) what
:func:`render_all` returns.

The pages come from two sources, so they say what the database really enforces:

- the Django models: the ER diagram's entities and relations, choices, the
  on_delete Django applies, and per-app metadata from ``<app>/schema_docs.py``
  (SEED_FILE, SUMMARY, SEED_FIELDS, NOTES; all optional);
- the PostgreSQL catalog of the connected database, read by ``core.catalog``
  (the reader the drift check shares): columns (type, null,
  default), constraints (``pg_get_constraintdef``), foreign keys' ON DELETE
  (``pg_constraint.confdeltype``), indexes (``pg_get_indexdef``) and triggers
  (``pg_get_triggerdef``). A constraint added by raw SQL shows up; one that
  only exists in a model but was never migrated does not.

Output is deterministic (sorted, no timestamps, no database names), so
``--check`` can compare the committed pages with a fresh generation.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models.fields import NOT_PROVIDED

from core import catalog

GENERATOR = "manage.py generate_schema_docs"
DEFAULT_OUTPUT_DIR = Path(settings.BASE_DIR) / "docs" / "schema"

MERMAID_TYPE_NAMES = [
    ("timestamp with time zone", "timestamptz"),
    ("timestamp without time zone", "timestamp"),
    ("time with time zone", "timetz"),
    ("time without time zone", "time"),
    ("character varying", "varchar"),
    ("double precision", "float8"),
    ("character", "char"),
    ("bit varying", "varbit"),
]


# --- per-app metadata ---------------------------------------------------------


@dataclass
class AppMeta:
    seed_files: list[str] = field(default_factory=list)
    summary: str = ""
    seed_fields: dict = field(default_factory=dict)
    notes: str = ""


def app_meta(app_config) -> AppMeta:
    """Read ``<app>/schema_docs.py``; a missing module or name gives empty values."""
    try:
        module = importlib.import_module(f"{app_config.name}.schema_docs")
    except ModuleNotFoundError as exc:
        if exc.name not in (f"{app_config.name}.schema_docs", app_config.name):
            raise
        module = None
    seed_file = getattr(module, "SEED_FILE", "") or ""
    seed_files = [seed_file] if isinstance(seed_file, str) else list(seed_file)
    return AppMeta(
        seed_files=[s for s in seed_files if s],
        summary=(getattr(module, "SUMMARY", "") or "").strip(),
        seed_fields=dict(getattr(module, "SEED_FIELDS", None) or {}),
        notes=(getattr(module, "NOTES", "") or "").strip(),
    )


def local_app_configs():
    """The local apps that own tables (``core`` holds machinery, not tables)."""
    configs = [apps.get_app_config(name.rsplit(".", 1)[-1]) for name in settings.LOCAL_APPS]
    return [config for config in configs if app_models(config)]


def app_models(app_config):
    """The app's models that own a table (M2M through tables included), by table name."""
    models = [
        m
        for m in app_config.get_models(include_auto_created=True)
        if not m._meta.proxy and not m._meta.swapped and m._meta.managed
    ]
    return sorted(models, key=lambda m: m._meta.db_table)


# --- rendering ------------------------------------------------------------------


_CONTROL = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")
_CONTROL_NAMES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def md_escape(text) -> str:
    """Make a value safe inside one Markdown table cell: pipes escaped, and control
    characters (a CHECK may hold a literal newline) shown as escapes, never raw."""
    return _CONTROL.sub(_escape_control, str(text)).replace("|", "\\|")


def _escape_control(match) -> str:
    char = match.group()
    if char in _CONTROL_NAMES:
        return _CONTROL_NAMES[char]
    return f"\\x{ord(char):02x}" if ord(char) < 256 else f"\\u{ord(char):04x}"


def code(text) -> str:
    text = md_escape(text)
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def mermaid_type(pg_type: str) -> str:
    t = re.sub(r"\(.*?\)", "", pg_type)
    for long, short in MERMAID_TYPE_NAMES:
        t = t.replace(long, short)
    t = t.replace("[]", "_array")
    return re.sub(r"[^A-Za-z0-9_]", "_", t.strip()) or "unknown"


def python_default(model_field) -> str | None:
    if not model_field.has_default():
        return None
    value = model_field.default
    if callable(value):  # by name: a repr could hold a memory address
        name = getattr(value, "__qualname__", None) or type(value).__qualname__
        return f"{getattr(value, '__module__', None) or type(value).__module__}.{name}()"
    if hasattr(value, "value") and hasattr(value, "label"):  # a TextChoices member
        value = value.value
    return repr(value)


def on_delete_name(model_field) -> str:
    on_delete = model_field.remote_field.on_delete
    return getattr(on_delete, "__name__", None) or repr(on_delete)


def model_docstring(model) -> str:
    doc = (model.__doc__ or "").strip()
    if not doc or doc.startswith(f"{model.__name__}("):  # Django's generated docstring
        return ""
    return " ".join(doc.split())


def seed_fields_for(meta: AppMeta, model) -> dict:
    return dict(meta.seed_fields.get(model.__name__, {}) or {})


def fields_by_column(model) -> dict:
    return {f.column: f for f in model._meta.local_fields if f.column}


def render_erdiagram(models, tables: dict[str, catalog.Table]) -> list[str]:
    lines = ["```mermaid", "erDiagram"]
    relations = []
    for model in models:
        table = tables[model._meta.db_table]
        by_column = fields_by_column(model)
        unique_cols = {
            c.columns[0] for c in table.constraints if c.kind == "UNIQUE" and len(c.columns) == 1
        }
        fk_cols = {col for c in table.constraints if c.kind == "FOREIGN KEY" for col in c.columns}
        pk_cols = {col for c in table.constraints if c.kind == "PRIMARY KEY" for col in c.columns}
        if table.exists:
            lines.append(f"    {table.name} {{")
            for column in table.columns:
                keys = [
                    key
                    for key, cols in (("PK", pk_cols), ("FK", fk_cols), ("UK", unique_cols))
                    if column.name in cols
                ]
                suffix = f" {', '.join(keys)}" if keys else ""
                lines.append(f"        {mermaid_type(column.type)} {column.name}{suffix}")
            lines.append("    }")
        else:
            lines.append(f"    {table.name} {{")
            lines.append("    }")
        for model_field in by_column.values():
            if not model_field.is_relation or model_field.related_model is None:
                continue
            target = model_field.related_model._meta.db_table
            child = "|o" if (model_field.one_to_one or model_field.unique) else "}o"
            parent = "o|" if model_field.null else "||"
            relations.append(f'    {table.name} {child}--{parent} {target} : "{model_field.name}"')
    lines.extend(sorted(relations))
    lines.append("```")
    return lines


def render_table(model, table: catalog.Table, meta: AppMeta) -> list[str]:
    opts = model._meta
    lines = [f"### `{table.name}`", ""]
    if opts.auto_created:
        owner = opts.auto_created
        lines.append(
            f"Many-to-many table created by Django for `{owner.__name__}` "
            f"(model `{model.__name__}`)."
        )
    else:
        lines.append(f"Model `{opts.label}` ({opts.verbose_name}).")
        doc = model_docstring(model)
        if doc:
            lines.extend(["", doc])
    if table.comment:
        lines.extend(["", f"Comment: {table.comment}"])
    lines.append("")
    if not table.exists:
        lines.extend(["*This table is not in the database: run `manage.py migrate`.*", ""])
        return lines

    by_column = fields_by_column(model)
    seed = seed_fields_for(meta, model)
    lines.append("| column | type | null | default | seed field | notes |")
    lines.append("|---|---|---|---|---|---|")
    for column in table.columns:
        model_field = by_column.get(column.name)
        if column.identity:
            default = "generated {} as identity".format(
                "always" if column.identity == "a" else "by default"
            )
        elif column.generated:
            default = f"generated always as {column.default} stored"
        else:
            default = column.default
        default_text = code(default) if default else ""
        notes = []
        if model_field is not None:
            if not default and model_field.db_default is NOT_PROVIDED:
                py_default = python_default(model_field)
                if py_default is not None:
                    notes.append(f"Django default {code(py_default)}")
            if getattr(model_field, "auto_now", False):
                notes.append("set by Django on every save")
            if model_field.choices:
                notes.append("choices below")
        else:
            notes.append("not in the model")
        if column.comment:
            notes.append(md_escape(column.comment))
        if model_field is not None:
            seed_field = seed.get(model_field.name, seed.get(column.name))
        else:
            seed_field = seed.get(column.name)
        if opts.auto_created:
            seed_text = "—"
        elif seed_field:
            seed_text = md_escape(seed_field)
        else:
            seed_text = "— (added here)"
        lines.append(
            f"| {code(column.name)} | {code(column.type)} | {'no' if column.not_null else 'yes'} "
            f"| {default_text} | {seed_text} | {'; '.join(notes)} |"
        )
    lines.append("")

    pk = [c for c in table.constraints if c.kind == "PRIMARY KEY"]
    if pk:
        lines.append(
            "**Primary key:** " + "; ".join(f"{code(c.name)} {code(c.definition)}" for c in pk)
        )
        lines.append("")

    fks = [c for c in table.constraints if c.kind == "FOREIGN KEY"]
    if fks:
        lines.extend(
            [
                "**Foreign keys** (ON DELETE as PostgreSQL applies it for every writer; "
                "Django's on_delete beside it):",
                "",
                "| constraint | column | references | on delete (database) | on delete (Django) | definition |",
                "|---|---|---|---|---|---|",
            ]
        )
        for c in fks:
            model_field = by_column.get(c.columns[0]) if len(c.columns) == 1 else None
            django_on_delete = (
                on_delete_name(model_field)
                if model_field is not None and model_field.is_relation
                else ""
            )
            ref = f"{c.ref_table}({', '.join(c.ref_columns)})"
            lines.append(
                f"| {code(c.name)} | {code(', '.join(c.columns))} | {code(ref)} | {c.on_delete} "
                f"| {django_on_delete} | {code(c.definition)} |"
            )
        lines.append("")

    for kind, title in (("CHECK", "Check constraints"), ("EXCLUDE", "Exclusion constraints")):
        rows = [c for c in table.constraints if c.kind == kind]
        if rows:
            lines.extend([f"**{title}:**", "", "| name | definition |", "|---|---|"])
            lines.extend(f"| {code(c.name)} | {code(c.definition)} |" for c in rows)
            lines.append("")

    uniques = [(c.name, c.definition) for c in table.constraints if c.kind == "UNIQUE"]
    uniques += [
        (i.name, i.definition)
        for i in table.indexes
        if i.unique and not i.primary and i.constraint is None
    ]
    if uniques:
        lines.extend(
            [
                "**Unique** (constraints, and unique indexes for expressions or conditions):",
                "",
                "| name | definition |",
                "|---|---|",
            ]
        )
        lines.extend(f"| {code(n)} | {code(d)} |" for n, d in sorted(uniques))
        lines.append("")

    if table.indexes:
        lines.extend(["**Indexes:**", "", "| name | definition |", "|---|---|"])
        for index in table.indexes:
            suffix = f" (backs constraint {code(index.constraint)})" if index.constraint else ""
            lines.append(f"| {code(index.name)}{suffix} | {code(index.definition)} |")
        lines.append("")

    if table.triggers:
        lines.extend(["**Triggers:**", "", "| name | definition |", "|---|---|"])
        for trigger in table.triggers:
            state = "" if trigger.enabled == "O" else f" (enabled={trigger.enabled})"
            lines.append(f"| {code(trigger.name)}{state} | {code(trigger.definition)} |")
        lines.append("")
        functions = {t.function: t.function_definition for t in table.triggers}
        for name, definition in sorted(functions.items()):
            body = definition.replace("\r\n", "\n").replace("\r", "\n").strip()
            lines.extend(
                [
                    f"<details><summary>Trigger function <code>{name}</code></summary>",
                    "",
                    "```sql",
                    body,
                    "```",
                    "",
                    "</details>",
                    "",
                ]
            )

    choice_fields = [f for f in opts.local_fields if f.choices]
    if choice_fields:
        lines.append("**Choices:**")
        lines.append("")
        for model_field in sorted(choice_fields, key=lambda f: f.column):
            values = ", ".join(
                f"{code(value)} ({md_escape(label)})" for value, label in model_field.flatchoices
            )
            lines.append(f"- {code(model_field.column)}: {values}")
        lines.append("")

    if table.referenced_by:
        lines.append("**Referenced by:**")
        lines.append("")
        for ref_table, conname, on_delete in table.referenced_by:
            lines.append(f"- {code(ref_table)} via {code(conname)} (ON DELETE {on_delete})")
        lines.append("")
    return lines


def render_app(app_config, connection) -> str:
    meta = app_meta(app_config)
    models = app_models(app_config)
    with connection.cursor() as cursor:
        tables = {
            m._meta.db_table: catalog.read_table(
                cursor, connection.ops.quote_name(m._meta.db_table), m._meta.db_table
            )
            for m in models
        }
    lines = [
        f"# `{app_config.label}`: {app_config.verbose_name}",
        "",
        f"<!-- Generated by `{GENERATOR}` from the models and the PostgreSQL catalog. "
        "Do not edit: run the command. -->",
        "",
    ]
    if meta.seed_files:
        lines.append("Seed: " + ", ".join(code(s) for s in meta.seed_files) + ".")
        lines.append("")
    if meta.summary:
        lines.extend([meta.summary, ""])
    if not models:
        lines.extend(["*This app has no models yet.*", ""])
        return "\n".join(lines).rstrip() + "\n"

    lines.extend(
        [
            "Columns, defaults, constraints, indexes and triggers below are read from "
            "PostgreSQL's catalog (`pg_get_constraintdef`, `pg_get_indexdef`, "
            "`pg_get_triggerdef`); the diagram, choices, Django's on_delete and the seed "
            "fields from the models and `schema_docs.py`. A column whose seed field is "
            '"— (added here)" is not in the seed.',
            "",
            "## Diagram",
            "",
        ]
    )
    lines.extend(render_erdiagram(models, tables))
    lines.extend(["", "## Tables", ""])
    lines.extend(f"- [`{m._meta.db_table}`](#{m._meta.db_table})" for m in models)
    lines.append("")
    for model in models:
        lines.extend(render_table(model, tables[model._meta.db_table], meta))
    if meta.notes:
        lines.extend(["## Notes", "", meta.notes, ""])
    return "\n".join(lines).rstrip() + "\n"


def render_index(app_configs) -> str:
    lines = [
        "# Schema documentation",
        "",
        f"<!-- Generated by `{GENERATOR}`. Do not edit: run the command. -->",
        "",
        "One page per app, generated from the Django models and the PostgreSQL catalog of a "
        "migrated database: an ER diagram (Mermaid), every table's columns, keys, ON DELETE "
        "behaviour, CHECK and UNIQUE constraints, indexes and triggers as PostgreSQL reports "
        "them, the values of choices fields, and the seed field each column comes from.",
        "",
        "Regenerate after a migration: `DEBUG=1 python manage.py generate_schema_docs`; "
        "`--check` (and the test suite) fails when these pages are out of date.",
        "",
        "| app | seed | tables | what it holds |",
        "|---|---|---|---|",
    ]
    for app_config in app_configs:
        meta = app_meta(app_config)
        seeds = ", ".join(code(s) for s in meta.seed_files) or "—"
        tables = len(app_models(app_config))
        lines.append(
            f"| [`{app_config.label}`]({app_config.label}.md) | {seeds} | {tables} "
            f"| {md_escape(meta.summary) or '—'} |"
        )
    return "\n".join(lines) + "\n"


def render_all(connection=None) -> dict[str, str]:
    """{file name: content} for every page."""
    connection = connection or connections[DEFAULT_DB_ALIAS]
    configs = local_app_configs()
    pages = {f"{c.label}.md": render_app(c, connection) for c in configs}
    pages["index.md"] = render_index(configs)
    return pages


def stale_files(pages: dict[str, str], output_dir: Path) -> list[str]:
    """Names of pages that differ from (or are missing in) output_dir, plus extra .md files."""
    stale = []
    for name, content in sorted(pages.items()):
        path = output_dir / name
        # bytes, not read_text(): universal newlines would hide a changed "\r"
        if not path.exists() or path.read_bytes() != content.encode("utf-8"):
            stale.append(name)
    if output_dir.exists():
        stale += sorted(p.name for p in output_dir.glob("*.md") if p.name not in pages)
    return stale
