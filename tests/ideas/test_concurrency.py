"""Row locks in the service layer: two workers never both win one evaluation.

Each thread uses its own database connection (Django's are per thread) and closes it
at the end, which returns it to the psycopg pool.
"""

import threading
import time

import pytest
from django.db import close_old_connections, connection, transaction

from ideas import services
from ideas.choices import EvaluationStatus, IdeaStatus
from ideas.models import BusinessIdea, Evaluation
from tests.ideas.factories import EvaluationFactory

pytestmark = pytest.mark.django_db(transaction=True)


def in_thread(fn, results, key):
    def target():
        try:
            results[key] = ("ok", fn())
        except Exception as exc:  # noqa: BLE001 - the test inspects it
            results[key] = ("error", exc)
        finally:
            connection.close()

    return threading.Thread(target=target)


def test_second_claim_waits_for_the_first_and_is_refused():
    """A holds the claim open (uncommitted); B's claim must block on the row lock and,
    once A commits, see 'analyzing' and be refused. Without FOR UPDATE, B would read
    'pending' and claim it a second time."""
    evaluation = EvaluationFactory()
    a_claimed, results, timeline = threading.Event(), {}, {}

    def worker_a():
        with transaction.atomic():
            services.evaluation_claim(evaluation_id=evaluation.pk)
            a_claimed.set()
            time.sleep(0.5)  # B is now waiting on the lock
            timeline["a_commit"] = time.monotonic()
        return "claimed"

    def worker_b():
        a_claimed.wait(5)
        timeline["b_start"] = time.monotonic()
        try:
            return services.evaluation_claim(evaluation_id=evaluation.pk)
        finally:
            timeline["b_end"] = time.monotonic()

    threads = [in_thread(worker_a, results, "a"), in_thread(worker_b, results, "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    close_old_connections()

    assert results["a"] == ("ok", "claimed")
    kind, exc = results["b"]
    assert kind == "error" and isinstance(exc, services.InvalidTransition), exc
    assert "cannot go from 'analyzing' to 'analyzing'" in exc.message
    assert timeline["b_end"] >= timeline["a_commit"]  # B waited for A's commit
    evaluation.refresh_from_db()
    assert evaluation.status == EvaluationStatus.ANALYZING


@pytest.mark.parametrize("claimers", [2, 8])
def test_concurrent_claims_of_one_evaluation_exactly_one_wins(claimers):
    evaluation = EvaluationFactory()
    barrier, results = threading.Barrier(claimers), {}

    def claim():
        barrier.wait(5)
        return services.evaluation_claim(evaluation_id=evaluation.pk).started_at

    threads = [in_thread(claim, results, i) for i in range(claimers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(15)

    wins = [value for kind, value in results.values() if kind == "ok"]
    losses = [value for kind, value in results.values() if kind == "error"]
    assert len(wins) == 1, results
    assert len(losses) == claimers - 1
    assert all(isinstance(e, services.InvalidTransition) for e in losses), losses
    evaluation.refresh_from_db()
    assert evaluation.status == EvaluationStatus.ANALYZING
    assert evaluation.started_at == wins[0]  # the winner's write is the one stored
    assert BusinessIdea.objects.get(pk=evaluation.business_idea_id).status == IdeaStatus.EVALUATING


def test_claim_next_hands_each_evaluation_to_one_worker():
    evaluations = [EvaluationFactory() for _ in range(6)]
    workers, barrier, results = 10, threading.Barrier(10), {}

    def claim_next():
        barrier.wait(5)
        claimed = services.evaluation_claim_next()
        return claimed.pk if claimed else None

    threads = [in_thread(claim_next, results, i) for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(15)

    assert all(kind == "ok" for kind, _ in results.values()), results
    claimed = [pk for _, pk in results.values() if pk is not None]
    assert sorted(claimed) == sorted(e.pk for e in evaluations)  # each once, none lost
    assert Evaluation.objects.filter(status=EvaluationStatus.ANALYZING).count() == 6
