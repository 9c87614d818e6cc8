"""Every error under /api/ is JSON of one shape; headers on API, admin and docs pages."""

import json
import re

import pytest
from django.test import Client

ME = "/api/v1/accounts/me/"
KEYS = "/api/v1/accounts/api-keys/"


def assert_json_error(response, status, code=None):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    body = response.json()
    assert "detail" in body, body
    if code:
        assert body.get("code") == code, body
    return body


def nested(depth: int) -> str:
    return '{"name": ' + "[" * depth + "]" * depth + "}"


@pytest.mark.django_db
@pytest.mark.parametrize("depth", [600, 9990, 100_000])
def test_json_nested_too_deep_is_a_400(api_client, depth):
    response = api_client.generic("PATCH", ME, nested(depth), content_type="application/json")
    body = assert_json_error(response, 400)
    assert "nested deeper than 512" in body["detail"]


@pytest.mark.django_db
def test_json_nested_within_the_limit_is_parsed(api_client):
    response = api_client.generic("PATCH", ME, nested(500), content_type="application/json")
    assert response.status_code != 500
    assert "nested deeper" not in response.content.decode()


@pytest.mark.django_db
def test_body_over_the_limit_is_a_413_naming_it(api_client, settings):
    settings.API_MAX_BODY_BYTES = 1024 * 1024
    body = json.dumps({"name": "x" * (1024 * 1024)})
    response = api_client.generic("PATCH", ME, body, content_type="application/json")
    body = assert_json_error(response, 413, "body_too_large")
    assert body["limit_bytes"] == 1024 * 1024
    assert "1048576 bytes" in body["detail"]


@pytest.mark.django_db
def test_body_of_3_mib_is_accepted_by_default(api_client):
    """Django's own 2.5 MiB limit answered HTML 400; the API limit is 16 MiB by default."""
    payload = json.dumps({"first_name": "x" * (3 * 1024 * 1024)})
    response = api_client.generic("PATCH", ME, payload, content_type="application/json")
    assert response.status_code in (200, 400), response.content[:200]
    assert response["Content-Type"].startswith("application/json")
    assert response.status_code != 413


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/no-such-route/",
        "/api/nothing",
        "/api/v1/accounts/api-keys/a/b/",  # an id with a slash
        "/api/v1/accounts/api-keys/1.2/",  # an id with a dot
        "/api/v1/accounts/api-keys/../../admin/",
    ],
)
def test_unknown_routes_are_json_404(api_client, path):
    assert_json_error(api_client.get(path), 404)


@pytest.mark.django_db
def test_missing_trailing_slash(api_client):
    get = api_client.get(ME.rstrip("/"))
    assert get.status_code == 301
    assert get["Location"] == ME
    assert get["Content-Type"] == "application/json"
    post = api_client.post(KEYS.rstrip("/"), {"name": "x"}, format="json")
    body = assert_json_error(post, 404, "trailing_slash")
    assert body["location"] == KEYS


@pytest.mark.django_db
def test_method_and_media_type_errors_are_json(api_client):
    assert_json_error(api_client.put("/api/v1/", {}), 405)
    response = api_client.generic("PATCH", ME, "<x/>", content_type="application/xml")
    assert_json_error(response, 415)
    response = api_client.get(ME, HTTP_ACCEPT="application/xml")
    assert_json_error(response, 406)


@pytest.mark.django_db
def test_bad_host_is_json_400(settings):
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["good.example"]
    response = Client(raise_request_exception=False).get(ME, HTTP_HOST="evil.example")
    assert_json_error(response, 400)


@pytest.mark.django_db
def test_url_too_long_is_json_414(api_client):
    assert_json_error(api_client.get(ME + "?q=" + "x" * 9000), 414, "uri_too_long")


@pytest.mark.django_db
def test_unauthenticated_is_json_401(anon_client):
    assert_json_error(anon_client.get(ME), 401)


@pytest.mark.django_db
def test_api_responses_are_not_stored(api_client, anon_client):
    for response in (api_client.get(ME), anon_client.get(ME), api_client.get("/api/v1/nope/")):
        assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_new_api_key_answer_is_not_stored(api_client):
    response = api_client.post(KEYS, {"name": "ci"}, format="json")
    assert response.status_code == 201, response.content
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_admin_pages_carry_a_csp(admin_client_logged_in):
    for url in ("/admin/", "/admin/login/", "/admin/accounts/user/"):
        response = admin_client_logged_in.get(url, follow=True)
        csp = response["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


@pytest.mark.django_db
def test_swagger_ui_works_offline_under_the_csp(admin_client_logged_in):
    """Every script and stylesheet of the docs page comes from this origin (the sidecar),
    and nothing runs inline: the CSP (script-src 'self') would block it."""
    response = admin_client_logged_in.get("/api/docs/")
    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]
    html = response.content.decode()
    sources = re.findall(r'<script src="([^"]+)"', html) + re.findall(
        r'<link rel="stylesheet" href="([^"]+)"', html
    )
    assert len(sources) >= 4, sources
    assert not re.search(r"<script>\s*\S", html), "inline script would be blocked"
    for src in sources:
        assert src.startswith("/"), src  # same origin, no CDN
        asset = admin_client_logged_in.get(src.replace("&amp;", "&"))
        if src.startswith("/static/"):
            from django.contrib.staticfiles import finders

            assert finders.find(src.removeprefix("/static/").split("?")[0]), src
        else:
            assert asset.status_code == 200, src
            assert b"SwaggerUIBundle" in asset.content
