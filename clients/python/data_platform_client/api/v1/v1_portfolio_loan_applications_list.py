from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_loan_application_list import PaginatedLoanApplicationList
from ...models.v1_portfolio_loan_applications_list_purpose import (
    V1PortfolioLoanApplicationsListPurpose,
)
from ...models.v1_portfolio_loan_applications_list_status import (
    V1PortfolioLoanApplicationsListStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    purpose: V1PortfolioLoanApplicationsListPurpose | Unset = UNSET,
    status: V1PortfolioLoanApplicationsListStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_purpose: str | Unset = UNSET
    if not isinstance(purpose, Unset):
        json_purpose = purpose.value

    params["purpose"] = json_purpose

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/portfolio/loan-applications/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedLoanApplicationList | None:
    if response.status_code == 200:
        response_200 = PaginatedLoanApplicationList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedLoanApplicationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    purpose: V1PortfolioLoanApplicationsListPurpose | Unset = UNSET,
    status: V1PortfolioLoanApplicationsListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedLoanApplicationList]:
    """Drafts are editable; ``submit`` sends one for review, ``withdraw`` takes it back.

    Args:
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        purpose (V1PortfolioLoanApplicationsListPurpose | Unset):
        status (V1PortfolioLoanApplicationsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedLoanApplicationList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        purpose=purpose,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    purpose: V1PortfolioLoanApplicationsListPurpose | Unset = UNSET,
    status: V1PortfolioLoanApplicationsListStatus | Unset = UNSET,
) -> ApiError | PaginatedLoanApplicationList | None:
    """Drafts are editable; ``submit`` sends one for review, ``withdraw`` takes it back.

    Args:
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        purpose (V1PortfolioLoanApplicationsListPurpose | Unset):
        status (V1PortfolioLoanApplicationsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedLoanApplicationList
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        purpose=purpose,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    purpose: V1PortfolioLoanApplicationsListPurpose | Unset = UNSET,
    status: V1PortfolioLoanApplicationsListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedLoanApplicationList]:
    """Drafts are editable; ``submit`` sends one for review, ``withdraw`` takes it back.

    Args:
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        purpose (V1PortfolioLoanApplicationsListPurpose | Unset):
        status (V1PortfolioLoanApplicationsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedLoanApplicationList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        purpose=purpose,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    purpose: V1PortfolioLoanApplicationsListPurpose | Unset = UNSET,
    status: V1PortfolioLoanApplicationsListStatus | Unset = UNSET,
) -> ApiError | PaginatedLoanApplicationList | None:
    """Drafts are editable; ``submit`` sends one for review, ``withdraw`` takes it back.

    Args:
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        purpose (V1PortfolioLoanApplicationsListPurpose | Unset):
        status (V1PortfolioLoanApplicationsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedLoanApplicationList
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            purpose=purpose,
            status=status,
        )
    ).parsed
