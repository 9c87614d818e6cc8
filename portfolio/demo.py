"""Demo data for portfolio at scale (``manage.py generate_demo_data``).

Everything comes from ``rng`` and BASE_TIME. The command runs all apps in one database
transaction, so the deferred allocation rule checks the published baskets at COMMIT.
Holdings are computed from the generated trades (the same arithmetic as
``services.record_trade``), so the ledger and the holdings agree.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from core.db.copy import CopySink
from portfolio import choices as c
from portfolio.models import (
    Achievement,
    AIExpert,
    AITip,
    AutoInvestRule,
    Basket,
    BasketAsset,
    BattlePass,
    Loan,
    LoanApplication,
    Notification,
    NotificationPreference,
    Portfolio,
    PortfolioHolding,
    Quest,
    RoundUpRule,
    Transaction,
    TransactionFee,
    UserAchievement,
    UserAIInteraction,
    UserBattlePass,
    UserLevel,
    UserQuest,
)

BATCH_SIZE = 5000
BASE_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
Q8 = Decimal("0.00000001")
PRICES = {
    "BTC": 61250,
    "ETH": 2310,
    "SOL": 145,
    "LINK": 14,
    "UNI": 7,
    "AAVE": 92,
    "MKR": 1450,
    "LDO": 2,
    "CRV": 1,
    "USDC": 1,
    "DAI": 1,
    "ARB": 1,
    "OP": 2,
    "AVAX": 27,
    "DOT": 6,
}
THEMES = ["Blue Chip", "DeFi", "Layer 1", "Stable", "Green", "Metaverse", "Infra", "Yield"]


def _time(rng, days=365):
    return BASE_TIME - dt.timedelta(seconds=rng.randrange(days * 86_400))


def _money(rng, low, high):
    return Decimal(rng.uniform(low, high)).quantize(Decimal("0.01"))


def _weights(rng, n):
    """n allocation percents (4 decimals) adding up to exactly 100."""
    raw = [rng.randint(1, 10) for _ in range(n)]
    parts = [(Decimal(100) * r / sum(raw)).quantize(Decimal("0.0001")) for r in raw]
    parts[0] += Decimal(100) - sum(parts)
    return parts


def generate(*, scale: int, rng, users: list, progress) -> dict[str, int]:
    tag = f"{rng.getrandbits(32):08x}"  # keeps two seeds' catalogue slugs apart
    counts: dict[str, int] = {}

    def save(model, rows):
        model.objects.bulk_create(rows, batch_size=BATCH_SIZE)
        counts[model._meta.label] = counts.get(model._meta.label, 0) + len(rows)
        progress(len(rows))
        return rows

    # --- catalogue -------------------------------------------------------------
    symbols = list(PRICES)
    baskets, assets = [], []
    for i in range(10 * scale):
        published = i % 5 != 4
        baskets.append(
            Basket(
                name=f"{THEMES[i % len(THEMES)]} {tag[:4].upper()}-{i}",
                slug=f"demo-{tag}-{i}",
                symbol=f"D{tag[:6].upper()}{i}"[:20],
                category=rng.choice(c.BasketCategory.values),
                risk_level=rng.choice(c.RiskLevel.values),
                chain=rng.choice(c.Chain.values),
                status=c.BasketStatus.PUBLISHED if published else c.BasketStatus.DRAFT,
                published_at=_time(rng) if published else None,
                min_investment=Decimal(rng.choice([1, 5, 10, 25])),
                management_fee_percent=Decimal(rng.choice(["0", "0.25", "0.5", "0.75"])),
                created_at=_time(rng),
                updated_at=BASE_TIME,
            )
        )
    save(Basket, baskets)
    for basket in baskets:
        picked = rng.sample(symbols, rng.randint(2, 6))
        for symbol, weight in zip(picked, _weights(rng, len(picked)), strict=True):
            assets.append(
                BasketAsset(
                    basket=basket, asset_symbol=symbol, asset_name=symbol, allocation_percent=weight
                )
            )
    save(BasketAsset, assets)
    published = [b for b in baskets if b.status == c.BasketStatus.PUBLISHED]

    quests = save(
        Quest,
        [
            Quest(
                slug=f"demo-{tag}-quest-{i}",
                title=f"Quest {i}: {rng.choice(['Invest', 'Learn', 'Save'])}",
                category=rng.choice(c.QuestCategory.values),
                frequency=rng.choice(c.QuestFrequency.values),
                target_count=rng.randint(1, 5),
                xp_reward=rng.choice([10, 50, 100, 250]),
            )
            for i in range(20 * scale)
        ],
    )
    achievements = save(
        Achievement,
        [
            Achievement(
                slug=f"demo-{tag}-badge-{i}",
                name=f"Badge {i}",
                category=rng.choice(c.AchievementCategory.values),
                tier=rng.choice(c.AchievementTier.values),
                xp_reward=rng.choice([50, 100, 500]),
            )
            for i in range(15 * scale)
        ],
    )
    # Seasons must not overlap any season already stored: a run's seasons sit in a
    # window chosen by its tag (dates far ahead are harmless for demo data).
    # 7,000 windows of 400 days stay below year 9999 (datetime's limit).
    slot = int(tag, 16) % 7_000
    window = BASE_TIME + dt.timedelta(days=400 * slot)
    passes = save(
        BattlePass,
        [
            BattlePass(
                season=10_000 + slot * 10 + i,
                name=f"Demo season {i}",
                starts_at=window + dt.timedelta(days=90 * i),
                ends_at=window + dt.timedelta(days=90 * (i + 1)),
                premium_price=Decimal("9.99"),
            )
            for i in range(4)
        ],
    )
    experts = save(
        AIExpert,
        [
            AIExpert(
                slug=f"demo-{tag}-expert-{i}",
                name=f"Expert {i}",
                specialty=rng.choice(c.ExpertSpecialty.values),
                model_name="gpt-4o-mini",
                risk_profile=rng.choice(c.RiskLevel.values),
                accuracy_percent=Decimal(rng.randint(40, 90)),
            )
            for i in range(5 * scale)
        ],
    )
    tips = []
    for i in range(30 * scale):
        when = _time(rng)
        tips.append(
            AITip(
                expert=rng.choice(experts),
                title=f"Tip {i}",
                content="Diversify; keep fees low.",
                category=rng.choice(c.TipCategory.values),
                basket=rng.choice(published),
                confidence_percent=Decimal(rng.randint(30, 95)),
                is_published=True,
                published_at=when,
                created_at=when,
                updated_at=when,
            )
        )
    save(AITip, tips)

    # --- per user: streamed through COPY, one batch in memory at a time ---------
    sink = CopySink(batch_size=BATCH_SIZE, progress=progress)
    portfolios = []
    for user in users:
        for n in range(1 + (rng.random() < 0.3)):
            portfolios.append(
                sink.row(
                    Portfolio,
                    user_id=user.pk,
                    name="Main" if n == 0 else "Side bets",
                    is_default=n == 0,
                    base_currency="USD",
                    created_at=_time(rng),
                    updated_at=BASE_TIME,
                )
            )

    for p in portfolios:
        holdings = {}  # this portfolio's positions, written after its trades
        for _ in range(rng.randint(1, 6)):
            basket = rng.choice(published) if rng.random() < 0.3 else None
            symbol = basket.symbol if basket else rng.choice(symbols)
            price = Decimal(PRICES.get(symbol, 100)) * Decimal(rng.uniform(0.8, 1.2))
            price = price.quantize(Q8)
            held = holdings.get(symbol)
            sell = held is not None and rng.random() < 0.25
            quantity = (
                (held[0] * Decimal("0.5")).quantize(Q8)
                if sell
                else (Decimal(rng.uniform(50, 2000)) / price).quantize(Q8)
            )
            if quantity <= 0:
                continue
            if sell:
                holdings[symbol] = (held[0] - quantity, held[1], held[2])
            else:
                q0, avg0, _ = held or (Decimal(0), Decimal(0), basket)
                holdings[symbol] = (
                    q0 + quantity,
                    ((q0 * avg0 + quantity * price) / (q0 + quantity)).quantize(Q8),
                    basket,
                )
            when = _time(rng)
            amount = (quantity * price).quantize(Q8)
            txn = sink.row(
                Transaction,
                user_id=p.user_id,
                portfolio_id=p.pk,
                basket=basket,
                asset_symbol=symbol,
                transaction_type=c.TransactionType.SELL if sell else c.TransactionType.BUY,
                status=c.TransactionStatus.SETTLED,
                quantity=quantity,
                price=price,
                amount=amount,
                settled_at=when,
                created_at=when,
                updated_at=when,
            )
            sink.row(
                TransactionFee,
                transaction_id=txn.pk,
                fee_type=c.FeeType.PLATFORM,
                amount=(amount * Decimal("0.001")).quantize(Q8),
                rate_percent=Decimal("0.1"),
            )
        for symbol, (q, avg, basket) in holdings.items():
            sink.row(
                PortfolioHolding,
                portfolio_id=p.pk,
                asset_symbol=symbol,
                basket=basket,
                quantity=q,
                average_cost=avg,
                last_transaction_at=BASE_TIME,
            )

    applications = []
    # The choices, read once (an enum's .values builds a new list on every call).
    ntypes, channels = c.NotificationType.values, c.NotificationChannel.values
    frequencies, purposes = c.NotificationFrequency.values, c.LoanPurpose.values
    for user in users:
        xp = rng.randint(0, 9000)
        streak = rng.randint(0, 30)
        sink.row(
            UserLevel,
            user_id=user.pk,
            level=1 + xp // 1000,
            experience_points=xp,
            current_streak_days=streak,
            longest_streak_days=streak + rng.randint(0, 20),
        )
        for quest in rng.sample(quests, min(3, len(quests))):
            done = rng.random() < 0.4
            sink.row(
                UserQuest,
                user_id=user.pk,
                quest=quest,
                period="once",
                status=c.QuestStatus.COMPLETED if done else c.QuestStatus.IN_PROGRESS,
                progress=quest.target_count if done else 0,
                completed_at=_time(rng) if done else None,
            )
        for badge in rng.sample(achievements, min(2, len(achievements))):
            sink.row(UserAchievement, user_id=user.pk, achievement=badge, earned_at=_time(rng))
        if rng.random() < 0.5:
            sink.row(
                UserBattlePass,
                user_id=user.pk,
                battle_pass=rng.choice(passes),
                current_tier=rng.randint(0, 20),
            )
        for _ in range(2):
            tip = rng.choice(tips)
            sink.row(
                UserAIInteraction,
                user_id=user.pk,
                expert_id=tip.expert_id,
                tip=tip,
                interaction_type=c.InteractionType.TIP_VIEWED,
                created_at=_time(rng),
            )
        for i in range(5):
            when = _time(rng, 60)
            sink.row(
                Notification,
                user_id=user.pk,
                notification_type=rng.choice(ntypes),
                title=f"Update {i}",
                sent_at=when,
                created_at=when,
                updated_at=when,
                read_at=when if rng.random() < 0.6 else None,
            )
        for ntype in rng.sample(ntypes, 3):
            sink.row(
                NotificationPreference,
                user_id=user.pk,
                notification_type=ntype,
                channel=rng.choice(channels),
                frequency=rng.choice(frequencies),
            )
        if rng.random() < 0.05:
            applications.append(
                LoanApplication(
                    user_id=user.pk,
                    requested_amount=_money(rng, 500, 20000),
                    term_months=rng.choice([6, 12, 24, 36]),
                    purpose=rng.choice(purposes),
                    status=c.LoanApplicationStatus.SUBMITTED,
                    submitted_at=_time(rng, 30),
                )
            )

    for p in portfolios:
        if rng.random() < 0.3:
            sink.row(
                AutoInvestRule,
                portfolio_id=p.pk,
                basket=rng.choice(published),
                amount=_money(rng, 10, 500),
                frequency=c.RuleFrequency.MONTHLY,
                day_of_month=rng.randint(1, 28),
            )
        if p.is_default and rng.random() < 0.2:
            sink.row(
                RoundUpRule, portfolio_id=p.pk, asset_symbol="BTC", multiplier=rng.randint(1, 3)
            )
    sink.flush()
    for label, n in sink.counts().items():
        counts[label] = counts.get(label, 0) + n

    # Half the applications were approved and became loans (~5% of users: kept as a list).
    loans = []
    for app in applications[: len(applications) // 2]:
        app.status = c.LoanApplicationStatus.APPROVED
        app.reviewed_at = app.submitted_at
        app.offered_interest_rate_percent = Decimal(rng.randint(4, 15))
    save(LoanApplication, applications)
    for app in applications[: len(applications) // 2]:
        loans.append(
            Loan(
                application=app,
                user_id=app.user_id,
                principal=app.requested_amount,
                interest_rate_percent=app.offered_interest_rate_percent,
                term_months=app.term_months,
                outstanding_balance=app.requested_amount,
            )
        )
    save(Loan, loans)
    return counts
