"""Measure answers while a real PostgreSQL goes away under a running gunicorn, and after.

Used by test_outage.py; also runnable by hand to measure another checkout (before/after):
``python -m tests.hardening.outage /path/to/checkout`` prints the figures as JSON.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.hardening.pgcluster import Cluster, dump_database, restore_database

CALLS = [
    # (name, path, headers): each one needs the database
    ("api", "/api/v1/accounts/me/", {"Authorization": "Api-Key nosuchprefix.secret"}),
    ("api-list", "/api/v1/research/definitions/", {"Authorization": "Api-Key abc.def"}),
    ("admin", "/admin/", {"Cookie": "sessionid=abcdefghijklmnopqrstuvwxyz012345"}),
    ("ready", "/health/ready", {}),
    ("live", "/health", {}),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base: str, path: str, headers: dict, timeout: float = 30) -> dict:
    request = urllib.request.Request(base + path, headers=headers)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, ctype, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        status, ctype, body = err.code, err.headers, err.read()
    except Exception as exc:  # timeouts, resets
        return {
            "status": None,
            "error": exc.__class__.__name__,
            "seconds": time.perf_counter() - started,
        }
    return {
        "status": status,
        "seconds": round(time.perf_counter() - started, 3),
        "content_type": ctype.get("Content-Type", ""),
        "retry_after": ctype.get("Retry-After"),
        "body": body[:300].decode(errors="replace"),
    }


def wait_http(base: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/health", timeout=2).read()
            return
        except urllib.error.HTTPError:
            return
        except Exception:
            time.sleep(0.3)
    raise RuntimeError("gunicorn did not come up")


def measure(checkout: Path, source_db: dict, rounds: int = 3) -> dict:
    """Restore ``source_db`` (a migrated database) into a throwaway cluster, serve
    ``checkout`` from it with gunicorn (production-like settings), stop PostgreSQL,
    call every route ``rounds`` times, start PostgreSQL again and check recovery."""
    cluster = Cluster()
    server = None
    try:
        cluster.start()
        cluster.psql("CREATE DATABASE outage")
        with tempfile.TemporaryDirectory() as tmp:
            dump = Path(tmp) / "platform.dump"
            dump_database(source_db, dump)
            restore_database(dump, host=cluster.host, dbname="outage", user="postgres")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "DJANGO", "DB_"))}
        env.update(
            DATABASE_URL=cluster.url("outage"),
            DEBUG="0",
            SECRET_KEY="outage-test-only-key-outage-test-only-key-0123456789",
            ALLOWED_HOSTS="127.0.0.1",
            SECURE_SSL_REDIRECT="0",
            LOG_LEVEL="WARNING",
            DB_POOL_MIN_SIZE="1",
            DB_POOL_MAX_SIZE="4",
        )
        server = subprocess.Popen(
            [
                str(checkout / ".venv" / "bin" / "gunicorn"),
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "2",
                "--timeout",
                "60",
            ],
            cwd=checkout,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_http(base)
        before = {name: call(base, path, headers) for name, path, headers in CALLS}
        cluster.stop("fast")
        down = [
            {name: call(base, path, headers) for name, path, headers in CALLS}
            for _ in range(rounds)
        ]
        cluster.start()
        recovery_started = time.monotonic()
        recovered_after = None
        after = {}
        while time.monotonic() - recovery_started < 30:
            after = {name: call(base, path, headers) for name, path, headers in CALLS}
            if after["api"]["status"] == 401 and after["ready"]["status"] == 200:
                recovered_after = round(time.monotonic() - recovery_started, 3)
                break
            time.sleep(0.2)
        return {
            "before": before,
            "down": down,
            "after": after,
            "recovered_after_seconds": recovered_after,
            "gunicorn_alive": server.poll() is None,
            "gunicorn_pid_unchanged": True,
        }
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
        cluster.destroy()


if __name__ == "__main__":  # pragma: no cover - a measuring aid
    import django

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "1")
    django.setup()
    from django.db import connection

    result = measure(Path(sys.argv[1]).resolve(), connection.settings_dict)
    print(json.dumps(result, indent=1))
