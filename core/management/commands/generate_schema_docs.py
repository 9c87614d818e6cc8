"""``manage.py generate_schema_docs``: write docs/schema/*.md, or ``--check`` them.

The pages are rendered by ``core.schema_docs`` from the models and the PostgreSQL
catalog (read by ``core.catalog``); see that module for what they hold.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from core.schema_docs import DEFAULT_OUTPUT_DIR, render_all, stale_files


class Command(BaseCommand):
    help = (
        "Generate docs/schema/<app>.md (ER diagram, columns, constraints, indexes from the "
        "PostgreSQL catalog) for every app, and docs/schema/index.md. "
        "With --check, write nothing and exit 1 when a committed page is out of date."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Compare only; exit 1 on any difference."
        )
        parser.add_argument(
            "--output-dir",
            default=str(DEFAULT_OUTPUT_DIR),
            help="Where the pages go (default: docs/schema).",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, **options):
        output_dir = Path(options["output_dir"])
        pages = render_all(connections[options["database"]])
        stale = stale_files(pages, output_dir)
        if options["check"]:
            if stale:
                raise CommandError(
                    "Schema docs are out of date: "
                    + ", ".join(str(output_dir / n) for n in stale)
                    + ". Run `DEBUG=1 python manage.py generate_schema_docs` on a migrated database "
                    "and commit the result."
                )
            self.stdout.write(
                self.style.SUCCESS(f"Schema docs are up to date ({len(pages)} pages).")
            )
            return
        output_dir.mkdir(parents=True, exist_ok=True)
        for name in stale:
            path = output_dir / name
            if name in pages:
                path.write_bytes(pages[name].encode("utf-8"))
                self.stdout.write(f"wrote {path}")
            else:
                self.stdout.write(self.style.WARNING(f"{path} belongs to no app (left in place)"))
        changed = len([n for n in stale if n in pages])
        self.stdout.write(self.style.SUCCESS(f"{len(pages)} pages, {changed} changed."))
