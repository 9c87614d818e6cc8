"""Lock-safe DDL: a migration stuck behind a long transaction times out instead
of blocking every writer, is retried, and succeeds once the transaction ends."""

import threading
import time

import pytest

pytestmark = pytest.mark.slow

LOCK_TIMEOUT_S = 1.0


def column_exists(conn, table, column):
    return (
        conn.execute(
            "SELECT 1 FROM information_schema.columns WHERE table_name = %s AND column_name = %s",
            [table, column],
        ).fetchone()
        is not None
    )


def test_migration_times_out_retries_and_never_blocks_writers_long(scratch_db):
    done = scratch_db.manage("migrate", "lockapp", "0001", "--no-input")
    assert done.returncode == 0, done.stderr

    holder = scratch_db.connect(autocommit=False, application_name="long-transaction")
    writer = scratch_db.connect(application_name="writer")
    # A long transaction that only reads the table: ACCESS SHARE, which the
    # migration's ALTER TABLE (ACCESS EXCLUSIVE) has to wait for.
    holder.execute("SELECT count(*) FROM lockapp_widget")

    latencies = []
    stop = threading.Event()

    def write_continuously():
        while not stop.is_set():
            started = time.monotonic()
            writer.execute("INSERT INTO lockapp_widget (name) VALUES ('w')")
            latencies.append(time.monotonic() - started)
            time.sleep(0.05)

    thread = threading.Thread(target=write_continuously)
    thread.start()
    migrate = scratch_db.manage(
        "migrate",
        "lockapp",
        "0002",
        "--no-input",
        "--lock-timeout",
        f"{int(LOCK_TIMEOUT_S * 1000)}ms",
        "--lock-retries",
        "10",
        "--retry-backoff",
        "0.5",
        background=True,
    )
    try:
        # Keep the transaction open long enough for at least two timeouts, with room
        # for a slow start of manage.py on a loaded machine.
        time.sleep(12)
        assert migrate.poll() is None, "migrate finished while the long transaction held its lock"
        assert not column_exists(writer, "lockapp_widget", "note")
        holder.commit()
        out, err = migrate.communicate(timeout=60)
    finally:
        stop.set()
        thread.join()
        holder.close()
        if migrate.poll() is None:
            migrate.kill()

    assert migrate.returncode == 0, err
    retries = err.count("Lock timeout (1000ms)")
    print(f"\n{retries} lock timeouts; {len(latencies)} inserts, slowest {max(latencies):.3f} s")
    assert (
        "Lock timeout (1000ms) in migration lockapp.0002_widget_note; rolled back. Retry 1/10"
        in err
    )
    assert "Retry 2/10" in err
    assert "Applying lockapp.0002_widget_note... OK" in out
    assert column_exists(writer, "lockapp_widget", "note")
    # Writers queued behind the waiting ALTER TABLE, but never longer than its lock_timeout.
    assert len(latencies) > 10
    assert max(latencies) < LOCK_TIMEOUT_S + 0.5, max(latencies)
    # ... and they were really queued (so the test measures what it claims).
    assert max(latencies) > LOCK_TIMEOUT_S * 0.5, max(latencies)
    writer.close()


def test_retries_are_bounded_and_the_failure_is_clear(scratch_db):
    assert scratch_db.manage("migrate", "lockapp", "0001", "--no-input").returncode == 0
    holder = scratch_db.connect(autocommit=False)
    holder.execute("SELECT count(*) FROM lockapp_widget")
    try:
        result = scratch_db.manage(
            "migrate",
            "lockapp",
            "0002",
            "--no-input",
            "--lock-timeout",
            "300ms",
            "--lock-retries",
            "2",
            "--retry-backoff",
            "0.1",
        )
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 1
    assert "Retry 2/2" in result.stderr
    assert (
        "Gave up: migration lockapp.0002_widget_note could not get its table lock within "
        "lock_timeout 300ms on 3 attempts" in result.stderr
    )
    with scratch_db.connect() as conn:
        assert not column_exists(conn, "lockapp_widget", "note")
        applied = conn.execute(
            "SELECT name FROM django_migrations WHERE app = 'lockapp'"
        ).fetchall()
    assert applied == [("0001_initial",)]


def test_create_index_concurrently_runs_under_the_migration_lock(scratch_db):
    """The lock's open transaction must not make CREATE INDEX CONCURRENTLY wait for it."""
    result = scratch_db.manage("migrate", "lockapp", "--no-input", timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Applying lockapp.0003_widget_note_idx... OK" in result.stdout
    with scratch_db.connect() as conn:
        valid = conn.execute(
            "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "WHERE c.relname = 'lockapp_widget_note_idx'"
        ).fetchone()
    assert valid == (True,)
