"""check_schema_drift as a deploy runs it (a subprocess on its own database):
migrations marked applied with ``migrate --fake`` that never ran are reported."""

import pytest

pytestmark = pytest.mark.slow

HINT = "(was its migration applied with --fake, or was it dropped by hand?)"


def test_faked_migrations_are_reported_then_clean_once_really_applied(scratch_db):
    assert scratch_db.manage("migrate", "lockapp", "0001", "--no-input").returncode == 0
    faked = scratch_db.manage("migrate", "lockapp", "--fake", "--no-input")
    assert faked.returncode == 0, faked.stderr
    assert "Applying lockapp.0005_widget_name_trigger... FAKED" in faked.stdout

    result = scratch_db.manage("check_schema_drift")
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines == [
        "Schema drift: 4 difference(s) from the applied migrations:",
        "- Column lockapp_widget.note is missing: migrations add it as character varying(50) "
        f"NULL {HINT}.",
        "- Index lockapp_widget_note_idx on lockapp_widget is missing: CREATE INDEX ON "
        f"public.lockapp_widget USING btree (note) {HINT}.",
        "- Trigger lockapp_widget_name_trim on lockapp_widget is missing: CREATE TRIGGER BEFORE "
        "INSERT OR UPDATE ON public.lockapp_widget FOR EACH ROW EXECUTE FUNCTION "
        f"lockapp_widget_name_trim() {HINT}.",
        f"- Function lockapp_widget_name_trim() is missing {HINT}.",
    ]
    assert "CommandError: Schema drift found (4 difference(s))" in result.stderr

    # Repair: un-fake back to 0001 and apply for real; the check is then clean.
    assert scratch_db.manage("migrate", "lockapp", "0001", "--fake", "--no-input").returncode == 0
    applied = scratch_db.manage("migrate", "lockapp", "--no-input")
    assert applied.returncode == 0, applied.stderr
    clean = scratch_db.manage("check_schema_drift")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert clean.stdout.strip() == "No schema drift: the database matches its 5 applied migrations."
