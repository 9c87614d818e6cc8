#!/usr/bin/env bash
# Print the path of a Python 3.12+ interpreter, or explain and fail.
# Order: $PYTHON; the pyenv version named in .python-version; python3.13; python3.12; python3.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; }
candidates=()
[ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
if [ -f "$here/.python-version" ]; then
  want=$(tr -d '[:space:]' < "$here/.python-version")
  root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
  candidates+=("$root/versions/$want/bin/python")
fi
candidates+=(python3.13 python3.12 python3)
for c in "${candidates[@]}"; do
  path=$(command -v "$c" 2>/dev/null) || continue
  if ok "$path"; then echo "$path"; exit 0; fi
done
echo "error: no Python 3.12 or newer found (Django 6.1 needs 3.12+)." >&2
echo "       Install one (e.g. 'pyenv install 3.13'), or run with PYTHON=/path/to/python3.12+." >&2
exit 1
