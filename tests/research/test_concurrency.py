"""Two transactions that each write half of a cycle cannot both commit."""

import threading

import pytest
from django.db import (
    IntegrityError,
    OperationalError,
    close_old_connections,
    connection,
    transaction,
)

from research.models import Definition
from tests.research.factories import DefinitionFactory


@pytest.mark.django_db(transaction=True)
def test_concurrent_half_cycles_cannot_both_commit():
    a = DefinitionFactory(name="a")
    b = DefinitionFactory(name="b")
    barrier = threading.Barrier(2, timeout=10)
    outcomes = {}

    def reparent(name, child_id, parent_id):
        try:
            with transaction.atomic():
                with connection.cursor() as cur:
                    cur.execute("SET LOCAL lock_timeout = '10s'")
                barrier.wait()  # both transactions are open before either writes
                Definition.objects.filter(pk=child_id).update(parent_id=parent_id)
            outcomes[name] = "committed"
        except (IntegrityError, OperationalError) as exc:
            outcomes[name] = type(exc.__cause__).__name__
        finally:
            close_old_connections()
            connection.close()

    threads = [
        threading.Thread(target=reparent, args=("a->b", a.pk, b.pk)),
        threading.Thread(target=reparent, args=("b->a", b.pk, a.pk)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)

    assert sorted(outcomes.values()).count("committed") == 1, outcomes
    failure = next(v for v in outcomes.values() if v != "committed")
    assert failure in ("CheckViolation", "DeadlockDetected"), outcomes
    a.refresh_from_db()
    b.refresh_from_db()
    assert not (a.parent_id == b.pk and b.parent_id == a.pk)


@pytest.mark.django_db(transaction=True)
def test_concurrent_fork_under_a_node_being_reparented_below_it_is_refused():
    """T1 inserts x under c; T2 moves c under x. Whichever writes second fails."""
    c = DefinitionFactory(name="c")
    results = {}
    inserted = threading.Event()
    import uuid

    x_id = uuid.uuid4()

    def insert_x():
        try:
            with transaction.atomic():
                Definition.objects.create(id=x_id, name="x", content={}, parent_id=c.pk)
                inserted.set()
                # keep the transaction open while T2 tries to reparent c below x
                threading.Event().wait(0.5)
            results["insert"] = "committed"
        except (IntegrityError, OperationalError) as exc:
            results["insert"] = type(exc.__cause__).__name__
        finally:
            connection.close()

    def move_c():
        inserted.wait(5)
        try:
            with transaction.atomic():
                Definition.objects.filter(pk=c.pk).update(parent_id=x_id)
            results["move"] = "committed"
        except (IntegrityError, OperationalError) as exc:
            results["move"] = type(exc.__cause__).__name__
        finally:
            connection.close()

    threads = [threading.Thread(target=insert_x), threading.Thread(target=move_c)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert results["insert"] == "committed", results
    assert results["move"] == "CheckViolation", results
