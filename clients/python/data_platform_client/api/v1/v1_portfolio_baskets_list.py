from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_basket_list import PaginatedBasketList
from ...models.v1_portfolio_baskets_list_category import V1PortfolioBasketsListCategory
from ...models.v1_portfolio_baskets_list_chain import V1PortfolioBasketsListChain
from ...models.v1_portfolio_baskets_list_risk_level import V1PortfolioBasketsListRiskLevel
from ...models.v1_portfolio_baskets_list_status import V1PortfolioBasketsListStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category: V1PortfolioBasketsListCategory | Unset = UNSET,
    chain: V1PortfolioBasketsListChain | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    risk_level: V1PortfolioBasketsListRiskLevel | Unset = UNSET,
    status: V1PortfolioBasketsListStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_chain: str | Unset = UNSET
    if not isinstance(chain, Unset):
        json_chain = chain.value

    params["chain"] = json_chain

    params["cursor"] = cursor

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_risk_level: str | Unset = UNSET
    if not isinstance(risk_level, Unset):
        json_risk_level = risk_level.value

    params["risk_level"] = json_risk_level

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/portfolio/baskets/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedBasketList | None:
    if response.status_code == 200:
        response_200 = PaginatedBasketList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedBasketList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    category: V1PortfolioBasketsListCategory | Unset = UNSET,
    chain: V1PortfolioBasketsListChain | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    risk_level: V1PortfolioBasketsListRiskLevel | Unset = UNSET,
    status: V1PortfolioBasketsListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedBasketList]:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        category (V1PortfolioBasketsListCategory | Unset):
        chain (V1PortfolioBasketsListChain | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        risk_level (V1PortfolioBasketsListRiskLevel | Unset):
        status (V1PortfolioBasketsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedBasketList]
    """

    kwargs = _get_kwargs(
        category=category,
        chain=chain,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        risk_level=risk_level,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    category: V1PortfolioBasketsListCategory | Unset = UNSET,
    chain: V1PortfolioBasketsListChain | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    risk_level: V1PortfolioBasketsListRiskLevel | Unset = UNSET,
    status: V1PortfolioBasketsListStatus | Unset = UNSET,
) -> ApiError | PaginatedBasketList | None:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        category (V1PortfolioBasketsListCategory | Unset):
        chain (V1PortfolioBasketsListChain | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        risk_level (V1PortfolioBasketsListRiskLevel | Unset):
        status (V1PortfolioBasketsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedBasketList
    """

    return sync_detailed(
        client=client,
        category=category,
        chain=chain,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        risk_level=risk_level,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    category: V1PortfolioBasketsListCategory | Unset = UNSET,
    chain: V1PortfolioBasketsListChain | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    risk_level: V1PortfolioBasketsListRiskLevel | Unset = UNSET,
    status: V1PortfolioBasketsListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedBasketList]:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        category (V1PortfolioBasketsListCategory | Unset):
        chain (V1PortfolioBasketsListChain | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        risk_level (V1PortfolioBasketsListRiskLevel | Unset):
        status (V1PortfolioBasketsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedBasketList]
    """

    kwargs = _get_kwargs(
        category=category,
        chain=chain,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        risk_level=risk_level,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    category: V1PortfolioBasketsListCategory | Unset = UNSET,
    chain: V1PortfolioBasketsListChain | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    risk_level: V1PortfolioBasketsListRiskLevel | Unset = UNSET,
    status: V1PortfolioBasketsListStatus | Unset = UNSET,
) -> ApiError | PaginatedBasketList | None:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        category (V1PortfolioBasketsListCategory | Unset):
        chain (V1PortfolioBasketsListChain | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        risk_level (V1PortfolioBasketsListRiskLevel | Unset):
        status (V1PortfolioBasketsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedBasketList
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            chain=chain,
            cursor=cursor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            risk_level=risk_level,
            status=status,
        )
    ).parsed
