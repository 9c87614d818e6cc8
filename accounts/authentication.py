"""Authentication by API key: ``Authorization: Api-Key <prefix>.<secret>``.

Every failure (unknown prefix, wrong secret, revoked, expired, inactive user)
is a 401 with the same message, so a caller learns nothing about which keys exist.

A verified key is cached in process (``auth_cache``) with its user and the user's
products, so a request with a known key makes no query for authentication nor for the
product check. Every change that could refuse the key reaches every worker at once:
triggers (accounts migration 0004) ``NOTIFY api_auth`` on commit, and each process
keeps one listening connection that drops the entries named. The cache is used only
while that connection is up; a reconnect empties it. Expiry is checked on every
request against the cached ``expires_at``. See docs/apps/conversations.md (speed).
"""

import copy
import hashlib
import hmac
import logging
import os
import threading
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from accounts.models import ApiKey
from core.products import user_products

KEYWORD = "Api-Key"
LAST_USED_RESOLUTION = timedelta(minutes=1)
CHANNEL = "api_auth"  # accounts migration 0004
log = logging.getLogger(__name__)


@dataclass
class Entry:
    digest: bytes  # sha256 of the full key that verified (the slow hash ran once)
    api_key: ApiKey
    user: object  # with its products cached (core.products.user_products)
    cached_at: float


class AuthCache:
    """prefix -> Entry, for this process; emptied by notifications (see module doc).

    The process holds one connection that only LISTENs. Before the cache answers, the
    notifications already on that socket are read without waiting (a non-blocking
    libpq read: no query, no round trip), so a change committed before this request
    arrived is applied first. ``seq`` counts invalidations: a request that read a key
    from the database caches it only if no invalidation arrived meanwhile.
    """

    RETRY_SECONDS = 1.0

    def __init__(self):
        self.entries: dict[str, Entry] = {}
        self.lock = threading.Lock()
        self.seq = 0
        self.conn = None
        self.pid = None
        self.retry_at = 0.0

    # --- the listening connection --------------------------------------------
    def listening(self) -> bool:
        """Connect (once per process) and apply pending notifications; False if down."""
        with self.lock:
            if self.pid != os.getpid():  # forked (gunicorn): the parent's socket is not ours
                self.conn, self.pid = None, os.getpid()
                self._clear()
            if self.conn is None:
                if time.monotonic() < self.retry_at:
                    return False
                self._connect()
                if self.conn is None:
                    return False
            try:
                pgconn = self.conn.pgconn
                pgconn.consume_input()
                while (note := pgconn.notifies()) is not None:
                    self._invalidate(note.extra.decode())
                if pgconn.status != 0:  # CONNECTION_OK
                    raise ConnectionError("listener connection is not OK")
            except Exception:
                log.warning("API key cache listener lost its connection", exc_info=True)
                self._drop()
                return False
            return True

    def _connect(self) -> None:
        import psycopg

        from core.db.connect import connection_params

        params = connection_params(
            autocommit=True,
            application_name="api-key-cache",
            keepalives=1,
            keepalives_idle=10,
            keepalives_interval=5,
            keepalives_count=3,
        )
        try:
            self.conn = psycopg.connect(**params)
            self.conn.execute(f"LISTEN {CHANNEL}")
        except Exception:
            log.warning("API key cache listener cannot connect", exc_info=True)
            self._drop()
            return
        self._clear()  # whatever was missed before LISTEN

    def _drop(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            except Exception:  # noqa: S110 - already broken
                pass
        self.conn = None
        self.retry_at = time.monotonic() + self.RETRY_SECONDS
        self._clear()

    def shutdown(self) -> None:
        with self.lock:
            self._drop()
            self.retry_at = 0.0

    # --- the cache -------------------------------------------------------------
    def enabled(self) -> bool:
        return settings.API_KEY_CACHE_SECONDS > 0 and self.listening()

    def get(self, prefix: str, key: str):
        entry = self.entries.get(prefix)
        if entry is None:
            return None
        if time.monotonic() - entry.cached_at > settings.API_KEY_CACHE_SECONDS:
            self.entries.pop(prefix, None)
            return None
        if not hmac.compare_digest(entry.digest, hashlib.sha256(key.encode()).digest()):
            return None  # a wrong secret goes the slow way (and fails there)
        return entry

    def put(self, prefix: str, key: str, api_key, user, seq: int) -> None:
        entry = Entry(hashlib.sha256(key.encode()).digest(), api_key, user, time.monotonic())
        if not self.listening():  # reads what arrived while the key was being read
            return
        with self.lock:
            if seq == self.seq:
                self.entries[prefix] = entry

    def invalidate(self, payload: str = "all") -> None:
        with self.lock:
            self._invalidate(payload)

    def _clear(self) -> None:
        self.seq += 1
        self.entries.clear()

    def _invalidate(self, payload: str) -> None:
        self.seq += 1
        kind, _, value = payload.partition(":")
        if kind == "key":
            self.entries.pop(value, None)
        elif kind == "user":
            for prefix in [p for p, e in self.entries.items() if str(e.user.pk) == value]:
                del self.entries[prefix]
        else:
            self.entries.clear()


auth_cache = AuthCache()


class ApiKeyAuthentication(authentication.BaseAuthentication):
    keyword = KEYWORD

    def authenticate_header(self, request):
        return self.keyword

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode("latin-1")
        scheme, _, key = header.partition(" ")
        if scheme.lower() != self.keyword.lower():
            return None
        key = key.strip()
        prefix, dot, secret = key.partition(".")
        if not (prefix and dot and secret):
            raise exceptions.AuthenticationFailed("Invalid API key.")
        cached = auth_cache.enabled()
        if cached:
            entry = auth_cache.get(prefix, key)
            if entry is not None and not entry.api_key.is_expired:
                self.touch(entry.api_key)
                return copy.copy(entry.user), entry.api_key
            seq = auth_cache.seq
        api_key = ApiKey.objects.select_related("user").filter(prefix=prefix).first()
        if (
            api_key is None
            or not api_key.verify(key)
            or not api_key.is_usable
            or not api_key.user.is_active
        ):
            raise exceptions.AuthenticationFailed("Invalid API key.")
        self.touch(api_key)
        if cached:
            user_products(api_key.user)  # cached on the user, with it
            auth_cache.put(prefix, key, api_key, api_key.user, seq)
            return copy.copy(api_key.user), api_key
        return api_key.user, api_key

    @staticmethod
    def touch(api_key) -> None:
        now = timezone.now()
        if api_key.last_used_at is None or now - api_key.last_used_at > LAST_USED_RESOLUTION:
            # One UPDATE at most a minute per key, not a write on every request.
            ApiKey.objects.filter(pk=api_key.pk).update(last_used_at=now)
            api_key.last_used_at = now


class EmailBackend(ModelBackend):
    """Log in by email, case-insensitively (the database holds email unique on lower(email))."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        from accounts.models import User

        email = username or kwargs.get(User.USERNAME_FIELD)
        if not email or password is None:
            return None
        user = User.objects.filter(email__iexact=email).exclude(email="").first()
        if user is None:
            User().set_password(password)  # same cost as a real check (timing)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None


class ApiKeyAuthenticationScheme(OpenApiAuthenticationExtension):
    """Documents the API key header in the OpenAPI schema."""

    target_class = "accounts.authentication.ApiKeyAuthentication"
    name = "ApiKeyAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": 'Send "Api-Key <prefix>.<secret>".',
        }
