"""Measure the conversations API on demo data, then roll everything back.

DEBUG=1 .venv/bin/python manage.py bench_conversations --scale 500
"""

import random
import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework.test import APIClient

from accounts.models import User
from conversations import demo
from conversations.models import Conversation


class _Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Time the conversations list/detail endpoints on generated data (rolled back)."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=500)
        parser.add_argument("--users", type=int, default=20)
        parser.add_argument("--repeat", type=int, default=20)

    def handle(self, *args, scale, users, repeat, **options):
        try:
            with transaction.atomic():
                self._run(scale, users, repeat)
                raise _Rollback
        except _Rollback:
            self.stdout.write("(all generated rows rolled back)")

    def _time(self, client, url, params, repeat):
        timings = []
        with CaptureQueriesContext(connection) as ctx:
            client.get(url, params)
        queries = len(ctx.captured_queries)
        for _ in range(repeat):
            start = time.perf_counter()
            response = client.get(url, params)
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.status_code
        return statistics.median(timings), max(timings), queries

    def _run(self, scale, n_users, repeat):
        rng = random.Random(2026)
        people = User.objects.bulk_create(
            [User(email=f"bench{i}@conversations.example.com") for i in range(n_users)]
        )
        start = time.perf_counter()
        counts = demo.generate(scale=scale, rng=rng, users=people, progress=lambda n: None)
        self.stdout.write(f"generated {counts} in {time.perf_counter() - start:.1f}s")
        with connection.cursor() as cur:
            cur.execute("ANALYZE conversations_conversation; ANALYZE conversations_agentmessage")
        owner = people[0]
        client = APIClient(HTTP_HOST="localhost")
        client.force_authenticate(owner)
        list_url = reverse("api:conversations-conversation-list")
        conversation = Conversation.objects.filter(user=owner).first()
        detail_url = reverse("api:conversations-conversation-detail", args=[conversation.pk])
        for label, url, params in [
            ("list page_size=50", list_url, {"page_size": 50}),
            ("list status=completed", list_url, {"status": "completed"}),
            ("list created_after", list_url, {"created_after": "2026-03-01T00:00:00Z"}),
            ("detail with messages", detail_url, {}),
        ]:
            median, worst, queries = self._time(client, url, params, repeat)
            self.stdout.write(
                f"{label:<24} median {median:6.1f} ms  max {worst:6.1f} ms  {queries} queries"
            )
        with connection.cursor() as cur:
            cur.execute(
                "EXPLAIN SELECT id FROM conversations_conversation WHERE user_id = %s "
                "ORDER BY created_at DESC LIMIT 50",
                [owner.pk],
            )
            plan = " / ".join(row[0].strip() for row in cur.fetchall()[:3])
        self.stdout.write(f"plan (user list): {plan}")
