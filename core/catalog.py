"""The one reader of PostgreSQL's catalog: what the database really holds.

Two users, one set of queries:

- ``core.schema_docs`` (``manage.py generate_schema_docs``) reads one table at a
  time (:func:`read_table`) and renders it;
- ``core.schema_drift`` (``manage.py check_schema_drift``) reads a whole schema
  (:func:`tables`, :func:`columns`, ... with ``schema=``) and compares two.

Every query takes a *scope*: ``schema="public"`` (all relations of a schema) or
``oid=<pg_class oid>`` (one relation). Definitions come from PostgreSQL's own
deparsers (``pg_get_constraintdef``, ``pg_get_indexdef``, ``pg_get_triggerdef``,
``pg_get_functiondef``); ``pretty=True`` asks for their pretty-printed form (the
docs pages use it, the drift check compares the plain form). Objects that belong
to an extension are left out. NOT NULL constraints (contype ``n``, catalogued
since PostgreSQL 18) are left out: nullability is a column property, and leaving
them out keeps the results the same on PostgreSQL 15 and 18.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# pg_class.relkind of the relations read
RELKINDS = {
    "r": "table",
    "p": "partitioned table",
    "v": "view",
    "m": "materialized view",
    "f": "foreign table",
}
# pg_constraint.contype
CONTYPES = {
    "p": "PRIMARY KEY",
    "u": "UNIQUE",
    "c": "CHECK",
    "f": "FOREIGN KEY",
    "x": "EXCLUDE",
    "t": "constraint trigger",
}
# pg_constraint.confdeltype / confupdtype
FK_ACTIONS = {
    "a": "NO ACTION",
    "r": "RESTRICT",
    "c": "CASCADE",
    "n": "SET NULL",
    "d": "SET DEFAULT",
}

_RELKIND_LIST = ", ".join(f"'{k}'" for k in RELKINDS)
_NOT_EXTENSION_MEMBER = (
    "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = {oid} AND d.deptype = 'e')"
)


def _scope(schema: str | None, oid: int | None, *, rel: str = "c") -> tuple[str, list]:
    """The WHERE condition (and its parameter) restricting relation ``rel`` to the scope."""
    if (schema is None) == (oid is None):
        raise ValueError("give exactly one of schema= or oid=")
    if oid is not None:
        return f"{rel}.oid = %s", [oid]
    return "n.nspname = %s", [schema]


def strip_public(name: str | None) -> str | None:
    """``public.foo`` -> ``foo`` (regclass text is schema-qualified outside the search_path)."""
    if name and name.startswith("public."):
        return name[len("public.") :]
    return name


# --- rows ------------------------------------------------------------------------


@dataclass
class Relation:
    name: str
    kind: str  # a RELKINDS value
    view_definition: str | None  # views and materialized views


@dataclass
class Column:
    name: str
    type: str  # format_type()
    not_null: bool
    default: str | None  # pg_get_expr() of the default (or generation expression)
    identity: str  # pg_attribute.attidentity: '', 'a' (always), 'd' (by default)
    generated: str  # pg_attribute.attgenerated: '', 's' (stored), 'v' (virtual)
    comment: str | None
    table: str = ""
    attnum: int = 0


@dataclass
class Constraint:
    name: str
    kind: str  # a CONTYPES value
    definition: str
    columns: list[str]
    ref_table: str | None = None
    ref_columns: list[str] = field(default_factory=list)
    on_delete: str | None = None
    on_update: str | None = None
    deferrable: bool = False
    deferred: bool = False
    validated: bool = True
    table: str = ""


@dataclass
class Index:
    name: str
    definition: str
    unique: bool
    primary: bool
    constraint: str | None  # a constraint of the table that names this index (first by name)
    valid: bool = True
    backs_key_constraint: bool = False  # backs a PRIMARY KEY / UNIQUE / EXCLUDE constraint
    table: str = ""


@dataclass
class Trigger:
    name: str
    definition: str
    enabled: str  # pg_trigger.tgenabled: O, D, R, A
    function: str  # regprocedure text
    function_definition: str
    table: str = ""


@dataclass
class Table:
    """One relation as the schema docs show it."""

    name: str
    exists: bool
    comment: str | None = None
    columns: list[Column] = field(default_factory=list)
    constraints: list[Constraint] = field(default_factory=list)
    indexes: list[Index] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    referenced_by: list[tuple[str, str, str]] = field(default_factory=list)


# --- queries ---------------------------------------------------------------------


def relation_oid(cursor, quoted_name: str) -> int | None:
    cursor.execute("SELECT to_regclass(%s)::oid", [quoted_name])
    return cursor.fetchone()[0]


def relation_comment(cursor, oid: int) -> str | None:
    cursor.execute("SELECT obj_description(%s, 'pg_class')", [oid])
    return cursor.fetchone()[0]


def tables(cursor, *, schema: str | None = None, oid: int | None = None) -> list[Relation]:
    """Tables, views, materialized views and foreign tables, by name."""
    where, params = _scope(schema, oid)
    cursor.execute(
        f"""
        SELECT c.relname, c.relkind,
               CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE {where} AND c.relkind IN ({_RELKIND_LIST})
          AND {_NOT_EXTENSION_MEMBER.format(oid="c.oid")}
        ORDER BY c.relname
        """,
        params,
    )
    return [Relation(name, RELKINDS[kind], view) for name, kind, view in cursor.fetchall()]


def columns(cursor, *, schema: str | None = None, oid: int | None = None) -> list[Column]:
    """Columns with type, nullability, default, identity, generation and comment."""
    where, params = _scope(schema, oid)
    cursor.execute(
        f"""
        SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
               pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated,
               col_description(a.attrelid, a.attnum), c.relname, a.attnum
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
        WHERE {where} AND c.relkind IN ({_RELKIND_LIST}) AND a.attnum > 0
          AND NOT a.attisdropped AND {_NOT_EXTENSION_MEMBER.format(oid="c.oid")}
        ORDER BY c.relname, a.attnum
        """,
        params,
    )
    return [Column(*row) for row in cursor.fetchall()]


def constraints(
    cursor, *, schema: str | None = None, oid: int | None = None, pretty: bool = False
) -> list[Constraint]:
    """Every constraint but NOT NULL, by table, kind and name (``pg_get_constraintdef``)."""
    where, params = _scope(schema, oid)
    cursor.execute(
        f"""
        SELECT con.conname, con.contype, pg_get_constraintdef(con.oid, %s),
               ARRAY(SELECT coalesce(a.attname::text, k.n::text)
                     FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
                     LEFT JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n
                     ORDER BY k.i),
               CASE WHEN con.contype = 'f' THEN con.confrelid::regclass::text END,
               ARRAY(SELECT coalesce(a.attname::text, k.n::text)
                     FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
                     LEFT JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n
                     ORDER BY k.i),
               con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred,
               con.convalidated, c.relname
        FROM pg_constraint con
        JOIN pg_class c ON c.oid = con.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE {where} AND con.contype <> 'n'
        ORDER BY c.relname, con.contype, con.conname
        """,
        [pretty, *params],
    )
    out = []
    for (
        name,
        contype,
        definition,
        cols,
        ref_table,
        ref_cols,
        deltype,
        updtype,
        deferrable,
        deferred,
        validated,
        table,
    ) in cursor.fetchall():
        constraint = Constraint(
            name=name,
            kind=CONTYPES.get(contype, contype),
            definition=definition,
            columns=list(cols or []),
            deferrable=deferrable,
            deferred=deferred,
            validated=validated,
            table=table,
        )
        if contype == "f":
            constraint.ref_table = strip_public(ref_table)
            constraint.ref_columns = list(ref_cols or [])
            constraint.on_delete = FK_ACTIONS.get(deltype, deltype)
            constraint.on_update = FK_ACTIONS.get(updtype, updtype)
        out.append(constraint)
    return out


def indexes(cursor, *, schema: str | None = None, oid: int | None = None) -> list[Index]:
    """Every index (``pg_get_indexdef``), with the constraint it backs, by table and name."""
    where, params = _scope(schema, oid, rel="t")
    cursor.execute(
        f"""
        SELECT i.relname, pg_get_indexdef(x.indexrelid), x.indisunique, x.indisprimary,
               (SELECT con.conname FROM pg_constraint con
                WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid
                ORDER BY con.conname LIMIT 1),
               x.indisvalid,
               EXISTS (SELECT 1 FROM pg_constraint con
                       WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid
                         AND con.contype IN ('p', 'u', 'x')),
               t.relname
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE {where}
        ORDER BY t.relname, i.relname
        """,
        params,
    )
    return [Index(*row) for row in cursor.fetchall()]


def triggers(
    cursor, *, schema: str | None = None, oid: int | None = None, pretty: bool = False
) -> list[Trigger]:
    """User triggers (not the internal ones behind foreign keys), by table and name."""
    where, params = _scope(schema, oid)
    cursor.execute(
        f"""
        SELECT t.tgname, pg_get_triggerdef(t.oid, %s), t.tgenabled,
               t.tgfoid::regprocedure::text, pg_get_functiondef(t.tgfoid), c.relname
        FROM pg_trigger t
        JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE {where} AND NOT t.tgisinternal
        ORDER BY c.relname, t.tgname
        """,
        [pretty, *params],
    )
    return [Trigger(*row) for row in cursor.fetchall()]


def functions(cursor, *, schema: str) -> dict[str, str]:
    """{``name(identity arguments)``: ``pg_get_functiondef``} for the schema's functions."""
    cursor.execute(
        f"""
        SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
               pg_get_functiondef(p.oid)
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = %s AND p.prokind IN ('f', 'p')
          AND {_NOT_EXTENSION_MEMBER.format(oid="p.oid")}
        """,
        [schema],
    )
    return dict(cursor.fetchall())


