import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_business_idea_list_list import PaginatedBusinessIdeaListList
from ...models.v1_ideas_ideas_list_include import V1IdeasIdeasListInclude
from ...models.v1_ideas_ideas_list_status import V1IdeasIdeasListStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include: V1IdeasIdeasListInclude | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: V1IdeasIdeasListStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    params["cursor"] = cursor

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/ideas/ideas/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedBusinessIdeaListList | None:
    if response.status_code == 200:
        response_200 = PaginatedBusinessIdeaListList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedBusinessIdeaListList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include: V1IdeasIdeasListInclude | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: V1IdeasIdeasListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedBusinessIdeaListList]:
    """The caller's business ideas. DELETE is a soft delete (staff can restore).
    Title and description can be edited while the idea is a draft. The list counts
    evaluations for its page only (``page_child_counts``); one idea reads its count
    through the subquery.

    Args:
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        include (V1IdeasIdeasListInclude | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (V1IdeasIdeasListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedBusinessIdeaListList]
    """

    kwargs = _get_kwargs(
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        include=include,
        ordering=ordering,
        page=page,
        page_size=page_size,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include: V1IdeasIdeasListInclude | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: V1IdeasIdeasListStatus | Unset = UNSET,
) -> ApiError | PaginatedBusinessIdeaListList | None:
    """The caller's business ideas. DELETE is a soft delete (staff can restore).
    Title and description can be edited while the idea is a draft. The list counts
    evaluations for its page only (``page_child_counts``); one idea reads its count
    through the subquery.

    Args:
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        include (V1IdeasIdeasListInclude | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (V1IdeasIdeasListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedBusinessIdeaListList
    """

    return sync_detailed(
        client=client,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        include=include,
        ordering=ordering,
        page=page,
        page_size=page_size,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include: V1IdeasIdeasListInclude | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: V1IdeasIdeasListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedBusinessIdeaListList]:
    """The caller's business ideas. DELETE is a soft delete (staff can restore).
    Title and description can be edited while the idea is a draft. The list counts
    evaluations for its page only (``page_child_counts``); one idea reads its count
    through the subquery.

    Args:
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        include (V1IdeasIdeasListInclude | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (V1IdeasIdeasListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedBusinessIdeaListList]
    """

    kwargs = _get_kwargs(
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        include=include,
        ordering=ordering,
        page=page,
        page_size=page_size,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include: V1IdeasIdeasListInclude | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: V1IdeasIdeasListStatus | Unset = UNSET,
) -> ApiError | PaginatedBusinessIdeaListList | None:
    """The caller's business ideas. DELETE is a soft delete (staff can restore).
    Title and description can be edited while the idea is a draft. The list counts
    evaluations for its page only (``page_child_counts``); one idea reads its count
    through the subquery.

    Args:
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        include (V1IdeasIdeasListInclude | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (V1IdeasIdeasListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedBusinessIdeaListList
    """

    return (
        await asyncio_detailed(
            client=client,
            created_after=created_after,
            created_before=created_before,
            cursor=cursor,
            include=include,
            ordering=ordering,
            page=page,
            page_size=page_size,
            status=status,
        )
    ).parsed
