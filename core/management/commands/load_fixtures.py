"""Load every fixture in fixtures/ (accounts first): insert the missing rows, keep the rest.

A row whose primary key already exists is left exactly as it is: staff may have
settled a fixture transaction or approved a fixture reply since the last load, and
``make dev`` must neither undo that work nor fail on it (a settled transaction
refuses any UPDATE). Missing rows are inserted the way ``loaddata`` inserts them
(raw saves, many-to-many included, sequences reset after). ``reset_db``
(``make reset``) is the explicit way back to the pristine demo state.
"""

from collections import defaultdict
from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, connections, transaction

FIXTURES_DIR = Path(settings.BASE_DIR) / "fixtures"


def fixture_files() -> list[Path]:
    """accounts.json first, then each app's fixtures in LOCAL_APPS order, then the rest."""
    files = sorted(FIXTURES_DIR.glob("*.json"))
    order = {app: i for i, app in enumerate(settings.LOCAL_APPS)}
    return sorted(files, key=lambda p: (order.get(p.stem.split("_")[0], len(order)), p.name))


def load_missing(path: Path, database: str) -> tuple[int, int, set]:
    """Insert the objects of ``path`` whose primary key is not in the database yet.

    Returns (inserted, kept, models touched)."""
    with path.open() as stream:
        objects = list(serializers.deserialize("json", stream, using=database))
    pks = defaultdict(set)
    for obj in objects:
        pks[type(obj.object)].add(obj.object.pk)
    existing = {
        model: set(
            model._base_manager.using(database).filter(pk__in=keys).values_list("pk", flat=True)
        )
        for model, keys in pks.items()
    }
    inserted = kept = 0
    touched = set()
    for obj in objects:
        model = type(obj.object)
        if obj.object.pk in existing[model]:
            kept += 1
            continue
        obj.save(using=database)  # raw save, as loaddata does; m2m included
        existing[model].add(obj.object.pk)
        touched.add(model)
        inserted += 1
    return inserted, kept, touched


class Command(BaseCommand):
    help = (
        "Load the demo fixtures from fixtures/*.json: insert the rows that are missing and "
        "leave existing ones (staff edits) untouched. `reset_db` restores the demo state."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, database, **options):
        files = fixture_files()
        connection = connections[database]
        inserted = kept = 0
        touched = set()
        with transaction.atomic(using=database):
            for path in files:
                new, old, models = load_missing(path, database)
                inserted, kept, touched = inserted + new, kept + old, touched | models
                if options["verbosity"] > 1:
                    self.stdout.write(f"{path.name}: {new} inserted, {old} already there")
            if touched:
                sql = connection.ops.sequence_reset_sql(self.style, list(touched))
                with connection.cursor() as cursor:
                    for statement in sql:
                        cursor.execute(statement)
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {len(files)} fixture file(s): {inserted} row(s) inserted, "
                f"{kept} already present and kept as they are."
            )
        )
