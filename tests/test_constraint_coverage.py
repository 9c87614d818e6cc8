"""Every named rule PostgreSQL holds for our apps has a raw-SQL rejection test.

The rules are read from the live catalog: every CHECK, UNIQUE and exclusion
constraint, every unique index, and every user trigger on the tables of the
project's own apps. The tests are read statically from the sources of ``tests/``
(so the result does not depend on which tests ran, in which order or worker):

A name is **covered** when it is a string literal given as the constraint to the
toolkit's ``rejected(...)`` / ``assert_sql_rejected(...)`` inside a ``test_*``
function, or, when the test passes a parameter there, a string literal in that
test's ``@pytest.mark.parametrize`` decorator or in a module-level table the
decorator names (``@pytest.mark.parametrize("name", sorted(UPDATE_CASES))``).
Names built at run time (f-strings) do not count: write them out.

A **trigger** is covered when one of the constraint names it raises
(``RAISE ... USING CONSTRAINT = '<name>'`` in its function) is covered; a trigger
that raises a bare message is covered by the name of its function without
pgtrigger's hash suffix (``pgtrigger_audit_append_only``), which ``rejected``
finds in the PL/pgSQL error context. Triggers that refuse nothing are listed in
``NON_REFUSING_TRIGGERS`` with the reason.
"""

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection

from tests.utils import assert_sql_rejected, run_sql

TESTS_DIR = Path(__file__).resolve().parent
TOOLKIT = {"rejected", "assert_sql_rejected"}

# Triggers that refuse nothing (they log, stamp or notify), so no rejection test
# can exist for them: "<table>.<trigger name>" -> why. None today; an audit insert
# trigger, say, belongs here.
NOTIFY = "notifies the API-key caches (accounts 0004); tests/perf/test_auth_cache.py"
NON_REFUSING_TRIGGERS: dict[str, str] = {
    "accounts_apikey.apikey_auth_notify": NOTIFY,
    "accounts_user.user_auth_notify": NOTIFY,
    "accounts_user_user_permissions.user_permissions_auth_notify": NOTIFY,
    "accounts_user_groups.user_groups_auth_notify": NOTIFY,
    "auth_group_permissions.group_permissions_auth_notify": NOTIFY,
}


@dataclass(frozen=True)
class Rule:
    table: str
    name: str
    kind: str  # check, unique, unique index, exclusion, trigger
    refusals: tuple[str, ...]  # the names a rejection test may expect

    def __str__(self):
        return f"{self.kind} {self.name} on {self.table}"


# --- the catalog ---------------------------------------------------------------------


def local_table_prefixes() -> tuple[str, ...]:
    """``<app_label>_`` of every app of this repository (settings.LOCAL_APPS)."""
    return tuple(f"{apps.get_app_config(name).label}_" for name in settings.LOCAL_APPS)


CATALOG_SQL = """
SELECT t.relname, c.conname,
       CASE c.contype WHEN 'c' THEN 'check' WHEN 'u' THEN 'unique' ELSE 'exclusion' END
FROM pg_constraint c
JOIN pg_class t ON t.oid = c.conrelid
WHERE t.relnamespace = 'public'::regnamespace AND c.contype IN ('c', 'u', 'x')
UNION
SELECT t.relname, i.relname, 'unique index'
FROM pg_index x
JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_class i ON i.oid = x.indexrelid
WHERE t.relnamespace = 'public'::regnamespace AND x.indisunique AND NOT x.indisprimary
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
"""

TRIGGERS_SQL = """
SELECT t.relname, tg.tgname, p.proname, p.prosrc
FROM pg_trigger tg
JOIN pg_class t ON t.oid = tg.tgrelid
JOIN pg_proc p ON p.oid = tg.tgfoid
WHERE NOT tg.tgisinternal AND t.relnamespace = 'public'::regnamespace
"""

RAISED_CONSTRAINT = re.compile(r"\bCONSTRAINT\s*=\s*'([^']+)'", re.IGNORECASE)
RAISES = re.compile(r"\bRAISE\s+EXCEPTION\b", re.IGNORECASE)


def trigger_refusals(function: str, source: str) -> tuple[str, ...]:
    """The names a refusal by this trigger function carries (empty: it refuses nothing)."""
    named = tuple(sorted(set(RAISED_CONSTRAINT.findall(source))))
    if named:
        return named
    if RAISES.search(source):
        return (re.sub(r"_[0-9a-f]{5}$", "", function),)  # pgtrigger's hash suffix
    return ()


