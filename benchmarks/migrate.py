"""``manage.py migrate`` on an empty database (issue 14): `make bench-migrate`.

Run:  DEBUG=1 .venv/bin/python benchmarks/migrate.py [--runs 5] [--variants lean,django]

On a scratch database (created on the configured server, dropped at the end) it
times ``--runs`` fresh migrates, each a new ``manage.py migrate --no-input -v0``
process on a database re-created empty: wall time and the CPU time of the process
(user + sys). One more run, in-process, counts the statements sent (every
``psycopg`` execute: the migration connection, the lock's own, post_migrate).
Variants, run interleaved so they share the machine's load:

- ``lean``: the project's migrate, as deployed;
- ``django``: the same command with Django's own model-state reloads and all of
  Django's system checks (the URL ones too): what ``migrate`` did before
  ``core/migration_state.py`` (issue 14).

For scale it also loads the migrated schema (``pg_dump`` of the result: the schema
and the rows migrations insert) with raw psycopg in one transaction: the floor
for any ``migrate``. Medians, min-max as the noise; the CPU count and the load
average are printed with the figures (docs/performance.md, "Migrate").
"""

import argparse
import contextlib
import os
import resource
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

VARIANTS = ("lean", "django")


def child(variant: str) -> None:
    """Run ``manage.py migrate`` in this process; ``--count`` prints the statements to stderr."""
    import psycopg

    count = "--count" in sys.argv
    sent = [0]
    if count:
        for cls in (psycopg.Cursor, psycopg.Connection):
            original = cls.execute

            def execute(self, *args, _original=original, **kwargs):
                sent[0] += 1
                return _original(self, *args, **kwargs)

            cls.execute = execute
    if variant == "django":
        from django.core.management.commands.migrate import Command as DjangoMigrate

        import core.management.commands.migrate as ours

        ours.lean_reloads = contextlib.nullcontext
        ours.Command.check = DjangoMigrate.check
    from django.core.management import execute_from_command_line

    execute_from_command_line(["manage.py", "migrate", "--no-input", "-v0"])
    if count:
        print(f"statements={sent[0]}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--variants", default="lean,django")
    args = parser.parse_args()
    variants = [v for v in args.variants.split(",") if v]
    unknown = set(variants) - set(VARIANTS)
    if unknown:
        parser.error(f"unknown variant(s) {sorted(unknown)}; known: {', '.join(VARIANTS)}")

    import django

    django.setup()
    import pgserver
    import psycopg

    from core.db.connect import connection_params, database_url

    admin_params = connection_params(dbname="postgres", autocommit=True)
    name = f"bench_migrate_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    floor_name = f"{name}_floor"
    env = {
        **os.environ,
        "DATABASE_URL": database_url(name),
        "DEBUG": os.environ.get("DEBUG", "1"),
        "DB_POOL_ENABLED": "0",
    }

    def recreate(db: str) -> None:
        with psycopg.connect(**admin_params) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{db}" TEMPLATE template0')

    def migrate(variant: str, *extra: str) -> tuple[float, float, str]:
        recreate(name)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, __file__, "--child", variant, *extra],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            sys.exit(f"migrate ({variant}) failed:\n{done.stdout}\n{done.stderr}")
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu, done.stderr

    print(
        f"CPUs: {os.cpu_count()}, load average at start: "
        + " ".join(f"{x:.2f}" for x in os.getloadavg())
        + f"; DEBUG={env['DEBUG']}, bytecode cache "
        + ("off (PYTHONDONTWRITEBYTECODE)" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "on")
    )
    walls = {v: [] for v in variants}
    cpus = {v: [] for v in variants}
    statements = {}
    try:
        for variant in variants:  # warm-up (file cache), and the statement count
            _wall, _cpu, err = migrate(variant, "--count")
            statements[variant] = next(
                (
                    int(line.split("=")[1])
                    for line in err.splitlines()
                    if line.startswith("statements=")
                ),
                None,
            )
        for _ in range(args.runs):
            for variant in variants:
                wall, cpu, _err = migrate(variant)
                walls[variant].append(wall)
                cpus[variant].append(cpu)

        # The floor: the migrated result, loaded with raw psycopg in one transaction.
        bin_dir = Path(pgserver.__file__).parent / "pginstall" / "bin"
        params = connection_params(dbname=name)
        dump = subprocess.run(
            [
                str(bin_dir / "pg_dump"),
                "--no-owner",
                "--no-privileges",
                "--inserts",
                "-d",
                database_url(name),
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        sql = "\n".join(
            line
            for line in dump.splitlines()
            if not line.startswith(("\\restrict", "\\unrestrict"))
        )
        floor = []
        for _ in range(args.runs):
            recreate(floor_name)
            start = time.perf_counter()
            with psycopg.connect(**{**params, "dbname": floor_name}) as conn, conn.transaction():
                conn.execute(sql)
            floor.append(time.perf_counter() - start)
    finally:
        with psycopg.connect(**admin_params) as admin:
            for db in (name, floor_name):
                admin.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')

    def spread(values: list[float]) -> str:
        return f"{statistics.median(values):6.2f} s ({min(values):.2f}-{max(values):.2f})"

    print(f"fresh migrate, {args.runs} runs each (median, min-max):")
    for variant in variants:
        print(
            f"  {variant:7s} wall {spread(walls[variant])}   CPU {spread(cpus[variant])}   "
            f"statements {statements[variant]}"
        )
    print(f"  raw psycopg, the migrated schema in one transaction: {spread(floor)}")
    if "lean" in variants and "django" in variants:
        ratio_wall = statistics.median(walls["django"]) / statistics.median(walls["lean"])
        ratio_cpu = statistics.median(cpus["django"]) / statistics.median(cpus["lean"])
        print(f"  django / lean: wall {ratio_wall:.2f}x, CPU {ratio_cpu:.2f}x")
    print("load average at end: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main()
