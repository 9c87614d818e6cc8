"""``migrate`` for deploys: under the migration lock, with DDL timeouts and retries.

- The whole run holds a transaction-level advisory lock on a dedicated
  connection (core/migration_lock.py); a second migrate waits for it at
  most ``--lock-wait`` seconds, then fails naming the holder.
- Every statement runs with ``lock_timeout`` (MIGRATION_LOCK_TIMEOUT, "5s") so
  DDL queued behind a long transaction gives up instead of blocking every
  writer of the table, and ``statement_timeout`` (MIGRATION_STATEMENT_TIMEOUT).
- A database that applied only part of what a squashed migration replaces
  (a development database caught between unreleased migrations) is refused
  up front with a message saying to run ``make reset``, instead of Django's
  "Conflicting migrations" / missing-node errors.
- Model states are reloaded leanly (core/migration_state.py), and the system
  checks leave out the URL conf: a fresh database migrates in a few seconds.
- A lock timeout rolls the failed (atomic) migration back; the command waits
  (back-off doubling from MIGRATION_LOCK_RETRY_BACKOFF_SECONDS) and runs the
  remaining plan again, at most MIGRATION_LOCK_RETRIES more times, then fails
  with a message naming the migration.

See docs/migrations.md.
"""

import time

from django.conf import settings
from django.core.checks import Tags
from django.core.checks.registry import registry
from django.core.management.base import CommandError
from django.core.management.commands.migrate import Command as DjangoMigrateCommand
from django.db import DatabaseError, connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from core.migration_lock import (
    MigrationLockTimeout,
    ddl_timeouts,
    is_lock_timeout,
    migration_lock,
)
from core.migration_state import lean_reloads

BACKOFF_CAP_SECONDS = 60.0


def partly_applied_squashes(connection) -> list[str]:
    """One line per squashed migration whose ``replaces`` the database applied only in part."""
    recorder = MigrationRecorder(connection)
    if not recorder.has_table():
        return []
    applied = set(recorder.applied_migrations())
    loader = MigrationLoader(None, ignore_no_migrations=True)  # the files only
    out = []
    for key, migration in sorted(loader.replacements.items()):
        replaced = [tuple(r) for r in migration.replaces]
        done = [r for r in replaced if r in applied]
        if done and len(done) < len(replaced):
            missing = ", ".join(name for _app, name in replaced if (_app, name) not in applied)
            out.append(
                f"{key[0]}.{key[1]} replaces {len(replaced)} migrations; this database applied "
                f"{len(done)} of them (not: {missing})"
            )
    return out


