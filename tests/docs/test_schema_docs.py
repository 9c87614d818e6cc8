"""The schema docs generator: committed pages are current, and they come from the catalog."""

import io
import sys
import types
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from core.schema_docs import (
    app_meta,
    render_all,
    render_app,
    stale_files,
)

COMMITTED = Path(settings.BASE_DIR) / "docs" / "schema"
REGENERATE = "DEBUG=1 .venv/bin/python manage.py generate_schema_docs"


@pytest.mark.django_db
def test_committed_schema_docs_match_a_fresh_generation():
    """CI's docs check: the test database is migrated from scratch, like a deploy."""
    pages = render_all()
    stale = stale_files(pages, COMMITTED)
    assert not stale, (
        f"docs/schema is out of date ({', '.join(stale)}): run `{REGENERATE}` "
        "on a fully migrated database and commit the result."
    )


@pytest.mark.django_db
def test_raw_sql_check_constraint_index_and_trigger_appear_in_the_page():
    """Objects that exist only in PostgreSQL (in no model) are documented: the catalog is read."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "ALTER TABLE accounts_userprofile ADD CONSTRAINT docs_probe_bio_short "
            "CHECK (char_length(bio) < 4321)"
        )
        cursor.execute(
            "ALTER TABLE accounts_userprofile ADD CONSTRAINT docs_probe_no_break "
            "CHECK (bio <> E'line\\nbreak\\r')"
        )
        cursor.execute("CREATE INDEX docs_probe_bio_idx ON accounts_userprofile (lower(bio))")
        cursor.execute(
            "CREATE FUNCTION docs_probe_fn() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN RETURN NEW; END $$"
        )
        cursor.execute(
            "CREATE TRIGGER docs_probe_trg BEFORE UPDATE ON accounts_userprofile "
            "FOR EACH ROW EXECUTE FUNCTION docs_probe_fn()"
        )
        page = render_app(apps.get_app_config("accounts"), connection)
        transaction.set_rollback(True)

    assert "| `docs_probe_bio_short` | `CHECK (char_length(bio) < 4321)` |" in page
    assert "docs_probe_bio_idx ON public.accounts_userprofile USING btree (lower(bio))" in page
    assert "`docs_probe_trg`" in page and "EXECUTE FUNCTION docs_probe_fn()" in page
    assert "CREATE OR REPLACE FUNCTION public.docs_probe_fn()" in page  # the trigger's function
    # a literal newline / carriage return in a definition is escaped, keeping one row per rule
    # (and the committed file byte-identical: "\r" would otherwise become "\n" on reading)
    assert "| `docs_probe_no_break` | `CHECK (bio <> 'line\\nbreak\\r'::text)` |" in page
    # ...and without them, the page does not mention them.
    assert "docs_probe" not in render_app(apps.get_app_config("accounts"), connection)


@pytest.mark.django_db
def test_page_shows_database_on_delete_choices_seed_fields_and_diagram():
    page = render_app(apps.get_app_config("accounts"), connection)
    assert "```mermaid\nerDiagram\n" in page
    assert 'accounts_apikey }o--|| accounts_user : "user"' in page
    assert 'accounts_userprofile |o--|| accounts_user : "user"' in page
    # DB_CASCADE is applied by PostgreSQL (confdeltype 'c'); so are the user's M2M through
    # tables since core 0002_auth_fk_cascade (Django's CASCADE there, PostgreSQL's too).
    assert "| `accounts_user(id)` | CASCADE | DB_CASCADE |" in page
    assert "| `accounts_user(id)` | CASCADE | CASCADE |" in page
    assert "| `accounts_user(id)` | NO ACTION |" not in page
    assert "- `status`: `pending_verification` (Pending verification), `active` (Active)" in page
    assert "| `clerk_id` | `character varying(64)` | yes |  | 000 clerkId |" in page
    assert "| `is_staff` | `boolean` | no | `false` | — (added here) |" in page
    # a functional partial unique index counts as a UNIQUE rule
    assert "`accounts_user_email_ci_unique` | `CREATE UNIQUE INDEX" in page


@pytest.mark.django_db
def test_check_flag_names_the_stale_files(tmp_path):
    call_command("generate_schema_docs", output_dir=str(tmp_path), stdout=io.StringIO())
    out = io.StringIO()
    call_command("generate_schema_docs", check=True, output_dir=str(tmp_path), stdout=out)
    assert "up to date" in out.getvalue()

    (tmp_path / "accounts.md").write_text("hand-edited\n", encoding="utf-8")
    (tmp_path / "index.md").unlink()
    with pytest.raises(CommandError, match=r"out of date: .*accounts\.md, .*index\.md"):
        call_command("generate_schema_docs", check=True, output_dir=str(tmp_path))


@pytest.mark.django_db
def test_generation_is_deterministic():
    assert render_all() == render_all()


def test_missing_schema_docs_module_or_names_do_not_break(monkeypatch):
    assert app_meta(types.SimpleNamespace(name="config")).summary == ""  # no config.schema_docs

    package = types.ModuleType("docsprobeapp")
    package.__path__ = []
    module = types.ModuleType("docsprobeapp.schema_docs")
    module.SUMMARY = "Only a summary."
    monkeypatch.setitem(sys.modules, "docsprobeapp", package)
    monkeypatch.setitem(sys.modules, "docsprobeapp.schema_docs", module)
    meta = app_meta(types.SimpleNamespace(name="docsprobeapp"))
    assert meta.summary == "Only a summary."
    assert meta.seed_files == [] and meta.seed_fields == {} and meta.notes == ""
