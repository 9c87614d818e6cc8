"""Every registered API route answers bad input with a 4xx, never a 500."""

import re

import pytest
from django.urls import reverse

from config.api_router import router

# basename -> URL kwargs: a nested route's parent is an id nobody owns
ROUTES = {
    basename: {
        name: "00000000-0000-4000-8000-0000000000fe" for name in re.compile(prefix).groupindex
    }
    for prefix, _viewset, basename in router.registry
}
JUNK_QUERY = {
    "page": "abc",
    "page_size": "-1",
    "ordering": "no_such_field",
    "status": "bogus",
    "created_after": "not-a-date",
    "score_min": "lots",
    "cursor": "!!!",
}
JUNK_BODY = {
    "status": "bogus",
    "score": "high",
    "quantity": "-1e999",
    "content": {"nested": ["x"] * 3},
    "user": "not-a-uuid",
    "id": 12,
}


@pytest.fixture(params=["api_client", "staff_client"])
def client_(request):
    return request.getfixturevalue(request.param)


@pytest.mark.django_db
@pytest.mark.parametrize("basename", sorted(ROUTES))
def test_bad_input_never_gives_a_server_error(client_, basename):
    list_url = reverse(f"api:{basename}-list", kwargs=ROUTES[basename])
    assert client_.get(list_url, JUNK_QUERY).status_code < 500
    for body in (JUNK_BODY, [1, 2], "junk"):
        response = client_.post(list_url, body, format="json")
        assert response.status_code < 500, (basename, body, response.content[:300])
    for pk in ("00000000-0000-4000-8000-0000000000ff", "junk", "999999999"):
        detail = f"{list_url}{pk}/"
        for method, data in (("get", None), ("patch", JUNK_BODY), ("delete", None)):
            response = getattr(client_, method)(detail, data, format="json")
            assert response.status_code in (401, 403, 404, 405), (
                basename,
                method,
                pk,
                response.status_code,
            )
