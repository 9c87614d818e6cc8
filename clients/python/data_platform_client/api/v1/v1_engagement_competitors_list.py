from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_competitor_list import PaginatedCompetitorList
from ...models.v1_engagement_competitors_list_category import V1EngagementCompetitorsListCategory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    brand_keyword: str | Unset = UNSET,
    category: V1EngagementCompetitorsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["brand_keyword"] = brand_keyword

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    params["cursor"] = cursor

    params["name"] = name

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/engagement/competitors/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedCompetitorList | None:
    if response.status_code == 200:
        response_200 = PaginatedCompetitorList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedCompetitorList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    brand_keyword: str | Unset = UNSET,
    category: V1EngagementCompetitorsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | PaginatedCompetitorList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        brand_keyword (str | Unset):
        category (V1EngagementCompetitorsListCategory | Unset):
        cursor (str | Unset):
        name (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedCompetitorList]
    """

    kwargs = _get_kwargs(
        brand_keyword=brand_keyword,
        category=category,
        cursor=cursor,
        name=name,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    brand_keyword: str | Unset = UNSET,
    category: V1EngagementCompetitorsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | PaginatedCompetitorList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        brand_keyword (str | Unset):
        category (V1EngagementCompetitorsListCategory | Unset):
        cursor (str | Unset):
        name (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedCompetitorList
    """

    return sync_detailed(
        client=client,
        brand_keyword=brand_keyword,
        category=category,
        cursor=cursor,
        name=name,
        ordering=ordering,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    brand_keyword: str | Unset = UNSET,
    category: V1EngagementCompetitorsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | PaginatedCompetitorList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        brand_keyword (str | Unset):
        category (V1EngagementCompetitorsListCategory | Unset):
        cursor (str | Unset):
        name (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedCompetitorList]
    """

    kwargs = _get_kwargs(
        brand_keyword=brand_keyword,
        category=category,
        cursor=cursor,
        name=name,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    brand_keyword: str | Unset = UNSET,
    category: V1EngagementCompetitorsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | PaginatedCompetitorList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        brand_keyword (str | Unset):
        category (V1EngagementCompetitorsListCategory | Unset):
        cursor (str | Unset):
        name (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedCompetitorList
    """

    return (
        await asyncio_detailed(
            client=client,
            brand_keyword=brand_keyword,
            category=category,
            cursor=cursor,
            name=name,
            ordering=ordering,
            page=page,
            page_size=page_size,
        )
    ).parsed
