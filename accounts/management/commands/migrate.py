"""``migrate`` under a PostgreSQL advisory lock (see accounts/migration_lock.py)."""

from django.conf import settings
from django.core.management.base import CommandError
from django.core.management.commands.migrate import Command as DjangoMigrateCommand

from accounts.migration_lock import MigrationLockTimeout, migration_lock


class Command(DjangoMigrateCommand):
    help = DjangoMigrateCommand.help + " Runs under a PostgreSQL advisory lock."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--lock-wait",
            type=float,
            default=None,
            help="Seconds to wait for another migrate's lock (default: MIGRATION_LOCK_WAIT_SECONDS).",
        )

    def handle(self, *args, **options):
        wait = options.pop("lock_wait", None)
        if wait is None:
            wait = settings.MIGRATION_LOCK_WAIT_SECONDS
        try:
            with migration_lock(
                key=settings.MIGRATION_LOCK_ID,
                wait_seconds=wait,
                alias=options["database"],
                log=lambda msg: self.stderr.write(msg),
            ):
                return super().handle(*args, **options)
        except MigrationLockTimeout as exc:
            raise CommandError(str(exc)) from exc
