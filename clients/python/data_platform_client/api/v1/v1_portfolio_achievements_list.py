from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_achievement_list import PaginatedAchievementList
from ...models.v1_portfolio_achievements_list_category import V1PortfolioAchievementsListCategory
from ...models.v1_portfolio_achievements_list_tier import V1PortfolioAchievementsListTier
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category: V1PortfolioAchievementsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    tier: V1PortfolioAchievementsListTier | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

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
        "url": "/api/v1/portfolio/achievements/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedAchievementList | None:
    if response.status_code == 200:
        response_200 = PaginatedAchievementList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedAchievementList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    category: V1PortfolioAchievementsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    tier: V1PortfolioAchievementsListTier | Unset = UNSET,
) -> Response[ApiError | PaginatedAchievementList]:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        category (V1PortfolioAchievementsListCategory | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        tier (V1PortfolioAchievementsListTier | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedAchievementList]
    """

    kwargs = _get_kwargs(
        category=category,
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
    category: V1PortfolioAchievementsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    tier: V1PortfolioAchievementsListTier | Unset = UNSET,
) -> ApiError | PaginatedAchievementList | None:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        category (V1PortfolioAchievementsListCategory | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        tier (V1PortfolioAchievementsListTier | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedAchievementList
    """

    return sync_detailed(
        client=client,
        category=category,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        tier=tier,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    category: V1PortfolioAchievementsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    tier: V1PortfolioAchievementsListTier | Unset = UNSET,
) -> Response[ApiError | PaginatedAchievementList]:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        category (V1PortfolioAchievementsListCategory | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        tier (V1PortfolioAchievementsListTier | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedAchievementList]
    """

    kwargs = _get_kwargs(
        category=category,
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
    category: V1PortfolioAchievementsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    tier: V1PortfolioAchievementsListTier | Unset = UNSET,
) -> ApiError | PaginatedAchievementList | None:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        category (V1PortfolioAchievementsListCategory | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        tier (V1PortfolioAchievementsListTier | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedAchievementList
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            cursor=cursor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            tier=tier,
        )
    ).parsed