def catalog_rules() -> list[Rule]:
    """Every named rule PostgreSQL holds on the tables of our apps."""
    prefixes = local_table_prefixes()
    with connection.cursor() as cur:
        cur.execute(CATALOG_SQL)
        rules = [Rule(t, name, kind, (name,)) for t, name, kind in cur.fetchall()]
        cur.execute(TRIGGERS_SQL)
        rules += [
            Rule(t, name, "trigger", trigger_refusals(function, source))
            for t, name, function, source in cur.fetchall()
        ]
    return sorted((r for r in rules if r.table.startswith(prefixes)), key=str)


# --- the tests' sources --------------------------------------------------------------


def _strings(node: ast.AST) -> set[str]:
    return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and type(n.value) is str}


def _expected_name(call: ast.Call) -> ast.AST | None:
    for keyword in call.keywords:
        if keyword.arg == "constraint":
            return keyword.value
    return call.args[0] if call.args else None


def _toolkit_calls(function: ast.AST):
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            callee = node.func
            name = callee.attr if isinstance(callee, ast.Attribute) else getattr(callee, "id", "")
            if name in TOOLKIT:
                yield node


def covered_names(source: str) -> set[str]:
    """The names the rejection tests of one module expect (see the module docstring)."""
    tree = ast.parse(source)
    tables = {
        target.id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    covered = set()
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef) or not function.name.startswith("test"):
            continue
        parametrized = set()
        for decorator in function.decorator_list:
            if "parametrize" not in ast.unparse(decorator):
                continue
            parametrized |= _strings(decorator)
            for name in ast.walk(decorator):
                if isinstance(name, ast.Name) and name.id in tables:
                    parametrized |= _strings(tables[name.id])
        for call in _toolkit_calls(function):
            expected = _expected_name(call)
            if isinstance(expected, ast.Constant) and isinstance(expected.value, str):
                covered.add(expected.value)
            elif isinstance(expected, ast.Name):
                covered |= parametrized
    return covered


def read_test_sources(root: Path = TESTS_DIR) -> dict[str, str]:
    """{path below tests/: text} of every Python file of the test suite."""
    return {str(path.relative_to(root)): path.read_text() for path in sorted(root.rglob("*.py"))}


def uncovered(rules, sources: dict[str, str]) -> list[str]:
    """The rules no rejection test in ``sources`` expects, as readable lines."""
    covered = set().union(*(covered_names(text) for text in sources.values()))
    missing = []
    for rule in rules:
        key = f"{rule.table}.{rule.name}"
        if rule.kind == "trigger" and key in NON_REFUSING_TRIGGERS:
            continue
        if not rule.refusals:
            missing.append(f"{rule}: refuses nothing; list it in NON_REFUSING_TRIGGERS")
        elif not covered & set(rule.refusals):
            missing.append(f"{rule}: no raw-SQL test expects {' or '.join(rule.refusals)}")
    return missing


# --- the tests -----------------------------------------------------------------------


@pytest.fixture
def rules(db):
    return catalog_rules()


def test_every_constraint_and_trigger_has_a_raw_sql_rejection_test(rules):
    missing = uncovered(rules, read_test_sources())
    assert not missing, "\n".join(["rules without a raw-SQL rejection test:", *missing])


def test_the_catalog_reader_sees_every_kind_of_rule(rules):
    """Guard against a vacuous pass: the reader finds each kind, in every app."""
    kinds = {rule.kind for rule in rules}
    assert kinds == {"check", "unique", "unique index", "exclusion", "trigger"}
    names = {rule.name for rule in rules}
    assert {
        "accounts_user_email_ci_unique",  # a functional unique index
        "portfolio_battlepass_no_overlap",  # an exclusion constraint
        "research_definition_path",  # a trigger
        "engagement_reply_decision_or_snapshot",  # a CHECK
        "conversations_agentmessage_order_unique",  # a UNIQUE constraint
    } <= names
    for prefix in local_table_prefixes():
        if prefix != "core_":  # core has no tables
            assert any(rule.table.startswith(prefix) for rule in rules), prefix
    assert len(rules) > 350
    assert not any(rule.table.startswith(("auth_", "django_")) for rule in rules)


