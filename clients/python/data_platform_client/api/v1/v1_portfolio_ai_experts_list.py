from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_ai_expert_list import PaginatedAIExpertList
from ...models.v1_portfolio_ai_experts_list_specialty import V1PortfolioAiExpertsListSpecialty
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    specialty: V1PortfolioAiExpertsListSpecialty | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["is_active"] = is_active

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_specialty: str | Unset = UNSET
    if not isinstance(specialty, Unset):
        json_specialty = specialty.value

    params["specialty"] = json_specialty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/portfolio/ai-experts/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedAIExpertList | None:
    if response.status_code == 200:
        response_200 = PaginatedAIExpertList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedAIExpertList]:
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
    is_active: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    specialty: V1PortfolioAiExpertsListSpecialty | Unset = UNSET,
) -> Response[ApiError | PaginatedAIExpertList]:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        cursor (str | Unset):
        is_active (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        specialty (V1PortfolioAiExpertsListSpecialty | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedAIExpertList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        is_active=is_active,
        ordering=ordering,
        page=page,
        page_size=page_size,
        specialty=specialty,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    specialty: V1PortfolioAiExpertsListSpecialty | Unset = UNSET,
) -> ApiError | PaginatedAIExpertList | None:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        cursor (str | Unset):
        is_active (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        specialty (V1PortfolioAiExpertsListSpecialty | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedAIExpertList
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        is_active=is_active,
        ordering=ordering,
        page=page,
        page_size=page_size,
        specialty=specialty,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    specialty: V1PortfolioAiExpertsListSpecialty | Unset = UNSET,
) -> Response[ApiError | PaginatedAIExpertList]:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        cursor (str | Unset):
        is_active (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        specialty (V1PortfolioAiExpertsListSpecialty | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedAIExpertList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        is_active=is_active,
        ordering=ordering,
        page=page,
        page_size=page_size,
        specialty=specialty,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    specialty: V1PortfolioAiExpertsListSpecialty | Unset = UNSET,
) -> ApiError | PaginatedAIExpertList | None:
    """Refuse (409) to delete a row other rows still reference, before PostgreSQL would.

    Args:
        cursor (str | Unset):
        is_active (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        specialty (V1PortfolioAiExpertsListSpecialty | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedAIExpertList
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            is_active=is_active,
            ordering=ordering,
            page=page,
            page_size=page_size,
            specialty=specialty,
        )
    ).parsed
