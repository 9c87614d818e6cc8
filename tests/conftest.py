"""Shared fixtures. App-specific fixtures live in tests/<app>/conftest.py."""

import pytest
from rest_framework.test import APIClient

from core.products import PRODUCTS
from tests.accounts.factories import ApiKeyFactory, StaffUserFactory, UserFactory
from tests.utils import client_for


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Argon2 is deliberately slow; tests hash with MD5 unless a test asks for Argon2."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def fresh_throttle_counters():
    """Throttle counters live in the cache, which outlives a test: start each test at zero."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def user(db):
    """An ordinary user holding every product."""
    return UserFactory(products=PRODUCTS)


@pytest.fixture
def other_user(db):
    return UserFactory(products=PRODUCTS)


@pytest.fixture
def staff_user(db):
    return StaffUserFactory()


@pytest.fixture
def api_client(user):
    """An API client authenticated as ``user`` (force_authenticate: no auth queries)."""
    return client_for(user)


@pytest.fixture
def other_client(other_user):
    return client_for(other_user)


@pytest.fixture
def staff_client(staff_user):
    return client_for(staff_user)


@pytest.fixture
def anon_client():
    return APIClient()


@pytest.fixture
def api_key(user):
    """An ApiKey row for ``user``; ``api_key.key`` is the full secret."""
    return ApiKeyFactory(user=user)


@pytest.fixture
def admin_client_logged_in(client, staff_user):
    client.force_login(staff_user)
    return client
