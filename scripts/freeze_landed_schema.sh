#!/usr/bin/env bash
# Freeze the schema of a database at the *landed* migration state (commit a17cf46:
# the migrations deployed databases may have applied) into tests/fixtures/landed_schema.sql,
# with its django_migrations rows. tests/migrations/test_squashed_migrations.py loads it
# and migrates it forward with the squashed migrations (issue 14; docs/migrations.md).
# Run once, from the project root, against the development PostgreSQL; needs git.
set -euo pipefail
cd "$(dirname "$0")/.."
COMMIT=${1:-a17cf46}
OUT=tests/fixtures/landed_schema.sql
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
git archive "$COMMIT" | tar -x -C "$tree"
ln -s "$PWD/.venv" "$tree/.venv"
url=$(.venv/bin/python -m config.devdb url)
host=${url#*host=}
bin=$(.venv/bin/python -c 'import pgserver, pathlib; print(pathlib.Path(pgserver.__file__).parent / "pginstall/bin")')
db=landed_freeze_$$
"$bin/psql" -qh "$host" -U postgres -d postgres -c "CREATE DATABASE $db"
trap '"$bin/psql" -qh "$host" -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"; rm -rf "$tree"' EXIT
(cd "$tree" && DATABASE_URL="postgresql://postgres@/$db?host=$host" DEBUG=1 .venv/bin/python manage.py migrate -v0)
{
  echo "-- Schema of a database migrated with the migrations of commit $COMMIT (the landed ones),"
  echo "-- and its django_migrations rows. Made by scripts/freeze_landed_schema.sh; do not edit."
  "$bin/pg_dump" -h "$host" -U postgres --schema-only --no-owner --no-privileges --no-comments "$db"
  "$bin/pg_dump" -h "$host" -U postgres --data-only --inserts --no-owner -t django_migrations "$db"
} | grep -v -e '^\\restrict' -e '^\\unrestrict' -e '^SET transaction_timeout' > "$OUT"
echo "Wrote $OUT ($(wc -c < "$OUT") bytes)."
