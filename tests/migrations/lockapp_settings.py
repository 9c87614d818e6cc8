"""The project settings plus the test-only ``lockapp`` (for subprocess tests)."""

from config.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "tests.migrations.lockapp"]  # noqa: F405
