from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_analysis_result_list import PaginatedAnalysisResultList
from ...models.v1_research_analysis_results_list_status import V1ResearchAnalysisResultsListStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    analysis_type: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    run: UUID | Unset = UNSET,
    status: V1ResearchAnalysisResultsListStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["analysis_type"] = analysis_type

    params["cursor"] = cursor

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_run: str | Unset = UNSET
    if not isinstance(run, Unset):
        json_run = str(run)
    params["run"] = json_run

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/research/analysis-results/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedAnalysisResultList | None:
    if response.status_code == 200:
        response_200 = PaginatedAnalysisResultList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedAnalysisResultList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    analysis_type: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    run: UUID | Unset = UNSET,
    status: V1ResearchAnalysisResultsListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedAnalysisResultList]:
    """Analysis results are immutable versions. POST records a new version for
    (run, analysis_type), superseding the current one; ``reanalyze`` does the
    same for an existing result's run and type.

    Args:
        analysis_type (str | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        run (UUID | Unset):
        status (V1ResearchAnalysisResultsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedAnalysisResultList]
    """

    kwargs = _get_kwargs(
        analysis_type=analysis_type,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        run=run,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    analysis_type: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    run: UUID | Unset = UNSET,
    status: V1ResearchAnalysisResultsListStatus | Unset = UNSET,
) -> ApiError | PaginatedAnalysisResultList | None:
    """Analysis results are immutable versions. POST records a new version for
    (run, analysis_type), superseding the current one; ``reanalyze`` does the
    same for an existing result's run and type.

    Args:
        analysis_type (str | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        run (UUID | Unset):
        status (V1ResearchAnalysisResultsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedAnalysisResultList
    """

    return sync_detailed(
        client=client,
        analysis_type=analysis_type,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        run=run,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    analysis_type: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    run: UUID | Unset = UNSET,
    status: V1ResearchAnalysisResultsListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedAnalysisResultList]:
    """Analysis results are immutable versions. POST records a new version for
    (run, analysis_type), superseding the current one; ``reanalyze`` does the
    same for an existing result's run and type.

    Args:
        analysis_type (str | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        run (UUID | Unset):
        status (V1ResearchAnalysisResultsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedAnalysisResultList]
    """

    kwargs = _get_kwargs(
        analysis_type=analysis_type,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        run=run,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    analysis_type: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    run: UUID | Unset = UNSET,
    status: V1ResearchAnalysisResultsListStatus | Unset = UNSET,
) -> ApiError | PaginatedAnalysisResultList | None:
    """Analysis results are immutable versions. POST records a new version for
    (run, analysis_type), superseding the current one; ``reanalyze`` does the
    same for an existing result's run and type.

    Args:
        analysis_type (str | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        run (UUID | Unset):
        status (V1ResearchAnalysisResultsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedAnalysisResultList
    """

    return (
        await asyncio_detailed(
            client=client,
            analysis_type=analysis_type,
            cursor=cursor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            run=run,
            status=status,
        )
    ).parsed
