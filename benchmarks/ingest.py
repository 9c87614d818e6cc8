"""Posts ingest speed (issue 14): 500-post batches through the API and the service, against
raw COPY of 500 rows into engagement_post in the same run.

Run:  make bench-ingest                     (BENCH_ARGS="--rounds 8")
      DJANGO_READ_DOT_ENV_FILE=1 DEBUG=0 .venv/bin/python benchmarks/ingest.py

Everything happens inside one transaction that is rolled back. Each path sends ROUNDS
batches of new posts (median time per batch):

- API: ``POST /api/v1/engagement/posts/ingest/`` (Django test client, DEBUG off: JSON
  parsing, validation of the 500 nested items, the service, the response);
- validation: the request's validation alone (``engagement.api.ingest.validated_posts``);
- service: ``services.posts_ingest`` with items already validated;
- raw COPY: psycopg ``COPY engagement_post (...) FROM STDIN`` of 500 rows (one author).

It prints rows/s and each path's share of the raw COPY rate, with the load average.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["DEBUG"] = "0"  # as deployed: no query log
os.environ.setdefault("SECRET_KEY", "bench-ingest-only-" + "x" * 40)
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")

import django  # noqa: E402

django.setup()

import logging  # noqa: E402

logging.getLogger("core.access").setLevel(logging.WARNING)

from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402

from accounts.models import User  # noqa: E402
from engagement import services  # noqa: E402
from engagement.api.ingest import validated_posts  # noqa: E402
from engagement.models import Author  # noqa: E402

BATCH = 500
URL = "/api/v1/engagement/posts/ingest/"


class Rollback(Exception):
    pass


def batch(tag: str) -> list[dict]:
    """500 new posts from 50 authors, as a crawler sends them."""
    return [
        {
            "platform": "REDDIT",
            "platform_post_id": f"{tag}_{i}",
            "content": "Electrolyte drinks or coconut water for the morning after?",
            "keyword_matches": ["hangover", "electrolytes"],
            "keyword_categories": ["symptom"],
            "raw_metrics": {"likes": i},
            "author": {"platform_id": f"{tag[:3]}a{i % 50}", "handle": f"{tag[:3]}_a{i % 50}"},
        }
        for i in range(BATCH)
    ]


def median_seconds(rounds: int, step) -> float:
    samples = []
    for r in range(rounds):
        prepared = step.prepare(r)
        started = time.perf_counter()
        step.run(prepared)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


class Api:
    def __init__(self, client, tag):
        self.client, self.tag = client, tag

    def prepare(self, r):
        return json.dumps({"posts": batch(f"{self.tag}api{r}")})

    def run(self, body):
        response = self.client.post(URL, body, content_type="application/json")
        assert response.status_code == 201, response.content[:300]


class Validation:
    def __init__(self, tag):
        self.tag = tag

    def prepare(self, r):
        return json.dumps({"posts": batch(f"{self.tag}val{r}")})

    def run(self, body):
        assert len(validated_posts(json.loads(body))) == BATCH


class Service:
    def __init__(self, tag):
        self.tag = tag

    def prepare(self, r):
        return validated_posts({"posts": batch(f"{self.tag}svc{r}")})

    def run(self, items):
        services.posts_ingest(items=items)


class RawCopy:
    COLUMNS = (
        "id, platform, platform_post_id, author_id, content, keyword_matches, "
        "keyword_categories, raw_metrics"
    )

    def __init__(self, tag):
        self.tag = tag
        self.author = Author.objects.create(
            platform="REDDIT",
            platform_id=f"{tag}copy",
            handle=f"{tag}_copy",
            first_seen_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        )

    def prepare(self, r):
        return [
            (
                uuid.uuid4(),
                "REDDIT",
                f"{self.tag}copy{r}_{i}",
                self.author.id,
                "Electrolyte drinks or coconut water for the morning after?",
                ["hangover", "electrolytes"],
                ["symptom"],
                json.dumps({"likes": i}),
            )
            for i in range(BATCH)
        ]

    def run(self, rows):
        sql = f"COPY engagement_post ({self.COLUMNS}) FROM STDIN"
        with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=3, help="Runs of all paths, in turn.")
    args = parser.parse_args()
    print(f"ingest benchmark: {BATCH}-post batches, {os.cpu_count()} CPUs")
    tag = uuid.uuid4().hex[:8]
    try:
        with transaction.atomic():
            staff = User.objects.create(
                email=f"bench-ingest-{tag}@example.com", is_staff=True, is_superuser=True
            )
            client = Client()
            client.force_login(staff)
            for n in range(args.repeat):
                paths = {
                    "API": Api(client, f"{tag}{n}"),
                    "validation": Validation(f"{tag}{n}"),
                    "service": Service(f"{tag}{n}"),
                    "raw COPY": RawCopy(f"{tag}{n}"),
                }
                rates = {
                    name: BATCH / median_seconds(args.rounds, path) for name, path in paths.items()
                }
                copy = rates["raw COPY"]
                print(
                    f"  run {n + 1}: "
                    + "  ".join(
                        f"{name} {rate:,.0f}/s ({rate / copy:.0%})"
                        if name not in ("raw COPY", "validation")
                        else f"{name} {rate:,.0f}/s"
                        for name, rate in rates.items()
                    )
                    + f"   load {os.getloadavg()[0]:.2f}"
                )
            raise Rollback
    except Rollback:
        pass


if __name__ == "__main__":
    main()
