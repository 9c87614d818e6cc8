"""Authentication by API key: ``Authorization: Api-Key <prefix>.<secret>``.

Every failure (unknown prefix, wrong secret, revoked, expired, inactive user)
is a 401 with the same message, so a caller learns nothing about which keys exist.
"""

from datetime import timedelta

from django.contrib.auth.backends import ModelBackend
from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from accounts.models import ApiKey

KEYWORD = "Api-Key"
LAST_USED_RESOLUTION = timedelta(minutes=1)


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
        api_key = ApiKey.objects.select_related("user").filter(prefix=prefix).first()
        if (
            api_key is None
            or not api_key.verify(key)
            or not api_key.is_usable
            or not api_key.user.is_active
        ):
            raise exceptions.AuthenticationFailed("Invalid API key.")
        now = timezone.now()
        if api_key.last_used_at is None or now - api_key.last_used_at > LAST_USED_RESOLUTION:
            # One UPDATE at most a minute per key, not a write on every request.
            ApiKey.objects.filter(pk=api_key.pk).update(last_used_at=now)
            api_key.last_used_at = now
        return api_key.user, api_key


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
