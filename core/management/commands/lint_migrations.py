"""``manage.py lint_migrations``: reject new migrations that would block or break a deploy.

Lints every project migration that is not in the baseline file
(MIGRATION_SAFETY_BASELINE, default core/migration_safety_baseline.txt);
exit 1 when a finding is not marked reviewed. See docs/migrations.md.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.migrations.loader import MigrationLoader

from core.migration_safety import (
    lint_project,
    migration_order,
    project_app_labels,
    read_baseline,
    write_baseline,
)


class Command(BaseCommand):
    help = (
        "Lint new migrations for operations that block or break a running deploy on a large table."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--baseline", type=Path, default=None, help="Baseline file (migrations not linted)."
        )
        parser.add_argument(
            "--update-baseline",
            action="store_true",
            help="Write every current project migration to the baseline (after a release) and exit.",
        )

    def handle(self, *args, baseline=None, update_baseline=False, **options):
        path = baseline or Path(settings.MIGRATION_SAFETY_BASELINE)
        if update_baseline:
            loader = MigrationLoader(None, ignore_no_migrations=True)
            labels = set(project_app_labels())
            keys = [key for key in migration_order(loader) if key[0] in labels]
            write_baseline(path, keys)
            self.stdout.write(f"Wrote {len(keys)} migrations to {path}.")
            return
        findings, linted = lint_project(baseline=read_baseline(path))
        blocking = [f for f in findings if not f.reviewed]
        for finding in findings:
            self.stdout.write(("REVIEWED " if finding.reviewed else "UNSAFE   ") + str(finding))
        if blocking:
            raise CommandError(
                f"{len(blocking)} unsafe operation(s) in new migrations. Use the safe form "
                f"(docs/migrations.md), or, if it is safe here (small table, no old code using "
                f"it), add safety_reviewed = {{'<rule>': '<why>'}} to the Migration class.",
                returncode=1,
            )
        self.stdout.write(
            f"Migration safety: {len(linted)} new migration(s) linted, "
            f"{len(findings)} reviewed finding(s), nothing unsafe."
        )
