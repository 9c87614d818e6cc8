"""Dump every model constraint and index (name + deconstruction) and the database's own
constraint and trigger names, so a refactor of the builders can be compared before/after.

    DEBUG=1 .venv/bin/python scripts/constraint_snapshot.py > /tmp/before.txt
    (refactor, migrate)
    DEBUG=1 .venv/bin/python scripts/constraint_snapshot.py > /tmp/after.txt
    diff /tmp/before.txt /tmp/after.txt

Lines starting ``model`` are Django's view (what makemigrations compares); lines starting
``pg`` are ``pg_constraint`` / ``pg_trigger`` after ``migrate`` (what the database holds).
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.apps import apps  # noqa: E402
from django.db import connection  # noqa: E402

LOCAL = {"accounts", "conversations", "engagement", "ideas", "portfolio", "research", "core"}


def main() -> None:
    lines = []
    for model in apps.get_models():
        if model._meta.app_label not in LOCAL:
            continue
        label = model._meta.label
        for c in model._meta.constraints:
            path, args, kwargs = c.deconstruct()
            kwargs.pop("violation_error_message", None)
            lines.append(f"model {label} {c.name} {path} {args} {sorted(kwargs.items())!r}")
            lines.append(f"message {label} {c.name} {c.violation_error_message!r}")
        for i in model._meta.indexes:
            lines.append(f"index {label} {i.name} {i.deconstruct()!r}")
    if "--no-db" not in sys.argv:
        with connection.cursor() as cur:
            cur.execute(
                "SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid)"
                " FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
            )
            lines += [
                f"pg constraint {t} {n} {k} {' '.join(d.split())}" for t, n, k, d in cur.fetchall()
            ]
            cur.execute(
                "SELECT tgrelid::regclass::text, tgname FROM pg_trigger WHERE NOT tgisinternal"
            )
            lines += [f"pg trigger {t} {n}" for t, n in cur.fetchall()]
    print("\n".join(sorted(lines)))


if __name__ == "__main__":
    main()