def extensions(cursor) -> set[str]:
    cursor.execute("SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'")
    return {row[0] for row in cursor.fetchall()}


def referenced_by(cursor, oid: int) -> list[tuple[str, str, str]]:
    """(table, constraint, ON DELETE) of every foreign key pointing at the relation."""
    cursor.execute(
        """
        SELECT c.conrelid::regclass::text, c.conname, c.confdeltype
        FROM pg_constraint c
        WHERE c.confrelid = %s AND c.contype = 'f'
        ORDER BY 1, 2
        """,
        [oid],
    )
    return [(strip_public(t), n, FK_ACTIONS.get(d, d)) for t, n, d in cursor.fetchall()]


def read_table(cursor, quoted_name: str, name: str, *, pretty: bool = True) -> Table:
    """Everything the catalog says about one table (``exists=False`` when it is not there)."""
    oid = relation_oid(cursor, quoted_name)
    if oid is None:
        return Table(name=name, exists=False)
    return Table(
        name=name,
        exists=True,
        comment=relation_comment(cursor, oid),
        columns=columns(cursor, oid=oid),
        constraints=[
            c for c in constraints(cursor, oid=oid, pretty=pretty) if c.kind != "constraint trigger"
        ],
        indexes=indexes(cursor, oid=oid),
        triggers=triggers(cursor, oid=oid, pretty=pretty),
        referenced_by=referenced_by(cursor, oid),
    )


