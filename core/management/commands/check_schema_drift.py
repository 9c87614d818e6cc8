"""``manage.py check_schema_drift``: compare the live schema with its applied migrations.

Exits 0 and prints one line when they match; prints every difference and
exits 1 when they do not. Deploys run it right after ``migrate``; CI after
the test database is built (.ci/migrations-check). See docs/migrations.md.
"""

from django.core.management.base import BaseCommand, CommandError

from core.schema_drift import check


class Command(BaseCommand):
    help = (
        "Compare the database schema (tables, columns, constraints, indexes, triggers, functions) "
        "with what its applied migrations create, using a scratch database; exit 1 on drift."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--database", default="default", help="Database alias (default: default)."
        )
        parser.add_argument(
            "--schema", default="public", help="PostgreSQL schema to compare (default: public)."
        )

    def handle(self, *args, database, schema, **options):
        problems, expected = check(database, schema)
        if expected.not_applied and options["verbosity"] >= 1:
            names = ", ".join(f"{app}.{name}" for app, name in expected.not_applied)
            self.stderr.write(
                f"Note: {len(expected.not_applied)} migration(s) not applied yet: {names}."
            )
        if not problems:
            self.stdout.write(
                f"No schema drift: the database matches its {expected.applied} applied migrations."
            )
            return
        self.stdout.write(
            f"Schema drift: {len(problems)} difference(s) from the applied migrations:"
        )
        for problem in problems:
            self.stdout.write(f"- {problem}")
        raise CommandError(
            f"Schema drift found ({len(problems)} difference(s)); see above and docs/migrations.md.",
            returncode=1,
        )
