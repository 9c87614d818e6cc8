"""API errors are always JSON.

- Django's Http404 / ObjectDoesNotExist -> 404 ``{"detail": ...}``
- Django's ValidationError -> 400 with field messages
- A database constraint violation that slipped past validation -> 400
  (CHECK, NOT NULL, foreign key) or 409 (UNIQUE, exclusion), naming the rule,
  never a 500.
- Domain errors (``core.errors.DomainError`` subclasses) -> their status.
- The database unreachable (OperationalError, a pool timeout) -> 503 with Retry-After.
- A body over ``API_MAX_BODY_BYTES`` -> 413 naming the limit; JSON nested too deep -> 400.

``json_error`` builds every error body outside DRF's views too (core.middleware uses it
for errors Django raises before or after the view: unknown routes, bad Host, oversize
bodies, throttled failed authentication, the database down), so an error under /api/
is always JSON of one shape: ``{"detail": ..., "code": ...}``.
"""

import logging

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError, IntegrityError, InterfaceError, OperationalError
from django.http import Http404, JsonResponse
from psycopg import errors as pg_errors
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from core.errors import DomainError

logger = logging.getLogger(__name__)

_CONFLICT = (pg_errors.UniqueViolation, pg_errors.ExclusionViolation)
# What "the database is not answering" raises: Django wraps psycopg's OperationalError
# (connection refused, server gone, psycopg_pool.PoolTimeout) in its own.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError, pg_errors.OperationalError)
UNAVAILABLE_DETAIL = "The database is unavailable; try again shortly."


def json_error(http_status: int, detail: str, code: str, *, headers=None, **extra) -> JsonResponse:
    """The one error body: ``{"detail", "code", **extra}`` as a JsonResponse."""
    response = JsonResponse({"detail": detail, "code": code, **extra}, status=http_status)
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def database_unavailable_response() -> JsonResponse:
    return json_error(
        503,
        UNAVAILABLE_DETAIL,
        "database_unavailable",
        headers={"Retry-After": str(settings.DB_UNAVAILABLE_RETRY_AFTER_SECONDS)},
    )


def body_too_large_response() -> JsonResponse:
    limit = settings.API_MAX_BODY_BYTES
    return json_error(
        413,
        f"Request body too large: the limit is {limit} bytes.",
        "body_too_large",
        limit_bytes=limit,
    )


def integrity_error_response(exc: Exception) -> Response:
    cause = exc.__cause__
    diag = getattr(cause, "diag", None)
    constraint = getattr(diag, "constraint_name", None)
    column = getattr(diag, "column_name", None)
    message = getattr(diag, "message_primary", None) or str(exc).splitlines()[0]
    if isinstance(cause, _CONFLICT):
        code, http_status = "conflict", status.HTTP_409_CONFLICT
    else:
        code, http_status = "constraint_violation", status.HTTP_400_BAD_REQUEST
    body = {"detail": message, "code": code}
    if constraint:
        body["constraint"] = constraint
    if column:
        body["field"] = column
    return Response(body, status=http_status)


def api_exception_handler(exc, context):
    if isinstance(exc, DATABASE_UNAVAILABLE):
        logger.warning("database unavailable: %s", exc.__class__.__name__)
        return database_unavailable_response()
    if isinstance(exc, RequestDataTooBig):
        return body_too_large_response()
    if isinstance(exc, DomainError):
        body = {"detail": exc.message, "code": exc.code}
        if exc.field:
            body = {exc.field: [exc.message], "detail": exc.message, "code": exc.code}
        return Response(body, status=exc.status_code)
    if isinstance(exc, DjangoValidationError):
        detail = (
            exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        )
        exc = exceptions.ValidationError(detail=detail)
    elif isinstance(exc, ObjectDoesNotExist) and not isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, IntegrityError):
        logger.info("integrity error mapped to a client error: %s", exc)
        return integrity_error_response(exc)
    elif isinstance(exc, DataError):
        return Response(
            {"detail": str(exc).splitlines()[0], "code": "invalid_data"},
            status=status.HTTP_400_BAD_REQUEST,
        )
    return exception_handler(exc, context)
