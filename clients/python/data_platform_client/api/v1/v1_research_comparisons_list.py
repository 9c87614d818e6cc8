from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_run_comparison_list import PaginatedRunComparisonList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    baseline_run: UUID | Unset = UNSET,
    comparison_run: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    experiment: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_baseline_run: str | Unset = UNSET
    if not isinstance(baseline_run, Unset):
        json_baseline_run = str(baseline_run)
    params["baseline_run"] = json_baseline_run

    json_comparison_run: str | Unset = UNSET
    if not isinstance(comparison_run, Unset):
        json_comparison_run = str(comparison_run)
    params["comparison_run"] = json_comparison_run

    params["cursor"] = cursor

    json_experiment: str | Unset = UNSET
    if not isinstance(experiment, Unset):
        json_experiment = str(experiment)
    params["experiment"] = json_experiment

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/research/comparisons/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedRunComparisonList | None:
    if response.status_code == 200:
        response_200 = PaginatedRunComparisonList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedRunComparisonList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    baseline_run: UUID | Unset = UNSET,
    comparison_run: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    experiment: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | PaginatedRunComparisonList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        baseline_run (UUID | Unset):
        comparison_run (UUID | Unset):
        cursor (str | Unset):
        experiment (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedRunComparisonList]
    """

    kwargs = _get_kwargs(
        baseline_run=baseline_run,
        comparison_run=comparison_run,
        cursor=cursor,
        experiment=experiment,
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
    baseline_run: UUID | Unset = UNSET,
    comparison_run: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    experiment: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | PaginatedRunComparisonList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        baseline_run (UUID | Unset):
        comparison_run (UUID | Unset):
        cursor (str | Unset):
        experiment (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedRunComparisonList
    """

    return sync_detailed(
        client=client,
        baseline_run=baseline_run,
        comparison_run=comparison_run,
        cursor=cursor,
        experiment=experiment,
        ordering=ordering,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    baseline_run: UUID | Unset = UNSET,
    comparison_run: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    experiment: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | PaginatedRunComparisonList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        baseline_run (UUID | Unset):
        comparison_run (UUID | Unset):
        cursor (str | Unset):
        experiment (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedRunComparisonList]
    """

    kwargs = _get_kwargs(
        baseline_run=baseline_run,
        comparison_run=comparison_run,
        cursor=cursor,
        experiment=experiment,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    baseline_run: UUID | Unset = UNSET,
    comparison_run: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    experiment: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | PaginatedRunComparisonList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        baseline_run (UUID | Unset):
        comparison_run (UUID | Unset):
        cursor (str | Unset):
        experiment (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedRunComparisonList
    """

    return (
        await asyncio_detailed(
            client=client,
            baseline_run=baseline_run,
            comparison_run=comparison_run,
            cursor=cursor,
            experiment=experiment,
            ordering=ordering,
            page=page,
            page_size=page_size,
        )
    ).parsed
