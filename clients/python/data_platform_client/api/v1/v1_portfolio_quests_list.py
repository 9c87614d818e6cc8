from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_quest_list import PaginatedQuestList
from ...models.v1_portfolio_quests_list_category import V1PortfolioQuestsListCategory
from ...models.v1_portfolio_quests_list_frequency import V1PortfolioQuestsListFrequency
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category: V1PortfolioQuestsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    frequency: V1PortfolioQuestsListFrequency | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    params["cursor"] = cursor

    json_frequency: str | Unset = UNSET
    if not isinstance(frequency, Unset):
        json_frequency = frequency.value

    params["frequency"] = json_frequency

    params["is_active"] = is_active

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/portfolio/quests/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedQuestList | None:
    if response.status_code == 200:
        response_200 = PaginatedQuestList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedQuestList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    category: V1PortfolioQuestsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    frequency: V1PortfolioQuestsListFrequency | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | PaginatedQuestList]:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        category (V1PortfolioQuestsListCategory | Unset):
        cursor (str | Unset):
        frequency (V1PortfolioQuestsListFrequency | Unset):
        is_active (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedQuestList]
    """

    kwargs = _get_kwargs(
        category=category,
        cursor=cursor,
        frequency=frequency,
        is_active=is_active,
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
    category: V1PortfolioQuestsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    frequency: V1PortfolioQuestsListFrequency | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | PaginatedQuestList | None:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        category (V1PortfolioQuestsListCategory | Unset):
        cursor (str | Unset):
        frequency (V1PortfolioQuestsListFrequency | Unset):
        is_active (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedQuestList
    """

    return sync_detailed(
        client=client,
        category=category,
        cursor=cursor,
        frequency=frequency,
        is_active=is_active,
        ordering=ordering,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    category: V1PortfolioQuestsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    frequency: V1PortfolioQuestsListFrequency | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | PaginatedQuestList]:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        category (V1PortfolioQuestsListCategory | Unset):
        cursor (str | Unset):
        frequency (V1PortfolioQuestsListFrequency | Unset):
        is_active (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedQuestList]
    """

    kwargs = _get_kwargs(
        category=category,
        cursor=cursor,
        frequency=frequency,
        is_active=is_active,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    category: V1PortfolioQuestsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    frequency: V1PortfolioQuestsListFrequency | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | PaginatedQuestList | None:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        category (V1PortfolioQuestsListCategory | Unset):
        cursor (str | Unset):
        frequency (V1PortfolioQuestsListFrequency | Unset):
        is_active (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedQuestList
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            cursor=cursor,
            frequency=frequency,
            is_active=is_active,
            ordering=ordering,
            page=page,
            page_size=page_size,
        )
    ).parsed
