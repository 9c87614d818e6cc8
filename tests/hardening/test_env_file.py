"""The development .env is read only on request: a production start with DEBUG unset is DEBUG off."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRINT_SETTINGS = (
    "import django; django.setup(); from django.conf import settings; "
    "print(settings.DEBUG, settings.SECURE_HSTS_SECONDS, settings.SESSION_COOKIE_SECURE)"
)


def start(tmp_path, **extra) -> str:
    dot_env = tmp_path / ".env"
    dot_env.write_text("DEBUG=1\n")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTEST", "DJANGO", "DEBUG", "SECURE_", "SESSION_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_ENV_FILE=str(dot_env),
        DATABASE_URL="postgres://nobody@127.0.0.1:1/none",  # never connected to
        SECRET_KEY="env-file-test-only-key",
        **extra,
    )
    result = subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


@pytest.mark.slow
def test_production_start_ignores_a_dot_env_with_debug(tmp_path):
    assert start(tmp_path) == "False 31536000 True"


@pytest.mark.slow
def test_dot_env_is_read_when_asked(tmp_path):
    assert start(tmp_path, DJANGO_READ_DOT_ENV_FILE="1") == "True 0 False"


def test_make_targets_ask_for_the_dot_env():
    makefile = (ROOT / "Makefile").read_text()
    assert "DEV_ENV := DEBUG=1 DJANGO_READ_DOT_ENV_FILE=1" in makefile
