"""API errors are always JSON.

- Django's Http404 / ObjectDoesNotExist -> 404 ``{"detail": ...}``
- Django's ValidationError -> 400 with field messages
- A database constraint violation that slipped past validation -> 400
  (CHECK, NOT NULL, foreign key) or 409 (UNIQUE, exclusion), naming the rule,
  never a 500.
- Domain errors (``core.errors.DomainError`` subclasses) -> their status.
"""

import logging

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError, IntegrityError
from django.http import Http404
from psycopg import errors as pg_errors
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from core.errors import DomainError

logger = logging.getLogger(__name__)

_CONFLICT = (pg_errors.UniqueViolation, pg_errors.ExclusionViolation)


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
