"""Helpers for the migration tests: scratch databases on the test server and
``manage.py`` subprocesses pointed at them (with the test-only ``lockapp``)."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.db import connection

from core.db.connect import connection_params
from tests.utils import server_url

BASE_DIR = Path(__file__).resolve().parents[2]


def server_params(dbname=None):
    return connection_params(dbname=dbname or connection.settings_dict["NAME"], autocommit=True)


class ScratchDatabase:
    def __init__(self, name):
        self.name = name
        self.url = server_url(name)

    def connect(self, **kwargs):
        return psycopg.connect(**{**server_params(self.name), **kwargs})

    def manage(self, *args, env=None, timeout=120, background=False):
        """Run ``manage.py <args>`` against this database with lockapp installed."""
        full_env = {
            **os.environ,
            "DATABASE_URL": self.url,
            "DJANGO_SETTINGS_MODULE": "tests.migrations.lockapp_settings",
            "DEBUG": "1",
            "SECRET_KEY": "test-only-insecure-key",
            "DB_POOL_ENABLED": "0",
            **(env or {}),
        }
        cmd = [sys.executable, str(BASE_DIR / "manage.py"), *args]
        if background:
            return subprocess.Popen(
                cmd,
                cwd=BASE_DIR,
                env=full_env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        return subprocess.run(
            cmd, cwd=BASE_DIR, env=full_env, capture_output=True, text=True, timeout=timeout
        )


@pytest.fixture
def scratch_db(django_db_blocker):
    """A fresh, empty database on the test server, dropped afterwards."""
    name = f"test_mig_{uuid.uuid4().hex[:10]}"
    with django_db_blocker.unblock():
        params = server_params()
    with psycopg.connect(**params) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    try:
        yield ScratchDatabase(name)
    finally:
        with psycopg.connect(**params) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
