"""The edges of every request: request id and access log, metrics, and API errors as JSON.

``RequestIdMiddleware`` (first in MIDDLEWARE) takes ``X-Request-ID`` from the caller
when it is a sane token, or makes one, returns it on the response, puts it on every log
record of the request (core.logging), logs one structured access line, and counts the
request for /metrics (core.metrics).

``ApiEdgeMiddleware`` (second) keeps the promise that an error under ``/api/`` is JSON:

- before the view: a URL longer than ``API_MAX_URL_BYTES`` (414), a body declared larger
  than ``API_MAX_BODY_BYTES`` (413, naming the limit), a client over its failed
  authentication budget (429 with Retry-After, before any password hashing), a missing
  trailing slash (a JSON 301 for GET/HEAD, a JSON 404 naming the right URL otherwise:
  a redirect would drop the body);
- exceptions from any view: the database unreachable -> 503 with Retry-After (JSON
  under /api/, a plain page elsewhere, the admin included); an oversize body -> 413;
- any error response Django itself rendered as HTML under /api/ (404 for unknown routes
  and ids with ``/`` or ``.``, 400 for a bad Host, 403 CSRF, ...) -> the same status
  as JSON;
- API responses get ``Cache-Control: no-store`` (they carry private data and secrets).
"""

from __future__ import annotations

import logging
import re
import time
import uuid

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.urls import is_valid_path
from django.utils.cache import patch_cache_control

from core import metrics
from core.api.exceptions import (
    DATABASE_UNAVAILABLE,
    body_too_large_response,
    database_unavailable_response,
    json_error,
)
from core.logging import request_id_var

access_log = logging.getLogger("core.access")
logger = logging.getLogger(__name__)

REQUEST_ID_HEADER = "X-Request-ID"
_REQUEST_ID_OK = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
API_PREFIX = "/api/"


def is_api(request) -> bool:
    return request.path_info.startswith(API_PREFIX)


def route_of(request) -> str:
    match = getattr(request, "resolver_match", None)
    return (match.view_name or match.route) if match else "<unmatched>"


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = incoming if _REQUEST_ID_OK.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            elapsed = time.perf_counter() - started
            response[REQUEST_ID_HEADER] = request_id
            route = route_of(request)
            metrics.REQUESTS.labels(request.method, route, str(response.status_code)).inc()
            metrics.LATENCY.labels(request.method, route).observe(elapsed)
            access_log.info(
                "%s %s %s",
                request.method,
                request.path,
                response.status_code,
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round(elapsed * 1000, 2),
                    "route": route,
                },
            )
            return response
        finally:
            request_id_var.reset(token)


def unavailable_page() -> HttpResponse:
    response = HttpResponse(
        "<!doctype html><title>503 Service unavailable</title>"
        "<h1>Service unavailable</h1><p>The database is not answering. "
        "Please try again in a few seconds.</p>",
        status=503,
        content_type="text/html; charset=utf-8",
    )
    response["Retry-After"] = str(settings.DB_UNAVAILABLE_RETRY_AFTER_SECONDS)
    return response


def unavailable_for(request):
    return database_unavailable_response() if is_api(request) else unavailable_page()


class ApiEdgeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_api(request):
            early = self.before_view(request)
            if early is not None:
                return self.after(request, early)
        response = self.get_response(request)
        return self.after(request, response)

    # --- before the view -------------------------------------------------------
    def before_view(self, request):
        url_bytes = len(request.get_full_path().encode())
        if url_bytes > settings.API_MAX_URL_BYTES:
            return json_error(
                414,
                f"URL too long: the limit is {settings.API_MAX_URL_BYTES} bytes.",
                "uri_too_long",
            )
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return json_error(400, "Malformed Content-Length header.", "bad_request")
        if length > settings.API_MAX_BODY_BYTES:
            return body_too_large_response()
        from core.api.throttling import FailedAuthThrottle

        wait = FailedAuthThrottle().blocked_for(request)
        if wait is not None:
            return FailedAuthThrottle.response(wait)
        path = request.path_info
        if not path.endswith("/"):
            urlconf = getattr(request, "urlconf", None)
            if not is_valid_path(path, urlconf) and is_valid_path(path + "/", urlconf):
                target = request.path + "/"
                if request.META.get("QUERY_STRING"):
                    target += "?" + request.META["QUERY_STRING"]
                detail = f"Not found: the URL needs a trailing slash ({target})."
                if request.method in ("GET", "HEAD"):
                    response = HttpResponsePermanentRedirect(target)
                    response.content = json_error(301, detail, "trailing_slash").content
                    response["Content-Type"] = "application/json"
                    return response
                return json_error(404, detail, "trailing_slash", location=target)
        return None

    # --- exceptions from views -----------------------------------------------
    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_UNAVAILABLE):
            metrics.ERRORS.labels(exception.__class__.__name__).inc()
            logger.warning(
                "database unavailable: %s",
                exception.__class__.__name__,
                extra={"path": request.path},
            )
            return unavailable_for(request)
        if isinstance(exception, RequestDataTooBig) and is_api(request):
            return body_too_large_response()
        metrics.ERRORS.labels(exception.__class__.__name__).inc()
        return None

    # --- every response ------------------------------------------------------
    def after(self, request, response):
        if not is_api(request):
            return response
        if response.status_code == 401:
            from core.api.throttling import FailedAuthThrottle

            FailedAuthThrottle().record_failure(request)
        if response.status_code >= 400 and not _is_json(response):
            response = self.as_json(response)
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, no_store=True, private=True)
        return response

    @staticmethod
    def as_json(response):
        from http import HTTPStatus

        try:
            phrase = HTTPStatus(response.status_code).phrase
        except ValueError:
            phrase = "Error"
        code = phrase.lower().replace(" ", "_").replace("-", "_")
        detail = {404: "Not found."}.get(response.status_code, f"{phrase}.")
        new = json_error(response.status_code, detail, code)
        for header in ("Retry-After", "Allow", "WWW-Authenticate", "Location", "Vary"):
            if response.has_header(header):
                new[header] = response[header]
        return new


def _is_json(response) -> bool:
    return response.get("Content-Type", "").startswith(("application/json", "application/problem"))


def server_error(request, *args, **kwargs):
    """handler500: called while the exception is being handled, so sys.exc_info() has it.

    Catches what escaped outside a view (a session saved during an outage, a middleware
    query): the database down is a 503, anything else a 500, JSON under /api/.
    """
    import sys

    from django.views.defaults import server_error as default_server_error

    exc = sys.exc_info()[1]
    if isinstance(exc, DATABASE_UNAVAILABLE):
        return unavailable_for(request)
    if is_api(request):
        return json_error(500, "Server error.", "server_error")
    return default_server_error(request, *args, **kwargs)
