"""Compare the catalogs of two databases (core.schema_drift snapshot/compare).

Used once to prove the squashed migrations (issue 14) build the same schema as the
old files: migrate one empty database from a checkout of the old migrations, one
from this tree, then

    DEBUG=1 .venv/bin/python scripts/compare_catalogs.py postgresql://.../old postgresql://.../new

Prints every difference (none: exit 0). See docs/migrations.md, "Squashed migrations".
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")


def main(argv: list[str]) -> int:
    import django

    django.setup()
    import psycopg

    from core.schema_drift import compare, snapshot

    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    snaps = []
    for url in argv:
        with psycopg.connect(url) as conn, conn.cursor() as cursor:
            snaps.append(snapshot(cursor))
    expected, live = snaps
    problems = compare(live, expected)
    for line in problems:
        print(f"- {line}")
    counts = {
        k: len(getattr(expected, k))
        for k in ("tables", "columns", "constraints", "indexes", "triggers", "functions")
    }
    print(
        f"{len(problems)} difference(s); compared {counts}, extensions {sorted(expected.extensions)}"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
