import random

import pytest
from django.db import connection

from portfolio import demo
from portfolio.models import PortfolioHolding, Transaction
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_demo_generate_fills_every_model_consistently():
    users = UserFactory.create_batch(40)
    counts = demo.generate(scale=1, rng=random.Random(3), users=users, progress=lambda n: None)
    with connection.cursor() as cur:
        cur.execute("SET CONSTRAINTS ALL IMMEDIATE")  # deferred allocation rule and FKs
    assert set(counts) >= {
        "portfolio.Basket",
        "portfolio.Transaction",
        "portfolio.PortfolioHolding",
        "portfolio.UserQuest",
        "portfolio.Notification",
    }
    assert counts["portfolio.Transaction"] == Transaction.objects.count() > 0
    # holdings equal the net of the generated settled trades
    for holding in PortfolioHolding.objects.all()[:50]:
        trades = Transaction.objects.filter(
            portfolio=holding.portfolio, asset_symbol=holding.asset_symbol
        )
        net = sum(t.quantity if t.transaction_type == "buy" else -t.quantity for t in trades)
        assert net == holding.quantity
