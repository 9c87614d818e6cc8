from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_ai_tip_list import PaginatedAITipList
from ...models.v1_portfolio_ai_tips_list_category import V1PortfolioAiTipsListCategory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    basket: int | Unset = UNSET,
    category: V1PortfolioAiTipsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    expert: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["basket"] = basket

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    params["cursor"] = cursor

    params["expert"] = expert

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/portfolio/ai-tips/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedAITipList | None:
    if response.status_code == 200:
        response_200 = PaginatedAITipList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedAITipList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    basket: int | Unset = UNSET,
    category: V1PortfolioAiTipsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    expert: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | PaginatedAITipList]:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        basket (int | Unset):
        category (V1PortfolioAiTipsListCategory | Unset):
        cursor (str | Unset):
        expert (int | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedAITipList]
    """

    kwargs = _get_kwargs(
        basket=basket,
        category=category,
        cursor=cursor,
        expert=expert,
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
    basket: int | Unset = UNSET,
    category: V1PortfolioAiTipsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    expert: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | PaginatedAITipList | None:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        basket (int | Unset):
        category (V1PortfolioAiTipsListCategory | Unset):
        cursor (str | Unset):
        expert (int | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedAITipList
    """

    return sync_detailed(
        client=client,
        basket=basket,
        category=category,
        cursor=cursor,
        expert=expert,
        ordering=ordering,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    basket: int | Unset = UNSET,
    category: V1PortfolioAiTipsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    expert: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | PaginatedAITipList]:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        basket (int | Unset):
        category (V1PortfolioAiTipsListCategory | Unset):
        cursor (str | Unset):
        expert (int | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedAITipList]
    """

    kwargs = _get_kwargs(
        basket=basket,
        category=category,
        cursor=cursor,
        expert=expert,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    basket: int | Unset = UNSET,
    category: V1PortfolioAiTipsListCategory | Unset = UNSET,
    cursor: str | Unset = UNSET,
    expert: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | PaginatedAITipList | None:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        basket (int | Unset):
        category (V1PortfolioAiTipsListCategory | Unset):
        cursor (str | Unset):
        expert (int | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedAITipList
    """

    return (
        await asyncio_detailed(
            client=client,
            basket=basket,
            category=category,
            cursor=cursor,
            expert=expert,
            ordering=ordering,
            page=page,
            page_size=page_size,
        )
    ).parsed
