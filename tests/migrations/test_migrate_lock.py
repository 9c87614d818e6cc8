"""Two ``manage.py migrate`` processes at once: one migrates, the other waits
for the migration lock, gives up after its --lock-wait naming the holder; a
later run finds nothing to do."""

import re
import time

import pytest

pytestmark = pytest.mark.slow

LOCK_ID = 72_616_901


def lock_holder_pid(conn):
    row = conn.execute(
        "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
        f"AND classid = ({LOCK_ID}::bigint >> 32)::oid AND objid = ({LOCK_ID}::bigint & 4294967295)::oid"
    ).fetchone()
    return row and row[0]


def wait_for(predicate, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out")


def test_second_migrate_fails_clearly_while_the_first_holds_the_lock(scratch_db):
    first = scratch_db.manage(
        "migrate", "lockapp", "--no-input", env={"LOCKAPP_SLEEP": "20"}, background=True
    )
    try:
        with scratch_db.connect() as conn:
            # The first migrate holds the lock (it sleeps 20 s in lockapp.0004: room for a slow start of the second).
            holder_pid = wait_for(lambda: lock_holder_pid(conn))
            app = conn.execute(
                "SELECT application_name FROM pg_stat_activity WHERE pid = %s", [holder_pid]
            ).fetchone()[0]
        assert app == f"django-migrate-lock {app.split()[1]} pid {first.pid}"

        started = time.monotonic()
        second = scratch_db.manage("migrate", "lockapp", "--no-input", "--lock-wait", "1")
        waited = time.monotonic() - started
        assert first.poll() is None, "the first migrate should still hold the lock"
        assert second.returncode == 1
        assert "Waiting for the migration lock held by backend pid" in second.stderr
        message = second.stderr.strip().splitlines()[-1]
        assert re.fullmatch(
            rf"CommandError: Another migrate holds the migration lock \(advisory lock {LOCK_ID}\): "
            rf"backend pid {holder_pid} \(django-migrate-lock \S+ pid {first.pid}, holding it since .+\)\. "
            r"Gave up after waiting 1 s .*Nothing was migrated; run migrate again once it has finished\.",
            message,
        ), message
        assert "Applying" not in second.stdout
        assert waited < 20

        out, err = first.communicate(timeout=120)
        assert first.returncode == 0, err
        assert "Applying lockapp.0004_slow_noop... OK" in out
    finally:
        if first.poll() is None:
            first.kill()

    third = scratch_db.manage("migrate", "lockapp", "--no-input")
    assert third.returncode == 0, third.stderr
    assert "No migrations to apply." in third.stdout
    with scratch_db.connect() as conn:
        assert lock_holder_pid(conn) is None  # released when the first run ended
        applied = conn.execute(
            "SELECT count(*) FROM django_migrations WHERE app = 'lockapp'"
        ).fetchone()
    assert applied == (5,)


def test_waiting_migrate_proceeds_when_the_lock_is_released(scratch_db):
    first = scratch_db.manage(
        "migrate", "lockapp", "--no-input", env={"LOCKAPP_SLEEP": "12"}, background=True
    )
    try:
        with scratch_db.connect() as conn:
            wait_for(lambda: lock_holder_pid(conn))
        second = scratch_db.manage("migrate", "lockapp", "--no-input", "--lock-wait", "60")
        out, err = first.communicate(timeout=120)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 0, err
    assert second.returncode == 0, second.stderr
    assert "Waiting for the migration lock" in second.stderr
    assert "No migrations to apply." in second.stdout
