"""Generate realistic demo data at scale across every app (bulk inserts, deterministic).

Users come from ``accounts.demo.make_users``; then each app in LOCAL_APPS that has a
``<app>/demo.py`` gets ``generate(scale=, rng=, users=, progress=)`` (see
docs/development.md). Each app gets its own ``random.Random`` seeded from ``--seed``
and its label, so adding an app does not change another app's rows.
"""

from __future__ import annotations

import importlib
import random
import time

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, IntegrityError, connections, transaction
from tqdm import tqdm


def demo_module(app_label: str):
    """``<app>.demo`` or None when the app has none."""
    name = apps.get_app_config(app_label).name
    try:
        return importlib.import_module(f"{name}.demo")
    except ModuleNotFoundError as exc:
        if exc.name in (f"{name}.demo", name):
            return None
        raise


def demo_app_labels() -> list[str]:
    labels = [name.rsplit(".", 1)[-1] for name in settings.LOCAL_APPS]
    return [label for label in labels if demo_module(label) is not None]


def app_rng(seed: int, part: str) -> random.Random:
    # str seeds hash with SHA-512 (not hash()), so this is stable across processes.
    return random.Random(f"{seed}:{part}")


def local_tables() -> list[str]:
    tables = set()
    for name in settings.LOCAL_APPS:
        config = apps.get_app_config(name.rsplit(".", 1)[-1])
        for model in config.get_models(include_auto_created=True):
            if not model._meta.proxy and model._meta.managed:
                tables.add(model._meta.db_table)
    return sorted(tables)


def flush_local_tables(using: str = DEFAULT_DB_ALIAS) -> None:
    """TRUNCATE every LOCAL_APPS table, restarting identities (CASCADE: rows that point at them)."""
    connection = connections[using]
    existing = set(connection.introspection.table_names())
    tables = [t for t in local_tables() if t in existing]
    if tables:
        with connection.cursor() as cursor:
            cursor.execute(
                "TRUNCATE {} RESTART IDENTITY CASCADE".format(
                    ", ".join(connection.ops.quote_name(t) for t in tables)
                )
            )


class Command(BaseCommand):
    help = (
        "Generate demo data across all apps: --scale N (1 takes seconds; rows grow linearly), "
        "--seed S (same seed, same rows). Bulk inserts in one transaction, with a progress bar."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=1, help="Size multiplier (default 1).")
        parser.add_argument("--seed", type=int, default=0, help="Random seed (default 0).")
        parser.add_argument(
            "--apps", nargs="+", metavar="APP", help="Only these apps (users are always made)."
        )
        parser.add_argument(
            "--flush",
            action="store_true",
            help="Empty every table of the project's apps first (fixtures and users too).",
        )
        parser.add_argument("--no-input", "--noinput", action="store_false", dest="interactive")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(
        self, *args, scale, seed, apps, flush, interactive, no_progress, database, **options
    ):
        if scale < 1:
            raise CommandError("--scale must be 1 or more.")
        labels = demo_app_labels()
        if apps:
            unknown = sorted(set(apps) - set(labels))
            if unknown:
                raise CommandError(
                    f"No demo.py in: {', '.join(unknown)} (apps with one: {', '.join(labels)})"
                )
            labels = [label for label in labels if label in apps]
        if flush and interactive:
            answer = input(
                "This deletes every row in the tables of "
                f"{', '.join(settings.LOCAL_APPS)} (and rows that reference them). Type 'yes': "
            )
            if answer != "yes":
                raise CommandError("Cancelled.")

        from accounts.demo import make_users

        counts: dict[str, dict[str, int]] = {}
        started = time.perf_counter()
        try:
            with transaction.atomic(using=database):
                if flush:
                    # Back to the fixtures, then demo rows on top: their keys come after the
                    # fixtures', so load_fixtures keeps working on this database.
                    flush_local_tables(database)
                    call_command("load_fixtures", verbosity=0, database=database)
                with self.bar("users", no_progress) as bar:
                    users = make_users(scale=scale, rng=app_rng(seed, "users"), progress=bar.update)
                counts["accounts"] = {"accounts.User": len(users)}
                for label in labels:
                    module = demo_module(label)
                    with self.bar(label, no_progress) as bar:
                        result = module.generate(
                            scale=scale, rng=app_rng(seed, label), users=users, progress=bar.update
                        )
                    counts.setdefault(label, {}).update(result or {})
        except IntegrityError as exc:
            raise CommandError(
                f"The database refused the demo rows ({exc.__class__.__name__}: "
                f"{str(exc).splitlines()[0]}). Demo data for --seed {seed} may already be there: "
                "use another --seed, or --flush."
            ) from exc
        elapsed = time.perf_counter() - started
        self.report(counts, elapsed, scale=scale, seed=seed)
        return None

    def bar(self, label: str, no_progress: bool):
        # disable=None: no bar when stderr is not a terminal (CI logs stay clean).
        return tqdm(
            desc=f"{label:>13}", unit=" rows", disable=True if no_progress else None, leave=False
        )

    def report(self, counts, elapsed: float, *, scale: int, seed: int) -> None:
        total = sum(n for per_app in counts.values() for n in per_app.values())
        self.stdout.write(f"Demo data, --scale {scale} --seed {seed}:")
        self.stdout.write(f"  {'app':<14} {'model':<36} {'rows':>10}")
        for label, per_model in counts.items():
            for model, n in sorted(per_model.items()):
                self.stdout.write(f"  {label:<14} {model:<36} {n:>10,}")
            self.stdout.write(f"  {label:<14} {'(app total)':<36} {sum(per_model.values()):>10,}")
        rate = total / elapsed if elapsed > 0 else 0.0
        self.stdout.write(
            self.style.SUCCESS(f"{total:,} rows in {elapsed:.1f} s ({rate:,.0f} rows/s).")
        )
