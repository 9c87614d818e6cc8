"""One way for each piece of project machinery: one catalog reader, one connection helper,
setting defaults declared once (settings.py), and the machinery in ``core``."""

import re
from pathlib import Path

import psycopg
import pytest
from django.conf import settings

from core.db.connect import connection_params, database_url

ROOT = Path(settings.BASE_DIR)
SKIP_DIRS = {".venv", ".pgdata", "node_modules", ".git"}


def project_sources(*, tests=True):
    for path in sorted(ROOT.rglob("*.py")):
        parts = set(path.relative_to(ROOT).parts)
        if parts & SKIP_DIRS or "migrations" in parts:
            continue
        if not tests and path.relative_to(ROOT).parts[0] == "tests":
            continue
        yield path


def test_schema_docs_and_drift_check_read_the_catalog_only_through_core_catalog():
    for name in ("core/schema_docs.py", "core/schema_drift.py"):
        text = (ROOT / name).read_text()
        assert "from core import catalog" in text, name
        assert not re.search(r"\bFROM pg_|\bJOIN pg_", text), f"{name} queries the catalog itself"


def test_connection_parameters_are_built_in_one_place():
    offenders = [
        str(p.relative_to(ROOT))
        for p in project_sources()
        if p not in (ROOT / "core/db/connect.py", Path(__file__))
        and "get_connection_params(" in p.read_text()
    ]
    assert not offenders, f"use core.db.connect.connection_params(): {offenders}"


def test_setting_defaults_are_declared_only_in_settings():
    offenders = [
        str(p.relative_to(ROOT))
        for p in project_sources(tests=False)
        if re.search(r"getattr\(\s*settings\s*,\s*['\"]\w+['\"]\s*,", p.read_text())
    ]
    assert not offenders, f"read settings.X; the default belongs in config/settings.py: {offenders}"


def test_accounts_holds_only_account_commands():
    commands = {p.stem for p in (ROOT / "accounts/management/commands").glob("[!_]*.py")}
    assert commands <= {"create_api_key", "ensure_dev_superuser", "grant_products"}, commands


@pytest.mark.django_db
def test_connection_params_open_a_session_with_the_overrides():
    params = connection_params(application_name="core-machinery-test", autocommit=True)
    assert not {"context", "cursor_factory"} & set(params)
    assert params["prepare_threshold"] is None  # no prepared statements (PgBouncer)
    with psycopg.connect(**params) as conn:
        name, db = conn.execute(
            "SELECT current_setting('application_name'), current_database()"
        ).fetchone()
    assert name == "core-machinery-test"
    assert db == settings.DATABASES["default"]["NAME"]
    assert database_url("other_db").split("?")[0].endswith("/other_db")
