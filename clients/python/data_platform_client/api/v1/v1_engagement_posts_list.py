import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_post_list import PaginatedPostList
from ...models.v1_engagement_posts_list_platform import V1EngagementPostsListPlatform
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    author: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    detected_after: datetime.datetime | Unset = UNSET,
    detected_before: datetime.datetime | Unset = UNSET,
    keyword: str | Unset = UNSET,
    keyword_category: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementPostsListPlatform | Unset = UNSET,
    platform_post_id: str | Unset = UNSET,
    processed: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_author: str | Unset = UNSET
    if not isinstance(author, Unset):
        json_author = str(author)
    params["author"] = json_author

    params["cursor"] = cursor

    json_detected_after: str | Unset = UNSET
    if not isinstance(detected_after, Unset):
        json_detected_after = detected_after.isoformat()
    params["detected_after"] = json_detected_after

    json_detected_before: str | Unset = UNSET
    if not isinstance(detected_before, Unset):
        json_detected_before = detected_before.isoformat()
    params["detected_before"] = json_detected_before

    params["keyword"] = keyword

    params["keyword_category"] = keyword_category

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_platform: str | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform.value

    params["platform"] = json_platform

    params["platform_post_id"] = platform_post_id

    params["processed"] = processed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/engagement/posts/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedPostList | None:
    if response.status_code == 200:
        response_200 = PaginatedPostList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedPostList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    author: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    detected_after: datetime.datetime | Unset = UNSET,
    detected_before: datetime.datetime | Unset = UNSET,
    keyword: str | Unset = UNSET,
    keyword_category: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementPostsListPlatform | Unset = UNSET,
    platform_post_id: str | Unset = UNSET,
    processed: bool | Unset = UNSET,
) -> Response[ApiError | PaginatedPostList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        author (UUID | Unset):
        cursor (str | Unset):
        detected_after (datetime.datetime | Unset):
        detected_before (datetime.datetime | Unset):
        keyword (str | Unset):
        keyword_category (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementPostsListPlatform | Unset):
        platform_post_id (str | Unset):
        processed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedPostList]
    """

    kwargs = _get_kwargs(
        author=author,
        cursor=cursor,
        detected_after=detected_after,
        detected_before=detected_before,
        keyword=keyword,
        keyword_category=keyword_category,
        ordering=ordering,
        page=page,
        page_size=page_size,
        platform=platform,
        platform_post_id=platform_post_id,
        processed=processed,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    author: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    detected_after: datetime.datetime | Unset = UNSET,
    detected_before: datetime.datetime | Unset = UNSET,
    keyword: str | Unset = UNSET,
    keyword_category: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementPostsListPlatform | Unset = UNSET,
    platform_post_id: str | Unset = UNSET,
    processed: bool | Unset = UNSET,
) -> ApiError | PaginatedPostList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        author (UUID | Unset):
        cursor (str | Unset):
        detected_after (datetime.datetime | Unset):
        detected_before (datetime.datetime | Unset):
        keyword (str | Unset):
        keyword_category (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementPostsListPlatform | Unset):
        platform_post_id (str | Unset):
        processed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedPostList
    """

    return sync_detailed(
        client=client,
        author=author,
        cursor=cursor,
        detected_after=detected_after,
        detected_before=detected_before,
        keyword=keyword,
        keyword_category=keyword_category,
        ordering=ordering,
        page=page,
        page_size=page_size,
        platform=platform,
        platform_post_id=platform_post_id,
        processed=processed,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    author: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    detected_after: datetime.datetime | Unset = UNSET,
    detected_before: datetime.datetime | Unset = UNSET,
    keyword: str | Unset = UNSET,
    keyword_category: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementPostsListPlatform | Unset = UNSET,
    platform_post_id: str | Unset = UNSET,
    processed: bool | Unset = UNSET,
) -> Response[ApiError | PaginatedPostList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        author (UUID | Unset):
        cursor (str | Unset):
        detected_after (datetime.datetime | Unset):
        detected_before (datetime.datetime | Unset):
        keyword (str | Unset):
        keyword_category (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementPostsListPlatform | Unset):
        platform_post_id (str | Unset):
        processed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedPostList]
    """

    kwargs = _get_kwargs(
        author=author,
        cursor=cursor,
        detected_after=detected_after,
        detected_before=detected_before,
        keyword=keyword,
        keyword_category=keyword_category,
        ordering=ordering,
        page=page,
        page_size=page_size,
        platform=platform,
        platform_post_id=platform_post_id,
        processed=processed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    author: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    detected_after: datetime.datetime | Unset = UNSET,
    detected_before: datetime.datetime | Unset = UNSET,
    keyword: str | Unset = UNSET,
    keyword_category: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementPostsListPlatform | Unset = UNSET,
    platform_post_id: str | Unset = UNSET,
    processed: bool | Unset = UNSET,
) -> ApiError | PaginatedPostList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        author (UUID | Unset):
        cursor (str | Unset):
        detected_after (datetime.datetime | Unset):
        detected_before (datetime.datetime | Unset):
        keyword (str | Unset):
        keyword_category (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementPostsListPlatform | Unset):
        platform_post_id (str | Unset):
        processed (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedPostList
    """

    return (
        await asyncio_detailed(
            client=client,
            author=author,
            cursor=cursor,
            detected_after=detected_after,
            detected_before=detected_before,
            keyword=keyword,
            keyword_category=keyword_category,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform=platform,
            platform_post_id=platform_post_id,
            processed=processed,
        )
    ).parsed
