#!/usr/bin/env python
"""The API against raw psycopg on the same tables (issue 13).  ``make bench-api``

    DEBUG=1 .venv/bin/python benchmarks/api_peers.py [--rounds 15] [--ops 10] [--no-http]

Seeds (once; kept for the next run) 2 marker users x 2,000 conversations x 5 messages
with bulk_create, then measures in interleaved rounds, in this process:

- W1 create 1 conversation + 5 messages, W2 the 50 newest conversations with their
  messages, W3 one conversation with its messages;
- through the project's API code (DRF test client, API key, the API-key cache on:
  the whole middleware, authentication, scoping, serializer and JSON renderer), the
  ORM only (services / querysets, no JSON), and raw psycopg (SQL, dicts, json.dumps);

then over HTTP, gunicorn with 1 sync worker each: the project against a raw psycopg
WSGI app (``raw_app`` below) on the same tables, W2 (one request, include=messages)
and W3. It prints per workload the median over rounds of raw time / path time (1.0:
as fast as raw; higher is better) with the spread of the ratios, and the statements
per operation. Created rows are deleted at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("API_KEY_CACHE_SECONDS", "300")
# Measured as deployed: DEBUG off (no query log), plain HTTP on the loopback.
os.environ["DEBUG"] = "0"
os.environ.setdefault("SECRET_KEY", "bench-api-only-" + "x" * 40)
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("SESSION_COOKIE_SECURE", "0")
# W2 is "the 50 newest conversations with their messages": lift the page budget for
# rows with JSON (API_LARGE_ROWS_MAX_PAGE_SIZE, 20 by default) to that page.
os.environ.setdefault("API_LARGE_ROWS_MAX_PAGE_SIZE", "50")
os.environ.setdefault("CSRF_COOKIE_SECURE", "0")

USERS = ("bench-api-1@bench.example.com", "bench-api-2@bench.example.com")
CONVERSATIONS = 2_000
MESSAGES = 5
PAGE = 50

CONV_COLUMNS = (
    "id, user_id, content_type, content_title, content_content, content_url, content_author, "
    "content_published_at, content_metadata, status, consensus_reached, final_recommendation, "
    "confidence_score, created_at, updated_at, completed_at, metadata"
)
MSG_COLUMNS = (
    "id, conversation_id, agent_type, agent_name, content, confidence_level, message_order, "
    "cited_sources, signal_references, timestamp, metadata"
)


# --- raw psycopg: the peer ----------------------------------------------------------------
def iso(value):
    return None if value is None else value.isoformat().replace("+00:00", "Z")


def conv_dict(row):
    d = dict(zip([c.strip() for c in CONV_COLUMNS.split(",")], row, strict=True))
    d["id"], d["user"] = str(d["id"]), str(d.pop("user_id"))
    for k in ("content_published_at", "created_at", "updated_at", "completed_at"):
        d[k] = iso(d[k])
    return d


def msg_dict(row):
    d = dict(zip([c.strip() for c in MSG_COLUMNS.split(",")], row, strict=True))
    d["id"], d["timestamp"] = str(d["id"]), iso(d["timestamp"])
    return d


def raw_list(conn, user_id):
    convs = [
        conv_dict(r)
        for r in conn.execute(
            f"SELECT {CONV_COLUMNS} FROM conversations_conversation WHERE user_id = %s "
            "ORDER BY created_at DESC, id DESC LIMIT %s",
            [user_id, PAGE],
        )
    ]
    by_id = {c["id"]: c for c in convs}
    for c in convs:
        c["messages"] = []
    for r in conn.execute(
        f"SELECT {MSG_COLUMNS} FROM conversations_agentmessage WHERE conversation_id = ANY(%s) "
        "ORDER BY conversation_id, message_order",
        [[uuid.UUID(i) for i in by_id]],
    ):
        m = msg_dict(r)
        by_id[str(m.pop("conversation_id"))]["messages"].append(m)
    for c in convs:
        c["message_count"] = len(c["messages"])
    return json.dumps({"next": None, "previous": None, "results": convs}).encode()


def raw_detail(conn, user_id, pk):
    rows = conn.execute(
        f"SELECT {CONV_COLUMNS} FROM conversations_conversation WHERE id = %s AND user_id = %s",
        [pk, user_id],
    ).fetchall()
    if not rows:
        return None
    conv = conv_dict(rows[0])
    conv["messages"] = [
        {k: v for k, v in msg_dict(r).items() if k != "conversation_id"}
        for r in conn.execute(
            f"SELECT {MSG_COLUMNS} FROM conversations_agentmessage WHERE conversation_id = %s "
            "ORDER BY message_order",
            [pk],
        )
    ]
    return json.dumps(conv).encode()


def raw_create(conn, user_id, data):
    with conn.transaction():
        cid = uuid.uuid4()
        conn.execute(
            "INSERT INTO conversations_conversation (id, user_id, content_type, content_title, "
            "content_content, content_metadata, status, consensus_reached, metadata, "
            "created_at, updated_at) VALUES (%s, %s, %s, %s, %s, '{}', 'initialized', false, "
            "'{}', now(), now())",
            [cid, user_id, data["content_type"], data["content_title"], data["content_content"]],
        )
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO conversations_agentmessage (id, conversation_id, agent_type, "
                "agent_name, content, confidence_level, message_order, cited_sources, "
                "signal_references, metadata, timestamp) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, '{}', '{}', '{}', now())",
                [
                    (uuid.uuid4(), cid, m["agent_type"], m["agent_name"], m["content"],
                     m["confidence_level"], i)
                    for i, m in enumerate(data["messages"], start=1)
                ],
            )  # fmt: skip
    return cid


_raw_conn = None


def raw_app(environ, start_response):
    """The peer over HTTP: GET /c/<user>/ (W2) and /c/<user>/<id>/ (W3)."""
    import psycopg

    global _raw_conn
    if _raw_conn is None:
        _raw_conn = psycopg.connect(os.environ["BENCH_CONNINFO"], autocommit=True)
    parts = [p for p in environ["PATH_INFO"].split("/") if p]
    body = raw_list(_raw_conn, parts[1]) if len(parts) == 2 else (
        raw_detail(_raw_conn, parts[1], parts[2])
    )  # fmt: skip
    start_response("200 OK", [("Content-Type", "application/json")])
    return [body]


# --- the project ------------------------------------------------------------------------
def payload():
    return {
        "content_type": "substack_article",
        "content_title": "Utilities lead the market again",
        "content_content": "When utilities outperform the S&P 500 for four weeks, volatility.",
        "messages": [
            {
                "agent_type": "financial_analyst",
                "agent_name": "Financial Analyst",
                "content": f"Message {i}: defensive positioning suggests caution.",
                "confidence_level": 0.5,
            }
            for i in range(MESSAGES)
        ],
    }


def seed():
    from django.db import transaction

    from accounts.models import ApiKey, User
    from conversations.models import AgentMessage, Conversation
    from core.products import PRODUCTS, permissions

    users = []
    for email in USERS:
        user, created = User.objects.get_or_create(email=email)
        if created:
            user.user_permissions.add(*permissions(PRODUCTS))
        users.append(user)
        have = Conversation.objects.filter(user=user).count()
        if have >= CONVERSATIONS:
            continue
        with transaction.atomic():
            convs = Conversation.objects.bulk_create(
                Conversation(
                    user=user,
                    content_type="substack_article",
                    content_title=f"Signal review {i}",
                    content_content="The content the agents analyse, long enough." * 4,
                    content_url=f"https://example.com/{i}",
                    confidence_score=0.75,
                )
                for i in range(CONVERSATIONS - have)
            )
            AgentMessage.objects.bulk_create(
                AgentMessage(
                    conversation=c,
                    agent_type="financial_analyst",
                    agent_name="Financial Analyst",
                    content="Defensive positioning suggests caution. " * 5,
                    confidence_level=0.5,
                    message_order=n,
                    cited_sources=["Utilities/SPY Ratio"],
                    signal_references=["defensive_signal"],
                )
                for c in convs
                for n in range(1, MESSAGES + 1)
            )
    keys = [ApiKey.issue(user=u, name="bench-api")[1] for u in users]
    return users, keys


def timed(fn, ops):
    started = time.perf_counter()
    for _ in range(ops):
        fn()
    return (time.perf_counter() - started) / ops


def rounds(paths, n_rounds, ops):
    """paths: name -> {workload: fn}; 'raw' is the reference. Returns ratios."""
    ratios = {}
    for _ in range(n_rounds):
        for workload in paths["raw"]:
            times = {name: timed(fns[workload], ops) for name, fns in paths.items()}
            for name, t in times.items():
                if name != "raw":
                    ratios.setdefault((name, workload), []).append(times["raw"] / t)
                ratios.setdefault((name, workload, "ms"), []).append(t * 1000)
    return ratios


def report(ratios, statements):
    print(f"{'path':<8} {'workload':<4} {'ratio':>6} {'(min-max)':>13} {'ms/op':>7} {'stmts':>5}")
    for key, values in ratios.items():
        if len(key) != 2:
            continue
        name, workload = key
        ms = statistics.median(ratios[(name, workload, "ms")])
        print(
            f"{name:<8} {workload:<4} {statistics.median(values):6.2f} "
            f"({min(values):5.2f}-{max(values):5.2f}) {ms:7.2f} "
            f"{statements.get((name, workload), ''):>5}"
        )
    for workload in ("W1", "W2", "W3"):
        key = ("raw", workload, "ms")
        if key in ratios:
            print(
                f"raw      {workload:<4} {'1.00':>6} {'':>13} {statistics.median(ratios[key]):7.2f}"
            )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--ops", type=int, default=10)
    parser.add_argument("--no-http", action="store_true")
    args = parser.parse_args()

    import django

    django.setup()
    import psycopg
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse
    from psycopg.conninfo import make_conninfo
    from rest_framework.test import APIClient

    from accounts.models import ApiKey
    from conversations import services
    from conversations.api.views import ordered_messages
    from conversations.models import Conversation
    from core.db.connect import connection_params

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    with connection.cursor() as cur:
        cur.execute("SHOW server_version")
        print(f"PostgreSQL {cur.fetchone()[0]}; rounds {args.rounds} x {args.ops} ops, interleaved")
    users, keys = seed()
    user = users[0]
    pk = (
        Conversation.objects.filter(user=user)
        .order_by("-created_at")
        .values_list("pk", flat=True)[7]
    )
    conninfo = make_conninfo(**connection_params())
    raw = psycopg.connect(conninfo, autocommit=True)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {keys[0]}")
    list_url = reverse("api:conversations-conversation-list")
    detail_url = reverse("api:conversations-conversation-detail", kwargs={"pk": pk})
    data = payload()
    created = []

    def api_create():
        response = client.post(list_url, data, format="json")
        assert response.status_code == 201, response.content
        created.append(response.data["id"])

    def api_list():
        response = client.get(list_url, {"include": "messages", "cursor": "", "page_size": PAGE})
        assert response.status_code == 200 and len(response.data["results"]) == PAGE

    def api_detail():
        assert client.get(detail_url).status_code == 200

    def orm_create():
        messages = [dict(m) for m in data["messages"]]
        fields = {k: v for k, v in data.items() if k != "messages"}
        created.append(services.conversation_create(user=user, messages=messages, **fields).pk)

    def orm_list():
        rows = Conversation.objects.filter(user=user).with_message_count()
        assert (
            len(
                list(
                    rows.order_by("-created_at", "-id").prefetch_related(ordered_messages())[:PAGE]
                )
            )
            == PAGE
        )

    def orm_detail():
        c = Conversation.objects.prefetch_related(ordered_messages()).get(pk=pk, user=user)
        assert len(c.messages.all()) == MESSAGES

    def raw_w1():
        created.append(raw_create(raw, user.pk, data))

    paths = {
        "raw": {"W1": raw_w1, "W2": lambda: raw_list(raw, user.pk), "W3": lambda: raw_detail(raw, user.pk, pk)},
        "api": {"W1": api_create, "W2": api_list, "W3": api_detail},
        "orm": {"W1": orm_create, "W2": orm_list, "W3": orm_detail},
    }  # fmt: skip
    statements = {}
    for name in ("api", "orm"):
        for workload, fn in paths[name].items():
            fn()  # warm (the key cache, the plans)
            with CaptureQueriesContext(connection) as ctx:
                fn()
            statements[(name, workload)] = len(ctx.captured_queries)
    print("\nin process (ratio = raw time / path time)")
    report(rounds(paths, args.rounds, args.ops), statements)

    if not args.no_http:
        http_bench(args, conninfo, user, keys[0], list_url, detail_url)
    Conversation.objects.filter(pk__in=created).delete()
    ApiKey.objects.filter(name="bench-api").delete()


def http_bench(args, conninfo, user, key, list_url, detail_url):
    import socket
    import urllib.request

    def port():
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]

    env = dict(os.environ, BENCH_CONNINFO=conninfo, DB_POOL_MIN_SIZE="1")
    p_api, p_raw = port(), port()
    gunicorn = [sys.executable, "-m", "gunicorn", "-w", "1", "--log-level", "warning"]
    procs = [
        subprocess.Popen([*gunicorn, "-b", f"127.0.0.1:{p_api}", "config.wsgi"], env=env, cwd=ROOT),
        subprocess.Popen(
            [*gunicorn, "-b", f"127.0.0.1:{p_raw}", "benchmarks.api_peers:raw_app"],
            env=env,
            cwd=ROOT,
        ),
    ]
    try:
        headers = {"Authorization": f"Api-Key {key}"}

        def get(url, auth=False):
            request = urllib.request.Request(url, headers=headers if auth else {})
            with urllib.request.urlopen(request, timeout=30) as response:
                assert response.status == 200
                return response.read()

        api = f"http://127.0.0.1:{p_api}"
        raw = f"http://127.0.0.1:{p_raw}"
        query = f"?include=messages&cursor=&page_size={PAGE}"
        deadline = time.monotonic() + 60
        while True:
            try:
                get(api + "/health"), get(f"{raw}/c/{user.pk}/")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        paths = {
            "raw": {"W2": lambda: get(f"{raw}/c/{user.pk}/"),
                    "W3": lambda: get(f"{raw}/c/{user.pk}/{detail_url.rstrip('/').split('/')[-1]}/")},
            "http": {"W2": lambda: get(api + list_url + query, True),
                     "W3": lambda: get(api + detail_url, True)},
        }  # fmt: skip
        for fns in paths.values():
            for fn in fns.values():
                fn()
        print("\nHTTP, gunicorn 1 sync worker each (ratio = raw app time / project time)")
        report(rounds(paths, args.rounds, args.ops), {})
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(20)


if __name__ == "__main__":
    main()
