"""Demo data for accounts at scale (manage.py generate_demo_data).

``make_users`` creates the users every app's generator receives; ``generate`` adds
profiles, preferences and API keys for them. Everything comes from ``rng`` and a
fixed base time, so the same ``--seed`` gives the same rows (``updated_at`` is set
by Django on save and is the one exception).

Demo users have an unusable password (hashing one per user would dominate the run)
and demo API keys a placeholder hash, so neither can authenticate: issue a real key
for any demo user with ``manage.py create_api_key <email>``.
"""

from __future__ import annotations

import datetime as dt
import string
import uuid

from accounts.choices import InvestmentExperience, KycStatus, RiskTolerance, Theme, UserStatus
from accounts.models import ApiKey, User, UserPreferences, UserProfile
from core.db.copy import CopySink, Row

USERS_PER_SCALE = 1000
BATCH_SIZE = 5000
BASE_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
UNUSABLE_PASSWORD = "!demo-user-without-password"  # "!" prefix: Django never matches it
DEMO_EMAIL_DOMAIN = "demo.example.com"

FIRST_NAMES = (
    "Ada Alan Amara Ana Ben Carla Chen Dana Diego Elena Emeka Farah Grace Hana Ivan Jonas "
    "Kai Lena Luis Maya Mei Nadia Noah Omar Priya Quinn Rafael Sara Sven Tariq Uma Vera "
    "Wen Ximena Yara Yusuf Zoe"
).split()
LAST_NAMES = (
    "Abe Baker Costa Diaz Eriksen Fischer Garcia Haddad Ito Jensen Kim Lopez Mensah Novak "
    "Okafor Patel Quispe Rossi Silva Tanaka Usman Varga Weber Xu Yilmaz Zhang"
).split()
COUNTRIES = ["US", "GB", "DE", "FR", "NG", "IN", "JP", "BR", "CA", "AU", ""]
CURRENCIES = ["USD", "EUR", "GBP", "JPY", "INR", "BRL"]
LANGUAGES = ["en", "en-GB", "de", "fr", "ja", "pt-BR", "es"]
TIMEZONES = ["UTC", "America/New_York", "Europe/London", "Europe/Berlin", "Asia/Tokyo"]
ALNUM = string.ascii_letters + string.digits


def demo_uuid(rng) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def demo_time(rng, *, days: int = 365) -> dt.datetime:
    """A moment in the `days` before BASE_TIME, from rng only."""
    return BASE_TIME - dt.timedelta(seconds=rng.randrange(days * 86_400))


def make_users(*, scale: int, rng, progress) -> list[Row]:
    """COPY USERS_PER_SCALE * scale users; return them (every app gets this list: the one
    list of rows the run keeps, as ``Row``s: ``user.pk``, ``user.email``, ...)."""
    tag = f"{rng.getrandbits(32):08x}"  # keeps two seeds' emails apart
    statuses = [UserStatus.ACTIVE] * 17 + [
        UserStatus.PENDING_VERIFICATION,
        UserStatus.SUSPENDED,
        UserStatus.DEACTIVATED,
    ]
    users = []
    sink = CopySink(batch_size=BATCH_SIZE, progress=progress)
    for n in range(USERS_PER_SCALE * scale):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        clerk = rng.random() < 0.3
        email = f"{first}.{last}.{n}.{tag}@{DEMO_EMAIL_DOMAIN}".lower()
        if clerk and rng.random() < 0.1:
            email = ""  # a Clerk-only user (seed 000: email optional)
        wallet = "0x" + f"{rng.getrandbits(160):040x}" if rng.random() < 0.2 else None
        status = rng.choice(statuses)
        user = sink.row(
            User,
            id=demo_uuid(rng),
            email=email,
            first_name=first,
            last_name=last,
            clerk_id=f"user_demo_{tag}_{n}" if clerk else None,
            wallet_address=wallet,
            status=status,
            is_active=status != UserStatus.DEACTIVATED,
            password=UNUSABLE_PASSWORD,
            created_at=demo_time(rng, days=730),
        )
        users.append(user)
    sink.flush()
    return users


def generate(*, scale: int, rng, users: list, progress) -> dict[str, int]:
    """Profiles for ~70% of users, preferences for ~80%, 0-3 API keys each (~40% have one)."""
    sink = CopySink(batch_size=BATCH_SIZE, progress=progress)
    # The choices, read once (an enum's .values builds a new list on every call).
    risks, experiences = RiskTolerance.values, InvestmentExperience.values
    kyc_statuses, themes = KycStatus.values, Theme.values
    for user in users:
        joined = user.created_at
        if rng.random() < 0.7:
            sink.row(
                UserProfile,
                user_id=user.pk,
                display_name=f"{user.first_name.lower()}{rng.randrange(1000)}",
                bio=rng.choice(["", "Long-term investor.", "Researcher.", "Builder of things."]),
                country=rng.choice(COUNTRIES),
                date_of_birth=dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(20_000)),
                risk_tolerance=rng.choice(risks),
                investment_experience=rng.choice(experiences),
                kyc_status=rng.choice(kyc_statuses),
                created_at=joined,
            )
        if rng.random() < 0.8:
            sink.row(
                UserPreferences,
                user_id=user.pk,
                currency=rng.choice(CURRENCIES),
                language=rng.choice(LANGUAGES),
                timezone=rng.choice(TIMEZONES),
                theme=rng.choice(themes),
                email_notifications=rng.random() < 0.8,
                push_notifications=rng.random() < 0.5,
                marketing_opt_in=rng.random() < 0.2,
                settings={"dashboard": {"default_range": rng.choice(["1D", "1W", "1M", "1Y"])}},
                created_at=joined,
            )
        if rng.random() < 0.4:
            for k in range(rng.choice([1, 1, 1, 2, 3])):
                prefix = "".join(rng.choices(ALNUM, k=12))
                created = joined + dt.timedelta(seconds=rng.randrange(86_400 * 30))
                sink.row(
                    ApiKey,
                    id=demo_uuid(rng),
                    user_id=user.pk,
                    name=f"demo key {k + 1}",
                    prefix=prefix,
                    key_hash=f"!demo-placeholder-{prefix}",
                    created_at=created,
                    expires_at=created + dt.timedelta(days=365) if rng.random() < 0.5 else None,
                    revoked_at=created + dt.timedelta(days=30) if rng.random() < 0.1 else None,
                )
    sink.flush()
    return {
        model._meta.label: sink.count(model) for model in (UserProfile, UserPreferences, ApiKey)
    }
