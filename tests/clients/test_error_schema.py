"""The JSON error body is an OpenAPI component on every operation, and real errors match it.

This runs in the default suite (no live server): the generated clients type errors from
``components.schemas.ApiError`` (core.api.schema), so the schema must say it and the
bodies the API really sends must fit it.
"""

import uuid

import jsonschema
import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction
from drf_spectacular.generators import SchemaGenerator
from rest_framework import exceptions
from rest_framework.test import APIClient

from accounts.models import User
from core.api.exceptions import api_exception_handler, integrity_error_response
from core.api.schema import ERROR_COMPONENT, ERROR_SCHEMA, add_error_responses

WRITE_METHODS = {"post", "put", "patch", "delete"}
METHODS = {"get", "post", "put", "patch", "delete"}


@pytest.fixture(scope="module")
def schema():
    return SchemaGenerator().get_schema(request=None, public=True)


def resolve(schema, response):
    name = response["$ref"].rsplit("/", 1)[-1]
    return schema["components"]["responses"][name]


def test_every_operation_declares_the_typed_error_responses(schema):
    assert schema["components"]["schemas"][ERROR_COMPONENT] == ERROR_SCHEMA
    operations = 0
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            operations += 1
            expected = {"400", "401", "403", "429", "503"}
            query = {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
            if "{" in path or query & {"page", "cursor"}:
                expected.add("404")
            if method in WRITE_METHODS:
                expected.add("409")
            if "requestBody" in operation:
                expected.add("413")
            responses = operation["responses"]
            missing = expected - set(responses)
            assert not missing, f"{method.upper()} {path} lacks {sorted(missing)}"
            for status in expected:
                body = resolve(schema, responses[status])["content"]["application/json"]
                assert body["schema"] == {"$ref": f"#/components/schemas/{ERROR_COMPONENT}"}
    assert operations > 200


def test_the_hook_keeps_responses_an_operation_declares():
    declared = {"description": "Product not granted", "content": {}}
    result = add_error_responses(
        {"paths": {"/x/{id}/": {"get": {"responses": {"403": declared, "200": {}}}}}},
        None,
        None,
        True,
    )
    responses = result["paths"]["/x/{id}/"]["get"]["responses"]
    assert responses["403"] is declared
    assert responses["404"] == {"$ref": "#/components/responses/NotFound"}
    assert "409" not in responses  # a GET does not conflict
    assert list(responses) == sorted(responses)  # stable order: deterministic clients


def check(body):
    jsonschema.validate(body, ERROR_SCHEMA)
    return body


@pytest.mark.django_db
def test_real_404_400_and_401_bodies_match_the_component(api_client):
    missing = api_client.get(f"/api/v1/conversations/{uuid.uuid4()}/")
    assert missing.status_code == 404
    assert check(missing.json())["detail"]

    invalid = api_client.post("/api/v1/ideas/ideas/", {"title": ""}, format="json")
    assert invalid.status_code == 400
    body = check(invalid.json())
    assert isinstance(body["title"], list) and isinstance(body["description"], list)

    anonymous = APIClient().get("/api/v1/conversations/", HTTP_AUTHORIZATION="Api-Key no.pe")
    assert anonymous.status_code == 401
    assert check(anonymous.json()) == {"detail": "Invalid API key."}


@pytest.mark.django_db
def test_a_unique_violation_is_a_409_naming_the_constraint(user):
    with pytest.raises(IntegrityError) as excinfo, transaction.atomic():
        User.objects.create(email=user.email.upper())  # no validation: PostgreSQL refuses it
    response = integrity_error_response(excinfo.value)
    assert response.status_code == 409
    body = check(response.data)
    assert body["code"] == "conflict"
    assert body["constraint"] == "accounts_user_email_ci_unique"


def test_a_throttled_request_is_a_429_with_the_same_shape():
    response = api_exception_handler(exceptions.Throttled(wait=3), {"request": None, "view": None})
    assert response.status_code == 429
    assert check(response.data)["detail"]


def test_the_schema_validates_without_warnings(tmp_path):
    """What `make clients` runs: a warning or an invalid document fails generation."""
    target = tmp_path / "openapi.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    assert f"{ERROR_COMPONENT}:" in target.read_text()