# --- comparing meaning, not PostgreSQL's reprint ----------------------------------------
# A dump/restore makes PostgreSQL parse every expression again, and its deparser then prints
# the same rule differently: ``(ARRAY['a'::character varying])::text[]`` comes back as
# ``ARRAY[('a'::character varying)::text]``, ``(x)::text`` as ``x::text``, with parentheses
# added or dropped. ``normalise_expression`` maps such spellings of one rule to one string:
# it drops type casts (``::type``) and parentheses around a single term, and spaces. Values,
# column names, operators, keywords and the grouping of several terms are kept, so a changed
# rule (another value, another operator, another column) still differs.

_MULTIWORD_TYPES = (
    "character varying",
    "double precision",
    "timestamp with time zone",
    "timestamp without time zone",
    "time with time zone",
    "time without time zone",
    "bit varying",
)
_CAST = (
    r"::(?:"
    + "|".join(t.replace(" ", r"\s+") for t in _MULTIWORD_TYPES)
    + r'|"[^"]+"|[a-z_][a-z0-9_.]*)'
    r"(?:\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\[\])*"
)
_TOKEN = None


def _tokens(text: str) -> list[str]:
    import re

    global _TOKEN
    if _TOKEN is None:
        _TOKEN = re.compile(
            r"(?P<str>E?'(?:[^']|'')*')|(?P<ident>\"(?:[^\"]|\"\")*\")|(?P<cast>" + _CAST + r")"
            r"|(?P<open>[(\[])|(?P<close>[)\]])|(?P<word>[A-Za-z_][A-Za-z0-9_$.]*|\d+(?:\.\d+)?)"
            r"|(?P<space>\s+)|(?P<op>[^\sA-Za-z0-9_'\"()\[\]]+)"
        )
    out = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind in ("space", "cast"):
            continue
        out.append(match.group())
    return out


