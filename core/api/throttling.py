"""API throttles: per API key, per user, per IP for anonymous callers and failed logins.

Rates are ``API_THROTTLE_RATES`` (settings; docs/operations.md). The counters live in
Django's cache (``CACHE_URL``): with several processes, point it at a shared cache
(redis, memcached or the database cache) or each process counts on its own.

- ``ApiKeyRateThrottle`` ("api_key"): requests authenticated by an API key, per key.
- ``UserRateThrottle`` ("user"): other authenticated requests (session), per user.
- ``AnonRateThrottle`` ("anon"): unauthenticated requests to open endpoints, per IP.
- ``FailedAuthThrottle`` ("failed_auth"): 401 answers, per IP. DRF authenticates (and
  refuses) before it throttles, so this one is checked by core.middleware before the
  view runs: a client over its budget gets a 429 without costing an Argon2 hash.
"""

from __future__ import annotations

import math

from django.conf import settings
from rest_framework import throttling


class SettingsRate:
    """Read the rate from settings.API_THROTTLE_RATES when used (DRF reads it at import)."""

    def get_rate(self):
        return settings.API_THROTTLE_RATES.get(self.scope)


class ApiKeyRateThrottle(SettingsRate, throttling.SimpleRateThrottle):
    scope = "api_key"

    def get_cache_key(self, request, view):
        prefix = getattr(request.auth, "prefix", None)
        if not prefix:
            return None
        return self.cache_format % {"scope": self.scope, "ident": prefix}


class UserRateThrottle(SettingsRate, throttling.UserRateThrottle):
    scope = "user"

    def get_cache_key(self, request, view):
        if getattr(request.auth, "prefix", None):  # counted per key instead
            return None
        if not request.user or not request.user.is_authenticated:
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.user.pk}


class AnonRateThrottle(SettingsRate, throttling.AnonRateThrottle):
    scope = "anon"


class FailedAuthThrottle(SettingsRate, throttling.SimpleRateThrottle):
    """Counts 401 answers per client IP; ``blocked_for`` says how long to wait, if at all."""

    scope = "failed_auth"

    def get_cache_key(self, request, view=None):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def _history(self, request):
        self.key = self.get_cache_key(request)
        self.history = self.cache.get(self.key, [])
        self.now = self.timer()
        while self.history and self.history[-1] <= self.now - self.duration:
            self.history.pop()

    def blocked_for(self, request) -> float | None:
        if self.rate is None:
            return None
        self._history(request)
        if len(self.history) >= self.num_requests:
            return self.wait()
        return None

    def record_failure(self, request) -> None:
        if self.rate is None:
            return
        self._history(request)
        self.history.insert(0, self.now)
        self.cache.set(self.key, self.history, self.duration)

    @staticmethod
    def response(wait: float):
        from core.api.exceptions import json_error  # not at import: DRF's settings import us

        seconds = max(1, math.ceil(wait))
        return json_error(
            429,
            f"Too many failed authentication attempts. Expected available in {seconds} seconds.",
            "throttled",
            headers={"Retry-After": str(seconds)},
        )
