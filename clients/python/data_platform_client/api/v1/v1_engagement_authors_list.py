from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_author_list import PaginatedAuthorList
from ...models.v1_engagement_authors_list_platform import V1EngagementAuthorsListPlatform
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    archetype_tag: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    handle: str | Unset = UNSET,
    is_power_user: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementAuthorsListPlatform | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["archetype_tag"] = archetype_tag

    params["cursor"] = cursor

    params["handle"] = handle

    params["is_power_user"] = is_power_user

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_platform: str | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform.value

    params["platform"] = json_platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/engagement/authors/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedAuthorList | None:
    if response.status_code == 200:
        response_200 = PaginatedAuthorList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedAuthorList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    archetype_tag: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    handle: str | Unset = UNSET,
    is_power_user: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementAuthorsListPlatform | Unset = UNSET,
) -> Response[ApiError | PaginatedAuthorList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        archetype_tag (str | Unset):
        cursor (str | Unset):
        handle (str | Unset):
        is_power_user (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementAuthorsListPlatform | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedAuthorList]
    """

    kwargs = _get_kwargs(
        archetype_tag=archetype_tag,
        cursor=cursor,
        handle=handle,
        is_power_user=is_power_user,
        ordering=ordering,
        page=page,
        page_size=page_size,
        platform=platform,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    archetype_tag: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    handle: str | Unset = UNSET,
    is_power_user: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementAuthorsListPlatform | Unset = UNSET,
) -> ApiError | PaginatedAuthorList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        archetype_tag (str | Unset):
        cursor (str | Unset):
        handle (str | Unset):
        is_power_user (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementAuthorsListPlatform | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedAuthorList
    """

    return sync_detailed(
        client=client,
        archetype_tag=archetype_tag,
        cursor=cursor,
        handle=handle,
        is_power_user=is_power_user,
        ordering=ordering,
        page=page,
        page_size=page_size,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    archetype_tag: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    handle: str | Unset = UNSET,
    is_power_user: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementAuthorsListPlatform | Unset = UNSET,
) -> Response[ApiError | PaginatedAuthorList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        archetype_tag (str | Unset):
        cursor (str | Unset):
        handle (str | Unset):
        is_power_user (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementAuthorsListPlatform | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedAuthorList]
    """

    kwargs = _get_kwargs(
        archetype_tag=archetype_tag,
        cursor=cursor,
        handle=handle,
        is_power_user=is_power_user,
        ordering=ordering,
        page=page,
        page_size=page_size,
        platform=platform,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    archetype_tag: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    handle: str | Unset = UNSET,
    is_power_user: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementAuthorsListPlatform | Unset = UNSET,
) -> ApiError | PaginatedAuthorList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        archetype_tag (str | Unset):
        cursor (str | Unset):
        handle (str | Unset):
        is_power_user (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementAuthorsListPlatform | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedAuthorList
    """

    return (
        await asyncio_detailed(
            client=client,
            archetype_tag=archetype_tag,
            cursor=cursor,
            handle=handle,
            is_power_user=is_power_user,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform=platform,
        )
    ).parsed
