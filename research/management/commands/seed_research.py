"""Seed the research app's development data (seed 003, user story 6 / FR-010).

Loads fixtures/research.json: sample users (``@research.example.com``), a
definition tree, runs with transcripts, an experiment, a comparison, versioned
analysis results and rubrics. Every row has a fixed primary key, so running it
again updates those rows in place and creates nothing new.
"""

import time
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "research.json"
COUNTED = (
    "accounts.User",
    *(f"research.{m.__name__}" for m in apps.get_app_config("research").get_models()),
)


def row_counts() -> dict[str, int]:
    return {label: apps.get_model(label).objects.count() for label in COUNTED}


class Command(BaseCommand):
    help = "Load the research sample data (idempotent: a second run creates nothing)."

    def handle(self, *args, **options):
        started = time.perf_counter()
        with transaction.atomic():
            before = row_counts()
            call_command("loaddata", str(FIXTURE), verbosity=0)
            after = row_counts()
        created = {label: after[label] - before[label] for label in COUNTED}
        elapsed = time.perf_counter() - started
        for label, n in created.items():
            self.stdout.write(f"{label}: {n} created, {after[label]} in total")
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeded research data: {sum(created.values())} rows created in {elapsed:.2f} s."
            )
        )
