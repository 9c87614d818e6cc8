"""``manage.py reset_db``: development only. Drop the database's schema, migrate, load fixtures.

Drops the current schema of the configured database (``public``: every table,
view, sequence, function and extension in it) with CASCADE, creates it again
empty, runs ``migrate`` (the project's, under the migration lock) and
``load_fixtures``. Refuses unless ``DEBUG`` is on, and asks first unless
``--no-input``. ``make reset`` runs it (and ``ensure_dev_superuser``).
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections, transaction


class Command(BaseCommand):
    help = (
        "Development only (refuses without DEBUG=1): drop and recreate the database schema, "
        "migrate, and load the fixtures."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation (for scripts).",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, interactive=True, database=DEFAULT_DB_ALIAS, **options):
        if not settings.DEBUG:
            raise CommandError(
                "reset_db destroys every table of the database and is for development only: "
                "refusing because DEBUG is off. Run it with DEBUG=1 (make reset)."
            )
        connection = connections[database]
        name = connection.settings_dict["NAME"]
        if interactive:
            answer = input(
                f"This drops every table of the database {name!r} and loads the fixtures.\n"
                "Type 'yes' to continue, anything else to cancel: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Reset cancelled; nothing was changed.")
        verbosity = options["verbosity"]
        with transaction.atomic(using=database), connection.cursor() as cursor:
            cursor.execute("SELECT coalesce(current_schema(), 'public')")
            schema = connection.ops.quote_name(cursor.fetchone()[0])
            cursor.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            cursor.execute(f"CREATE SCHEMA {schema}")
            cursor.execute(f"GRANT USAGE ON SCHEMA {schema} TO PUBLIC")
        connection.close()  # a fresh session: nothing cached about the dropped objects
        if verbosity:
            self.stdout.write(f"Dropped and recreated schema {schema} of {name!r}.")
        call_command("migrate", database=database, interactive=False, verbosity=verbosity)
        call_command("load_fixtures", database=database, verbosity=verbosity)
        self.stdout.write(self.style.SUCCESS(f"Database {name!r} reset to the fixtures."))
