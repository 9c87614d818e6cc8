"""The JSON error body as an OpenAPI component, added to every operation.

``core.api.exceptions`` gives every error one shape: ``detail`` and ``code``, plus
``constraint`` and ``field`` when a database rule was broken, plus one key per field
(a list of messages) for validation errors. The postprocessing hook below declares
that shape once as ``components.schemas.ApiError`` and references it from
``components.responses``, so generated clients (clients/) get it typed. Responses an
operation already declares (``extend_schema(responses=...)``) are kept.
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

# (status, component name, description, applies to operation?)
_RESPONSES = [
    (
        "400",
        "BadRequest",
        "Invalid input: field errors, or a database rule (CHECK, NOT NULL, foreign key) "
        "broken, named in `constraint`.",
        lambda path, method: True,
    ),
    (
        "401",
        "Unauthorized",
        'No or an invalid API key (send "Authorization: Api-Key <prefix>.<secret>").',
        lambda path, method: True,
    ),
    (
        "403",
        "Forbidden",
        "Authenticated, but not allowed to do this.",
        lambda path, method: True,
    ),
    (
        "404",
        "NotFound",
        "No such object, or one this caller may not see (the two look the same).",
        lambda path, method: "{" in path,
    ),
    (
        "409",
        "Conflict",
        "The write conflicts with existing data: `constraint` names the UNIQUE or "
        "exclusion constraint.",
        lambda path, method: method in ("post", "put", "patch", "delete"),
    ),
    (
        "429",
        "TooManyRequests",
        "Throttled: retry after the `Retry-After` header's seconds.",
        lambda path, method: True,
    ),
    (
        "503",
        "ServiceUnavailable",
        "The service or its database is unavailable: retry later.",
        lambda path, method: True,
    ),
]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def add_error_responses(result, generator, request, public):
    """drf-spectacular postprocessing hook: ApiError and the error responses."""
    components = result.setdefault("components", {})
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
                if applies(path, method) and status not in declared:
                    declared[status] = {"$ref": f"#/components/responses/{name}"}
            operation["responses"] = dict(sorted(declared.items()))
    result["components"] = dict(sorted(components.items()))
    return result
