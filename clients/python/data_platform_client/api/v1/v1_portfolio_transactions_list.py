from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_transaction_list import PaginatedTransactionList
from ...models.v1_portfolio_transactions_list_source import V1PortfolioTransactionsListSource
from ...models.v1_portfolio_transactions_list_status import V1PortfolioTransactionsListStatus
from ...models.v1_portfolio_transactions_list_transaction_type import (
    V1PortfolioTransactionsListTransactionType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    asset_symbol: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    portfolio: int | Unset = UNSET,
    source: V1PortfolioTransactionsListSource | Unset = UNSET,
    status: V1PortfolioTransactionsListStatus | Unset = UNSET,
    transaction_type: V1PortfolioTransactionsListTransactionType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["asset_symbol"] = asset_symbol

    params["cursor"] = cursor

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["portfolio"] = portfolio

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_transaction_type: str | Unset = UNSET
    if not isinstance(transaction_type, Unset):
        json_transaction_type = transaction_type.value

    params["transaction_type"] = json_transaction_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/portfolio/transactions/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedTransactionList | None:
    if response.status_code == 200:
        response_200 = PaginatedTransactionList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedTransactionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    asset_symbol: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    portfolio: int | Unset = UNSET,
    source: V1PortfolioTransactionsListSource | Unset = UNSET,
    status: V1PortfolioTransactionsListStatus | Unset = UNSET,
    transaction_type: V1PortfolioTransactionsListTransactionType | Unset = UNSET,
) -> Response[ApiError | PaginatedTransactionList]:
    """The user's ledger. POST places an order (buy/sell) through services.record_trade.

    Args:
        asset_symbol (str | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        portfolio (int | Unset):
        source (V1PortfolioTransactionsListSource | Unset):
        status (V1PortfolioTransactionsListStatus | Unset):
        transaction_type (V1PortfolioTransactionsListTransactionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedTransactionList]
    """

    kwargs = _get_kwargs(
        asset_symbol=asset_symbol,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        portfolio=portfolio,
        source=source,
        status=status,
        transaction_type=transaction_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    asset_symbol: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    portfolio: int | Unset = UNSET,
    source: V1PortfolioTransactionsListSource | Unset = UNSET,
    status: V1PortfolioTransactionsListStatus | Unset = UNSET,
    transaction_type: V1PortfolioTransactionsListTransactionType | Unset = UNSET,
) -> ApiError | PaginatedTransactionList | None:
    """The user's ledger. POST places an order (buy/sell) through services.record_trade.

    Args:
        asset_symbol (str | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        portfolio (int | Unset):
        source (V1PortfolioTransactionsListSource | Unset):
        status (V1PortfolioTransactionsListStatus | Unset):
        transaction_type (V1PortfolioTransactionsListTransactionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedTransactionList
    """

    return sync_detailed(
        client=client,
        asset_symbol=asset_symbol,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        portfolio=portfolio,
        source=source,
        status=status,
        transaction_type=transaction_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    asset_symbol: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    portfolio: int | Unset = UNSET,
    source: V1PortfolioTransactionsListSource | Unset = UNSET,
    status: V1PortfolioTransactionsListStatus | Unset = UNSET,
    transaction_type: V1PortfolioTransactionsListTransactionType | Unset = UNSET,
) -> Response[ApiError | PaginatedTransactionList]:
    """The user's ledger. POST places an order (buy/sell) through services.record_trade.

    Args:
        asset_symbol (str | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        portfolio (int | Unset):
        source (V1PortfolioTransactionsListSource | Unset):
        status (V1PortfolioTransactionsListStatus | Unset):
        transaction_type (V1PortfolioTransactionsListTransactionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedTransactionList]
    """

    kwargs = _get_kwargs(
        asset_symbol=asset_symbol,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        portfolio=portfolio,
        source=source,
        status=status,
        transaction_type=transaction_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    asset_symbol: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    portfolio: int | Unset = UNSET,
    source: V1PortfolioTransactionsListSource | Unset = UNSET,
    status: V1PortfolioTransactionsListStatus | Unset = UNSET,
    transaction_type: V1PortfolioTransactionsListTransactionType | Unset = UNSET,
) -> ApiError | PaginatedTransactionList | None:
    """The user's ledger. POST places an order (buy/sell) through services.record_trade.

    Args:
        asset_symbol (str | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        portfolio (int | Unset):
        source (V1PortfolioTransactionsListSource | Unset):
        status (V1PortfolioTransactionsListStatus | Unset):
        transaction_type (V1PortfolioTransactionsListTransactionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedTransactionList
    """

    return (
        await asyncio_detailed(
            client=client,
            asset_symbol=asset_symbol,
            cursor=cursor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            portfolio=portfolio,
            source=source,
            status=status,
            transaction_type=transaction_type,
        )
    ).parsed
