from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.business_idea import BusinessIdea
from ...models.business_idea_request import BusinessIdeaRequest
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: BusinessIdeaRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/ideas/ideas/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | BusinessIdea | None:
    if response.status_code == 200:
        response_200 = BusinessIdea.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | BusinessIdea]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: BusinessIdeaRequest,
) -> Response[ApiError | BusinessIdea]:
    """The caller's business ideas. DELETE is a soft delete (staff can restore).
    Title and description can be edited while the idea is a draft. The list counts
    evaluations for its page only (``page_child_counts``); one idea reads its count
    through the subquery.

    Args:
        id (UUID):
        body (BusinessIdeaRequest): The ModelSerializer every app's serializers derive from: a
            value the database would
            refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
            ``violation_error_message`` on its field, before any write.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BusinessIdea]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: BusinessIdeaRequest,
) -> ApiError | BusinessIdea | None:
    """The caller's business ideas. DELETE is a soft delete (staff can restore).
    Title and description can be edited while the idea is a draft. The list counts
    evaluations for its page only (``page_child_counts``); one idea reads its count
    through the subquery.

    Args:
        id (UUID):
        body (BusinessIdeaRequest): The ModelSerializer every app's serializers derive from: a
            value the database would
            refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
            ``violation_error_message`` on its field, before any write.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BusinessIdea
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: BusinessIdeaRequest,
) -> Response[ApiError | BusinessIdea]:
    """The caller's business ideas. DELETE is a soft delete (staff can restore).
    Title and description can be edited while the idea is a draft. The list counts
    evaluations for its page only (``page_child_counts``); one idea reads its count
    through the subquery.

    Args:
        id (UUID):
        body (BusinessIdeaRequest): The ModelSerializer every app's serializers derive from: a
            value the database would
            refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
            ``violation_error_message`` on its field, before any write.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BusinessIdea]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: BusinessIdeaRequest,
) -> ApiError | BusinessIdea | None:
    """The caller's business ideas. DELETE is a soft delete (staff can restore).
    Title and description can be edited while the idea is a draft. The list counts
    evaluations for its page only (``page_child_counts``); one idea reads its count
    through the subquery.

    Args:
        id (UUID):
        body (BusinessIdeaRequest): The ModelSerializer every app's serializers derive from: a
            value the database would
            refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
            ``violation_error_message`` on its field, before any write.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BusinessIdea
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
