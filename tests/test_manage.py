"""manage.py as deploys use it: concurrent migrate, check --deploy."""

import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings

from tests.utils import project_env, scratch_database, server_url

ROOT = Path(settings.BASE_DIR)
pytestmark = [pytest.mark.slow, pytest.mark.django_db]


def manage(*args, env, timeout=300):
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def empty_database():
    with scratch_database("scratch") as name:
        yield name


def test_two_migrates_started_at_once_both_succeed(empty_database):
    env = project_env(DATABASE_URL=server_url(empty_database), DB_POOL_ENABLED="0")
    procs = [manage("migrate", "--no-input", env=env) for _ in range(2)]
    results = [p.communicate(timeout=600) + (p.returncode,) for p in procs]
    for _out, err, code in results:
        assert code == 0, err
    # one of them waited for the other's lock, or found nothing left to do
    assert any(
        "No migrations to apply" in out or "Waiting for the migration lock" in err
        for out, err, _ in results
    )
    check = manage("migrate", "--check", env=env)
    out, err = check.communicate(timeout=300)
    assert check.returncode == 0, out + err  # nothing unapplied: the schema is complete
    plan = manage("showmigrations", "--plan", env=env)
    out, _ = plan.communicate(timeout=300)
    assert "[ ]" not in out
    assert "[X]  accounts.0001_initial" in out and "[X]  sessions.0001_initial" in out


def test_check_deploy_is_clean_with_production_settings(empty_database):
    env = project_env(
        DEBUG="0",
        SECRET_KEY="a-long-random-production-like-secret-" + uuid.uuid4().hex + uuid.uuid4().hex,
        ALLOWED_HOSTS="platform.example.com",
        DATABASE_URL=server_url(empty_database),
    )
    proc = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, out + err
    assert "no issues" in out


def test_production_settings_refuse_to_start_without_secret_key(empty_database):
    env = project_env(DEBUG="0", DATABASE_URL=server_url(empty_database))
    env.pop("SECRET_KEY")
    proc = manage("check", env=env)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode != 0
    assert "SECRET_KEY" in err