def _tree(tokens: list[str]) -> list:
    """Nested lists for (...) and [...]: ["(", items...] / ["[", items...]."""
    stack: list[list] = [["top"]]
    for tok in tokens:
        if tok in ("(", "["):
            stack.append([tok])
        elif tok in (")", "]") and len(stack) > 1:
            group = stack.pop()
            stack[-1].append(group)
        else:
            stack[-1].append(tok)
    while len(stack) > 1:  # unbalanced: keep what there is
        group = stack.pop()
        stack[-1].append(group)
    return stack[0]


_KEYWORDS = {"AND", "OR", "NOT", "IS", "IN", "ANY", "ALL", "SOME", "LIKE", "ILIKE", "ON", "WHERE"}


def _simplify(items: list) -> list:
    """Simplify a group's items; merge a word with the group after it (a call, ARRAY[...])."""
    out: list = []
    for item in items:
        if isinstance(item, list):
            item = [item[0], *_simplify(item[1:])]
            if item[0] == "(" and len(item) == 2:  # parentheses around one term
                item = item[1]
        if (
            isinstance(item, list)
            and out
            and isinstance(out[-1], str)
            and out[-1][:1].isalpha()
            and out[-1].upper() not in _KEYWORDS
        ):
            item = ["call", out.pop(), item]
        out.append(item)
    return _flatten(out)


def _chain_op(items: list) -> str | None:
    """The operator of ``a OR b OR c`` (or AND): every odd item is that one keyword."""
    ops = items[1::2]
    if len(items) < 3 or len(items) % 2 == 0:
        return None
    if not all(isinstance(o, str) and o.upper() == str(ops[0]).upper() for o in ops):
        return None
    return ops[0].upper() if ops[0].upper() in ("AND", "OR") else None


def _flatten(items: list) -> list:
    """``((a OR b) OR c)`` and ``(a OR b OR c)`` are one rule: splice a parenthesised
    operand into a chain of the same operator (AND and OR are associative)."""
    op = _chain_op(items)
    if op is None:
        return items
    out: list = []
    for operand in items[0::2]:
        if out:
            out.append(op)
        if isinstance(operand, list) and operand[0] == "(" and _chain_op(operand[1:]) == op:
            out.extend(operand[1:])
        else:
            out.append(operand)
    return out


def _render(item) -> str:
    if isinstance(item, str):
        return item
    kind, *children = item
    inner = " ".join(_render(c) for c in children)
    if kind == "(":
        return f"({inner})"
    if kind == "[":
        return f"[{inner}]"
    if kind == "call":
        return f"{_render(children[0])}{_render(children[1])}"
    return inner


def normalise_expression(text: str | None) -> str | None:
    """One spelling for the same rule, whatever PostgreSQL's deparser printed (see above)."""
    if text is None:
        return None
    items = _simplify(_tree(_tokens(text))[1:])
    while len(items) == 1 and isinstance(items[0], list) and items[0][0] == "(":
        items = items[0][1:]
    return " ".join(_render(i) for i in items)
