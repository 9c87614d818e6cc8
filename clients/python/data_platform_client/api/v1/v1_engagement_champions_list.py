from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_community_champion_list import PaginatedCommunityChampionList
from ...models.v1_engagement_champions_list_advocate_status import (
    V1EngagementChampionsListAdvocateStatus,
)
from ...models.v1_engagement_champions_list_tier import V1EngagementChampionsListTier
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    advocate_status: V1EngagementChampionsListAdvocateStatus | Unset = UNSET,
    author: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    tier: V1EngagementChampionsListTier | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_advocate_status: str | Unset = UNSET
    if not isinstance(advocate_status, Unset):
        json_advocate_status = advocate_status.value

    params["advocate_status"] = json_advocate_status

    json_author: str | Unset = UNSET
    if not isinstance(author, Unset):
        json_author = str(author)
    params["author"] = json_author

    params["cursor"] = cursor

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_tier: str | Unset = UNSET
    if not isinstance(tier, Unset):
        json_tier = tier.value

    params["tier"] = json_tier

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/engagement/champions/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedCommunityChampionList | None:
    if response.status_code == 200:
        response_200 = PaginatedCommunityChampionList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedCommunityChampionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    advocate_status: V1EngagementChampionsListAdvocateStatus | Unset = UNSET,
    author: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    tier: V1EngagementChampionsListTier | Unset = UNSET,
) -> Response[ApiError | PaginatedCommunityChampionList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        advocate_status (V1EngagementChampionsListAdvocateStatus | Unset):
        author (UUID | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        tier (V1EngagementChampionsListTier | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedCommunityChampionList]
    """

    kwargs = _get_kwargs(
        advocate_status=advocate_status,
        author=author,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        tier=tier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    advocate_status: V1EngagementChampionsListAdvocateStatus | Unset = UNSET,
    author: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    tier: V1EngagementChampionsListTier | Unset = UNSET,
) -> ApiError | PaginatedCommunityChampionList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        advocate_status (V1EngagementChampionsListAdvocateStatus | Unset):
        author (UUID | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        tier (V1EngagementChampionsListTier | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedCommunityChampionList
    """

    return sync_detailed(
        client=client,
        advocate_status=advocate_status,
        author=author,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        tier=tier,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    advocate_status: V1EngagementChampionsListAdvocateStatus | Unset = UNSET,
    author: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    tier: V1EngagementChampionsListTier | Unset = UNSET,
) -> Response[ApiError | PaginatedCommunityChampionList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        advocate_status (V1EngagementChampionsListAdvocateStatus | Unset):
        author (UUID | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        tier (V1EngagementChampionsListTier | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedCommunityChampionList]
    """

    kwargs = _get_kwargs(
        advocate_status=advocate_status,
        author=author,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        tier=tier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    advocate_status: V1EngagementChampionsListAdvocateStatus | Unset = UNSET,
    author: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    tier: V1EngagementChampionsListTier | Unset = UNSET,
) -> ApiError | PaginatedCommunityChampionList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        advocate_status (V1EngagementChampionsListAdvocateStatus | Unset):
        author (UUID | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        tier (V1EngagementChampionsListTier | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedCommunityChampionList
    """

    return (
        await asyncio_detailed(
            client=client,
            advocate_status=advocate_status,
            author=author,
            cursor=cursor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            tier=tier,
        )
    ).parsed