class Command(DjangoMigrateCommand):
    help = DjangoMigrateCommand.help + (
        " Runs under a PostgreSQL advisory lock, with lock_timeout and bounded retries."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--lock-wait",
            type=float,
            default=None,
            help="Seconds to wait for another migrate's lock (default: MIGRATION_LOCK_WAIT_SECONDS).",
        )
        parser.add_argument(
            "--lock-timeout",
            default=None,
            help="PostgreSQL lock_timeout for each statement, e.g. 5s (default: MIGRATION_LOCK_TIMEOUT).",
        )
        parser.add_argument(
            "--statement-timeout",
            default=None,
            help="PostgreSQL statement_timeout, e.g. 15min, 0 = none (default: MIGRATION_STATEMENT_TIMEOUT).",
        )
        parser.add_argument(
            "--lock-retries",
            type=int,
            default=None,
            help="Retries after a lock timeout (default: MIGRATION_LOCK_RETRIES).",
        )
        parser.add_argument(
            "--retry-backoff",
            type=float,
            default=None,
            help="First back-off in seconds, doubled each retry (default: MIGRATION_LOCK_RETRY_BACKOFF_SECONDS).",
        )

    # The system checks a migrate runs: those about the models and the database. The rest
    # (URLs, admin, templates, security, middleware, the OpenAPI schema) concern serving, and
    # running them imported every view, DRF, drf-spectacular, every template tag library and
    # the middleware: about 0.6 s of a 3 s fresh ``migrate`` (issue 14). ``manage.py check``
    # (CI, deploy) runs them all, and so does every server start.
    CHECK_TAGS = frozenset({Tags.models, Tags.database, Tags.commands})

    def check(self, *args, **kwargs):
        kept = registry.registered_checks
        registry.registered_checks = {
            check for check in kept if self.CHECK_TAGS.intersection(getattr(check, "tags", ()))
        }
        try:
            return super().check(*args, **kwargs)
        finally:
            registry.registered_checks = kept

    def handle(self, *args, **options):
        def pick(option, name):  # the option, else the setting (defaults: config/settings.py)
            value = options.pop(option, None)
            return getattr(settings, name) if value is None else value

        wait = pick("lock_wait", "MIGRATION_LOCK_WAIT_SECONDS")
        lock_timeout = str(pick("lock_timeout", "MIGRATION_LOCK_TIMEOUT"))
        statement_timeout = str(pick("statement_timeout", "MIGRATION_STATEMENT_TIMEOUT"))
        retries = int(pick("lock_retries", "MIGRATION_LOCK_RETRIES"))
        backoff = float(pick("retry_backoff", "MIGRATION_LOCK_RETRY_BACKOFF_SECONDS"))
        connection = connections[options["database"]]
        partial = partly_applied_squashes(connection)
        if partial:
            raise CommandError(
                "This database is between migrations that have since been squashed (issue 14; "
                'docs/migrations.md, "Squashed migrations"), so it cannot be carried forward:\n  '
                + "\n  ".join(partial)
                + "\nThose migrations were never released. For a development database run "
                "`make reset` (drops and re-creates every table, loads the fixtures)."
            )
        try:
            with migration_lock(
                key=settings.MIGRATION_LOCK_ID,
                wait_seconds=wait,
                alias=options["database"],
                log=lambda msg: self.stderr.write(msg),
            ):
                with (
                    ddl_timeouts(
                        connection, lock_timeout=lock_timeout, statement_timeout=statement_timeout
                    ),
                    lean_reloads(),
                ):
                    return self.handle_with_retries(
                        args, options, retries=retries, backoff=backoff, lock_timeout=lock_timeout
                    )
        except MigrationLockTimeout as exc:
            raise CommandError(str(exc)) from exc

    def handle_with_retries(self, args, options, *, retries, backoff, lock_timeout):
        self.current_migration = None
        attempt = 0
        while True:
            try:
                return super().handle(*args, **options)
            except DatabaseError as exc:
                if not is_lock_timeout(exc):
                    raise
                where = (
                    f"migration {self.current_migration.app_label}.{self.current_migration.name}"
                    if self.current_migration
                    else "a migrate statement"
                )
                migration = self.current_migration
                if migration is not None and not migration.atomic:
                    raise CommandError(
                        f"{where} (atomic = False) hit lock_timeout {lock_timeout} and may be "
                        f"partly applied, so it is not retried: check its objects (an INVALID "
                        f"index must be dropped), then run migrate again."
                    ) from exc
                if attempt >= retries:
                    raise CommandError(
                        f"Gave up: {where} could not get its table lock within lock_timeout "
                        f"{lock_timeout} on {attempt + 1} attempts; a long-running transaction "
                        f"holds a conflicting lock (see pg_stat_activity / pg_locks). It was rolled "
                        f"back; earlier migrations of this run stay applied. Run migrate again "
                        f"later, or raise --lock-retries / --lock-timeout."
                    ) from exc
                delay = min(backoff * 2**attempt, BACKOFF_CAP_SECONDS)
                attempt += 1
                self.stderr.write(
                    f"Lock timeout ({lock_timeout}) in {where}; rolled back. "
                    f"Retry {attempt}/{retries} in {delay:g} s."
                )
                time.sleep(delay)

    def migration_progress_callback(self, action, migration=None, fake=False):
        if action in ("apply_start", "unapply_start"):
            self.current_migration = migration
        return super().migration_progress_callback(action, migration, fake)