def test_trigger_refusals_are_read_from_the_function():
    assert trigger_refusals(
        "pgtrigger_x_1a2b3",
        "RAISE EXCEPTION USING ERRCODE = 'check_violation', "
        "CONSTRAINT = 'app_model_rule', MESSAGE = 'no'",
    ) == ("app_model_rule",)
    assert trigger_refusals("pgtrigger_audit_append_only_b48b6", "RAISE EXCEPTION 'no'") == (
        "pgtrigger_audit_append_only",
    )
    assert trigger_refusals("stamp", "NEW.updated_at := now(); RETURN NEW;") == ()


def _without_function(source: str, name: str) -> str:
    """``source`` with the top-level function ``name`` (and its decorators) deleted."""
    tree = ast.parse(source)
    [function] = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name]
    start = min([function.lineno, *(d.lineno for d in function.decorator_list)])
    lines = source.splitlines(keepends=True)
    return "".join(lines[: start - 1] + lines[function.end_lineno :])


@pytest.mark.parametrize(
    ("module", "test", "constraint"),
    [
        (  # a test that names its constraint literally
            "accounts/test_constraints.py",
            "test_duplicate_clerk_id_is_rejected",
            "accounts_user_clerk_id_unique",
        ),
        (  # a trigger, covered by the constraint name it raises
            "portfolio/test_constraints.py",
            "test_settled_transaction_cannot_be_updated_or_deleted",
            "portfolio_transaction_settled_immutable",
        ),
    ],
)
def test_deleting_a_rejection_test_fails_coverage(rules, module, test, constraint):
    sources = read_test_sources()
    assert not uncovered(rules, sources)
    sources[module] = _without_function(sources[module], test)
    missing = uncovered(rules, sources)
    assert missing and all(constraint in line for line in missing), missing


def test_deleting_a_row_of_a_case_table_fails_coverage(rules):
    sources = read_test_sources()
    module = "engagement/test_constraints.py"
    row = '    ("engagement_post_content_length", '
    assert sources[module].count(row) == 1
    sources[module] = "".join(
        line for line in sources[module].splitlines(keepends=True) if not line.startswith(row)
    )
    assert uncovered(rules, sources) == [
        "check engagement_post_content_length on engagement_post: "
        "no raw-SQL test expects engagement_post_content_length"
    ]


def test_a_name_outside_a_rejection_test_does_not_count():
    source = """
NAMES = ["app_model_listed"]

def test_listed_only():
    assert "app_model_mentioned" in NAMES

def helper():
    rejected("app_model_in_a_helper")

def test_built_name(suffix):
    assert_sql_rejected(f"app_model_{suffix}", "UPDATE ...")

@pytest.mark.parametrize("name", NAMES)
def test_literal(name):
    assert_sql_rejected("app_model_literal", "UPDATE ...")
    with rejected(constraint=name):
        pass
"""
    covered = covered_names(source)
    assert {"app_model_literal", "app_model_listed"} <= covered
    assert not covered & {"app_model_mentioned", "app_model_in_a_helper", "app_model_"}


def test_every_declared_constraint_exists_in_postgresql(rules):
    """What the models declare is what the catalog holds (so coverage reads the real rules)."""
    names = {rule.name for rule in rules}
    declared = {
        constraint.name
        for app in apps.get_app_configs()
        for model in app.get_models()
        for constraint in model._meta.constraints
    }
    assert declared & {"accounts_user_status_valid", "conversations_agentmessage_order_unique"}
    assert declared - names == set()


# --- the toolkit is strict about the name ------------------------------------------------


@pytest.mark.django_db
def test_rejected_fails_when_another_constraint_refuses():
    with pytest.raises(AssertionError, match="refused by 'accounts_user_status_valid'"):
        assert_sql_rejected(
            "accounts_user_email_format",
            "INSERT INTO accounts_user (id, password, email, status) "
            "VALUES (gen_random_uuid(), '!', 'ok@example.com', 'bogus')",
        )


@pytest.mark.django_db
def test_rejected_fails_when_nothing_is_refused():
    with pytest.raises(pytest.fail.Exception, match="DID NOT RAISE"):
        assert_sql_rejected("accounts_user_status_valid", "SELECT 1")
    assert run_sql("SELECT 1") == [(1,)]  # the test's transaction is still usable
