"""The API-key cache across processes: two gunicorn servers (1 sync worker each) on the
test database. A key both have cached is refused by the other on its very next request
once one of them revokes it; so are a deactivated user's keys and a withdrawn product.

The bound is PostgreSQL's delivery of the notification to the listening sessions
(about 0.1 ms on an idle machine, milliseconds when the CPUs are contended): where the
test changes rows in SQL and asks B at once, it first waits until a listener of its own
has the notification, so that it tests the cache and not the scheduler."""

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import timedelta

import psycopg
import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from core.db.connect import connection_params
from core.products import PRODUCTS
from tests.accounts.factories import ApiKeyFactory, UserFactory
from tests.utils import project_env, server_url

pytestmark = [
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True),
    # LISTEN/NOTIFY needs a session of its own; behind a transaction-mode PgBouncer the
    # cache is off by design (settings: API_KEY_CACHE_SECONDS), so there is nothing to test.
    pytest.mark.skipif(bool(settings.DB_POOLER), reason="key cache is off behind PgBouncer"),
]
CONVERSATIONS = "/api/v1/conversations/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, path, key, method="GET") -> int:
    request = urllib.request.Request(
        base + path, method=method, headers={"Authorization": f"Api-Key {key}"}
    )
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def servers():
    env = project_env(
        DATABASE_URL=server_url(connection.settings_dict["NAME"]),
        API_KEY_CACHE_SECONDS="300",
        DB_POOL_MIN_SIZE="1",
        DB_POOL_MAX_SIZE="2",
    )
    procs, bases = [], []
    for _ in range(2):
        port = free_port()
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "config.wsgi", "-w", "1",
                 "-b", f"127.0.0.1:{port}", "--log-level", "warning"],
                env=env,
            )
        )  # fmt: skip
        bases.append(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + 60
        for base in bases:
            while True:
                try:
                    urllib.request.urlopen(base + "/health", timeout=5)
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
        yield bases
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(20)


LISTENER = None


def drain() -> None:
    """Drop the notifications our listener has had so far."""
    if LISTENER is not None:
        list(LISTENER.notifies(timeout=0.2))


def delivered() -> None:
    """Wait until our own listener has the change's notification (see the module doc)."""
    if LISTENER is not None:
        assert list(LISTENER.notifies(timeout=5, stop_after=1)), "no notification"


def sql(statement, params=()) -> int:
    drain()
    with connection.cursor() as cur:
        cur.execute(statement, params)
        count = cur.rowcount
    if statement.startswith(("UPDATE", "DELETE")):
        delivered()
    return count


@pytest.fixture(autouse=True)
def listener():
    global LISTENER
    with psycopg.connect(**connection_params(autocommit=True)) as conn:
        conn.execute("LISTEN api_auth")
        LISTENER = conn
        yield conn
        LISTENER = None


def test_revocation_deactivation_grants_and_expiry_reach_the_other_process(servers):
    a, b = servers
    user = UserFactory(products=PRODUCTS)
    key, spare, soon = (
        ApiKeyFactory(user=user),
        ApiKeyFactory(user=user),
        ApiKeyFactory(user=user, expires_at=timezone.now() + timedelta(seconds=3)),
    )
    for k in (key, spare, soon):
        assert call(a, CONVERSATIONS, k.key) == call(b, CONVERSATIONS, k.key) == 200

    # B serves the key from its cache: a revoke that notifies nobody goes unseen there.
    global LISTENER
    LISTENER, listening = None, LISTENER
    sql("ALTER TABLE accounts_apikey DISABLE TRIGGER apikey_auth_notify")
    sql("UPDATE accounts_apikey SET revoked_at = now() WHERE id = %s", [spare.pk])
    sql("ALTER TABLE accounts_apikey ENABLE TRIGGER apikey_auth_notify")
    LISTENER = listening
    assert call(b, CONVERSATIONS, spare.key) == 200
    sql("UPDATE accounts_apikey SET revoked_at = NULL WHERE id = %s", [spare.pk])

    # Revoked through A's API: B refuses it on its next request.
    drain()
    assert call(a, f"/api/v1/accounts/api-keys/{key.pk}/", spare.key, "DELETE") == 204
    delivered()
    assert call(b, CONVERSATIONS, key.key) == 401
    assert call(b, CONVERSATIONS, spare.key) == 200

    # A product withdrawn in SQL: 403 at once on both.
    assert (
        sql(
            "DELETE FROM accounts_user_user_permissions up USING auth_permission p "
            "WHERE up.permission_id = p.id AND up.user_id = %s "
            "AND p.codename = 'access_conversations'",
            [user.pk],
        )
        == 1
    )
    assert call(b, CONVERSATIONS, spare.key) == 403
    assert call(a, CONVERSATIONS, spare.key) == 403

    # Expiry needs no notification: the cached expires_at is checked on each request.
    time.sleep(max(0.0, (soon.expires_at - timezone.now()).total_seconds()) + 0.2)
    assert call(b, "/api/v1/accounts/me/", soon.key) == 401

    # The user renamed through A: B's request.user is the new one at once.
    assert call(b, "/api/v1/accounts/me/", spare.key) == 200
    request = urllib.request.Request(
        a + "/api/v1/accounts/me/",
        method="PATCH",
        data=json.dumps({"first_name": "Renamed"}).encode(),
        headers={"Authorization": f"Api-Key {spare.key}", "Content-Type": "application/json"},
    )
    drain()
    with urllib.request.urlopen(request, timeout=20) as response:
        assert response.status == 200
    delivered()
    request = urllib.request.Request(
        b + "/api/v1/accounts/me/", headers={"Authorization": f"Api-Key {spare.key}"}
    )
    with urllib.request.urlopen(request, timeout=20) as response:
        assert json.loads(response.read())["first_name"] == "Renamed"

    # The user deactivated: every key of theirs is refused by both.
    assert call(b, "/api/v1/accounts/me/", spare.key) == 200
    sql("UPDATE accounts_user SET is_active = false WHERE id = %s", [user.pk])
    assert call(b, "/api/v1/accounts/me/", spare.key) == 401
    assert call(a, "/api/v1/accounts/me/", spare.key) == 401
