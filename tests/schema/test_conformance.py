"""Real responses of every route conform to the published OpenAPI schema (schemathesis).

The schema is the one ``make clients`` publishes (drf-spectacular with the project's
hooks). For every operation, schemathesis draws ``EXAMPLES`` requests from the schema
(query strings, path parameters, bodies in every documented media type) and sends them
through the whole Django stack (WSGI, every middleware) with a real API key; half of them
name real objects the caller may see (demo data made for the caller), the others
whatever the schema allows (mostly a 404). Each operation also gets a request without
a key (401) and, when it takes a body, one over ``API_MAX_BODY_BYTES`` (413). Every
response must be a documented status, a documented content type and match its
documented body: no 500, no schema violation. docs/clients.md says why schemathesis.

Engagement is staff-only, so its routes are called with a staff member's key; the rest
with an ordinary user's who holds every product. Runs are deterministic
(``derandomize``): a failure reproduces with the same command.
"""

import copy
import os
import random

import psycopg
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections, connection, transaction
from django.test import Client
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from core.management.commands.generate_demo_data import demo_app_labels, demo_module
from core.products import PRODUCTS
from tests.accounts.factories import ApiKeyFactory, StaffUserFactory, UserFactory
from tests.engagement.factories import CommunityChampionFactory, CompetitorFactory
from tests.portfolio.factories import LoanApplicationFactory, LoanFactory

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
# Per operation; SCHEMA_EXAMPLES=50 explores deeper locally (CI keeps the suite bounded).
EXAMPLES = int(os.environ.get("SCHEMA_EXAMPLES", "6"))
STAFF_ONLY = "/api/v1/engagement/"

RAW = SchemaGenerator().get_schema(request=None, public=True)
OPERATIONS = [(path, method) for path, item in RAW["paths"].items() for method in item]


def load(raw):
    schema = schemathesis.openapi.from_dict(raw)
    schema.app = get_wsgi_application()
    return schema


SCHEMA = load(RAW)


def real_ids(key, paths):
    """Path parameters naming real objects the key's user may see, by path template:
    the first row of each collection, walking nested paths from the outside in."""
    client = Client(HTTP_AUTHORIZATION=f"Api-Key {key}")
    found = {}
    for path in paths:
        params, url = {}, ""
        for segment in path.strip("/").split("/"):
            if segment.startswith("{"):
                body = client.get(url + "/").json()
                rows = body.get("results") if isinstance(body, dict) else None
                if not rows:
                    params = None
                    break
                params[segment[1:-1]] = rows[0]["id"]
                segment = str(rows[0]["id"])
            url += "/" + segment
        if params:
            found[path] = params
    return found


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Demo data for two users (and a few rows the demo leaves out), made once per
    module in a transaction rolled back at the end (each test runs in a savepoint in it)."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            user = UserFactory(products=PRODUCTS)
            other = UserFactory(products=PRODUCTS)
            for label in demo_app_labels():
                demo_module(label).generate(
                    scale=1, rng=random.Random(1), users=[user, other], progress=lambda *a: None
                )
            # what the demo data leaves out: a champion, a competitor, a loan application, a loan
            CommunityChampionFactory()
            CompetitorFactory()
            LoanApplicationFactory(user=user)
            LoanFactory(application__user=user)
            keys = {
                "user": ApiKeyFactory(user=user).key,
                "staff": ApiKeyFactory(user=StaffUserFactory(products=PRODUCTS)).key,
            }
            staff_paths = [p for p in RAW["paths"] if p.startswith(STAFF_ONLY)]
            user_paths = [p for p in RAW["paths"] if not p.startswith(STAFF_ONLY)]
            ids = {**real_ids(keys["user"], user_paths), **real_ids(keys["staff"], staff_paths)}
            # As Django's test client does (it reconnects them after each of its requests,
            # so after real_ids): the WSGI handler would close the test's connection.
            request_started.disconnect(close_old_connections)
            request_finished.disconnect(close_old_connections)
            yield {"keys": keys, "ids": ids}
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def call(case, **kwargs):
    """Send the case in a savepoint: a statement the view turned into a 4xx (a DataError
    answered 400) must not poison the rest of the test's transaction. In production each
    request is its own transaction."""
    savepoint = transaction.savepoint_create()
    response = case.call(**kwargs)
    if connection.connection.info.transaction_status == psycopg.pq.TransactionStatus.INERROR:
        transaction.savepoint_rollback(savepoint)
    else:
        transaction.savepoint_commit(savepoint)
    return response


def conforms(schema, path, method, world, examples=EXAMPLES):
    """Draw ``examples`` requests for one operation, send them, validate every response."""
    operation = schema[path][method]
    key = world["keys"]["staff" if path.startswith(STAFF_ONLY) else "user"]
    headers = {"Authorization": f"Api-Key {key}"}
    cases = []

    @given(case=operation.as_strategy())
    @hypothesis_settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        cases.append(case)
        if len(cases) % 2 and path in world["ids"]:
            case.path_parameters = {**(case.path_parameters or {}), **world["ids"][path]}
        case.validate_response(call(case, headers=headers), checks=CHECKS)

    run()
    return cases[0], headers


@pytest.mark.parametrize(
    ("path", "method"), OPERATIONS, ids=[f"{m.upper()} {p}" for p, m in OPERATIONS]
)
def test_operation_conforms(path, method, world, db, settings):
    case, headers = conforms(SCHEMA, path, method, world)

    response = call(case, headers={"Authorization": ""})
    assert response.status_code == 401, response.text
    case.validate_response(response, checks=CHECKS)

    if "requestBody" in RAW["paths"][path][method]:
        settings.API_MAX_BODY_BYTES = 1024
        case.body, case.media_type = {"padding": "x" * 2048}, "application/json"
        response = call(case, headers=headers)
        assert response.status_code == 413, response.text
        case.validate_response(response, checks=CHECKS)


ANCESTORS = "/api/v1/research/definitions/{id}/ancestors/"
DEFINITION = "/api/v1/research/definitions/{id}/"


def test_a_wrong_documented_body_is_caught(world, db):
    """The check can fail: document ``ancestors`` as paginated again (what it said before
    it was fixed) and the validator refuses the array the view really sends."""
    wrong = copy.deepcopy(RAW)
    ok = wrong["paths"][ANCESTORS]["get"]["responses"]["200"]["content"]["application/json"]
    assert ok["schema"]["type"] == "array"
    ok["schema"] = {"$ref": "#/components/schemas/PaginatedDefinitionTreeNodeList"}
    with pytest.raises(FailureGroup, match="Response violates schema"):
        conforms(load(wrong), ANCESTORS, "get", world)


def test_an_undocumented_status_is_caught(world, db):
    """Drop the 404 a detail route really answers (an unknown id): the validator says so."""
    wrong = copy.deepcopy(RAW)
    del wrong["paths"][DEFINITION]["get"]["responses"]["404"]
    with pytest.raises(FailureGroup, match="Undocumented status code"):
        conforms(load(wrong), DEFINITION, "get", world)
