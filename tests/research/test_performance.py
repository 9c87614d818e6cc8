"""SC-003: the recursive CTE returns a 10-level ancestry in under 100 ms.

The benchmark for 1,000 levels and a 100,000-node tree is benchmarks/research_tree.py.
"""

import time

import pytest

from research.models import Definition
from tests.research.factories import DefinitionFactory

pytestmark = pytest.mark.django_db


def test_sc003_ten_level_ancestry_under_100_ms():
    node = DefinitionFactory()
    for _ in range(10):
        node = DefinitionFactory(parent=node)
    list(Definition.objects.ancestors(node.pk))  # warm the connection and plan cache
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        rows = list(Definition.objects.ancestors(node.pk))
        timings.append(time.perf_counter() - started)
    assert len(rows) == 10
    assert [r.depth for r in rows] == list(range(1, 11))
    assert min(timings) < 0.1
