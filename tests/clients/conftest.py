"""The Python client's examples, run against a live server (not in the default run).

`.ci/clients-check` starts a dev server with the fixtures, creates an API key for the
dev superuser and runs `pytest -m clients tests/clients` with

    CLIENTS_BASE_URL=http://127.0.0.1:<port>  CLIENTS_API_KEY=<prefix>.<secret>

Without those two variables test_examples.py is not collected (the client package is
installed only for this check: `pip install ./clients/python`).
"""

import os

import pytest

BASE_URL = os.environ.get("CLIENTS_BASE_URL", "")
API_KEY = os.environ.get("CLIENTS_API_KEY", "")

if not (BASE_URL and API_KEY):
    collect_ignore = ["test_examples.py"]


@pytest.fixture(scope="session")
def base_url():
    return BASE_URL


@pytest.fixture(scope="session")
def client():
    import httpx
    from data_platform_client import connect

    with connect(BASE_URL, API_KEY, timeout=httpx.Timeout(30.0)) as api:
        yield api
