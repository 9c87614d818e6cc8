"""The JSON error body as an OpenAPI component, added to every operation.

``core.api.exceptions`` gives every error one shape: ``detail`` and ``code``, plus
``constraint`` and ``field`` when a database rule was broken, plus one key per field
(a list of messages) for validation errors. The postprocessing hook below declares
that shape once as ``components.schemas.ApiError`` and references it from
``components.responses``, so generated clients (clients/) get it typed. Responses an
operation already declares (``extend_schema(responses=...)``) are kept.

Which statuses an operation lists is what it can really answer (a 404 on a route with
an id or a paginated list, a 409 on a write, a 413 on a body);
``tests/schema/test_conformance.py`` holds every route's real responses to it.
"""

ERROR_COMPONENT = "ApiError"
_ERROR_REF = {"$ref": f"#/components/schemas/{ERROR_COMPONENT}"}

ERROR_SCHEMA = {
    "type": "object",
    "description": (
        "Every API error. `detail` says what went wrong and `code` is stable for programs "
        "(`not_found`, `invalid`, `conflict`, `constraint_violation`, `invalid_data`, "
        "`not_authenticated`, `permission_denied`, `throttled`, ...). A broken database "
        "rule names it in `constraint` (and the column in `field`). Validation errors "
        "(400) carry one key per field with a list of messages, `non_field_errors` for "
        "rules spanning fields, and a nested object for nested fields."
    ),
    "properties": {
        "detail": {"type": "string", "description": "A human-readable message."},
        "code": {"type": "string", "description": "A stable, machine-readable error code."},
        "constraint": {
            "type": "string",
            "description": "The PostgreSQL constraint that rejected the write (400, 409).",
        },
        "limit_bytes": {
            "type": "integer",
            "description": "The body limit in bytes (413).",
        },
        "field": {"type": "string", "description": "The column or field concerned."},
        "non_field_errors": {
            "type": "array",
            "items": {"type": "string"},
            "description": "Validation messages that concern no single field.",
        },
    },
    "additionalProperties": {
        "description": "Field errors: a list of messages, or an object for a nested field."
    },
    "example": {"name": ["This field is required."]},
}


def _paginated(operation) -> bool:
    """A page-number or cursor list: an unknown page or a bad cursor is a 404."""
    names = {p.get("name") for p in operation.get("parameters", []) if p.get("in") == "query"}
    return bool(names & {"page", "cursor"})


# (status, component name, description, applies to operation?)
_RESPONSES = [
    (
        "400",
        "BadRequest",
        "Invalid input: field errors, or a database rule (CHECK, NOT NULL, foreign key) "
        "broken, named in `constraint`.",
        lambda path, method, operation: True,
    ),
    (
        "401",
        "Unauthorized",
        'No or an invalid API key (send "Authorization: Api-Key <prefix>.<secret>").',
        lambda path, method, operation: True,
    ),
    (
        "403",
        "Forbidden",
        "Authenticated, but not allowed to do this.",
        lambda path, method, operation: True,
    ),
    (
        "404",
        "NotFound",
        "No such object, or one this caller may not see (the two look the same); on a "
        "list, no such page or an invalid cursor.",
        lambda path, method, operation: "{" in path or _paginated(operation),
    ),
    (
        "409",
        "Conflict",
        "The write conflicts with existing data: `constraint` names the UNIQUE or "
        "exclusion constraint.",
        lambda path, method, operation: method in ("post", "put", "patch", "delete"),
    ),
    (
        "413",
        "PayloadTooLarge",
        "The body is larger than the API's limit (`API_MAX_BODY_BYTES`, named in `limit_bytes`).",
        lambda path, method, operation: "requestBody" in operation,
    ),
    (
        "429",
        "TooManyRequests",
        "Throttled: retry after the `Retry-After` header's seconds.",
        lambda path, method, operation: True,
    ),
    (
        "503",
        "ServiceUnavailable",
        "The service or its database is unavailable: retry later.",
        lambda path, method, operation: True,
    ),
]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


# DRF writes a time of day as ``HH:MM[:SS[.ffffff]]`` with no UTC offset (the columns are
# PostgreSQL ``time``), but JSON Schema's ``format: time`` is RFC 3339's full-time, which
# requires one: the schema says what is sent.
PARTIAL_TIME = {
    "type": "string",
    "format": "partial-time",
    "pattern": r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?$",
}


def _times_without_offset(node):
    if isinstance(node, dict):
        if node.get("type") == "string" and node.get("format") == "time":
            node.update(PARTIAL_TIME)
        for value in node.values():
            _times_without_offset(value)
    elif isinstance(node, list):
        for value in node:
            _times_without_offset(value)


def add_error_responses(result, generator, request, public):
    """drf-spectacular postprocessing hook: ApiError and the error responses (and times
    of day as they are written)."""
    components = result.setdefault("components", {})
    _times_without_offset(components.get("schemas", {}))
    components.setdefault("schemas", {})[ERROR_COMPONENT] = ERROR_SCHEMA
    responses = components.setdefault("responses", {})
    for _status, name, description, _applies in _RESPONSES:
        responses[name] = {
            "description": description,
            "content": {"application/json": {"schema": _ERROR_REF}},
        }
    for path, item in result.get("paths", {}).items():
        for method, operation in item.items():
            if method not in _METHODS:
                continue
            declared = operation.setdefault("responses", {})
            for status, name, _description, applies in _RESPONSES:
                if applies(path, method, operation) and status not in declared:
                    declared[status] = {"$ref": f"#/components/responses/{name}"}
            operation["responses"] = dict(sorted(declared.items()))
    result["components"] = dict(sorted(components.items()))
    return result
