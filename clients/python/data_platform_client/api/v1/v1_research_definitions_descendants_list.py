from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_definition_tree_node_list import PaginatedDefinitionTreeNodeList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    cursor: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/research/definitions/{id}/descendants/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedDefinitionTreeNodeList | None:
    if response.status_code == 200:
        response_200 = PaginatedDefinitionTreeNodeList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedDefinitionTreeNodeList]:
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
    cursor: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | PaginatedDefinitionTreeNodeList]:
    """Every descendant, breadth first (``depth`` 1 = children); paginated. With
    ``cursor`` (empty for the first page, then follow ``next``) the pages are keyed
    on (level, created_at, id): no COUNT, and a deep page costs what page 1 costs.

    Args:
        id (UUID):
        cursor (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedDefinitionTreeNodeList]
    """

    kwargs = _get_kwargs(
        id=id,
        cursor=cursor,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | PaginatedDefinitionTreeNodeList | None:
    """Every descendant, breadth first (``depth`` 1 = children); paginated. With
    ``cursor`` (empty for the first page, then follow ``next``) the pages are keyed
    on (level, created_at, id): no COUNT, and a deep page costs what page 1 costs.

    Args:
        id (UUID):
        cursor (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedDefinitionTreeNodeList
    """

    return sync_detailed(
        id=id,
        client=client,
        cursor=cursor,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | PaginatedDefinitionTreeNodeList]:
    """Every descendant, breadth first (``depth`` 1 = children); paginated. With
    ``cursor`` (empty for the first page, then follow ``next``) the pages are keyed
    on (level, created_at, id): no COUNT, and a deep page costs what page 1 costs.

    Args:
        id (UUID):
        cursor (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedDefinitionTreeNodeList]
    """

    kwargs = _get_kwargs(
        id=id,
        cursor=cursor,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | PaginatedDefinitionTreeNodeList | None:
    """Every descendant, breadth first (``depth`` 1 = children); paginated. With
    ``cursor`` (empty for the first page, then follow ``next``) the pages are keyed
    on (level, created_at, id): no COUNT, and a deep page costs what page 1 costs.

    Args:
        id (UUID):
        cursor (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedDefinitionTreeNodeList
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            cursor=cursor,
            page=page,
            page_size=page_size,
        )
    ).parsed
