"""Load every fixture in fixtures/ (accounts first): idempotent, rows have fixed keys."""

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, transaction

FIXTURES_DIR = Path(settings.BASE_DIR) / "fixtures"


def fixture_files() -> list[Path]:
    """accounts.json first, then each app's fixtures in LOCAL_APPS order, then the rest."""
    files = sorted(FIXTURES_DIR.glob("*.json"))
    order = {app: i for i, app in enumerate(settings.LOCAL_APPS)}
    return sorted(files, key=lambda p: (order.get(p.stem.split("_")[0], len(order)), p.name))


class Command(BaseCommand):
    help = "Load the demo fixtures from fixtures/*.json. Running it twice leaves the same rows."

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, database, **options):
        files = fixture_files()
        with transaction.atomic(using=database):
            for path in files:
                call_command(
                    "loaddata", str(path), database=database, verbosity=options["verbosity"]
                )
        self.stdout.write(self.style.SUCCESS(f"Loaded {len(files)} fixture file(s)."))
