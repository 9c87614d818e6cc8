from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_run_list_list import PaginatedRunListList
from ...models.v1_research_runs_list_include import V1ResearchRunsListInclude
from ...models.v1_research_runs_list_status import V1ResearchRunsListStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    definition: UUID | Unset = UNSET,
    experiment: UUID | Unset = UNSET,
    include: V1ResearchRunsListInclude | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: V1ResearchRunsListStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    json_definition: str | Unset = UNSET
    if not isinstance(definition, Unset):
        json_definition = str(definition)
    params["definition"] = json_definition

    json_experiment: str | Unset = UNSET
    if not isinstance(experiment, Unset):
        json_experiment = str(experiment)
    params["experiment"] = json_experiment

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/research/runs/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedRunListList | None:
    if response.status_code == 200:
        response_200 = PaginatedRunListList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedRunListList]:
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
    definition: UUID | Unset = UNSET,
    experiment: UUID | Unset = UNSET,
    include: V1ResearchRunsListInclude | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: V1ResearchRunsListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedRunListList]:
    """Runs; POST may carry ``transcripts``, written with the run in one transaction.

    Args:
        cursor (str | Unset):
        definition (UUID | Unset):
        experiment (UUID | Unset):
        include (V1ResearchRunsListInclude | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (V1ResearchRunsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedRunListList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        definition=definition,
        experiment=experiment,
        include=include,
        ordering=ordering,
        page=page,
        page_size=page_size,
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
    definition: UUID | Unset = UNSET,
    experiment: UUID | Unset = UNSET,
    include: V1ResearchRunsListInclude | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: V1ResearchRunsListStatus | Unset = UNSET,
) -> ApiError | PaginatedRunListList | None:
    """Runs; POST may carry ``transcripts``, written with the run in one transaction.

    Args:
        cursor (str | Unset):
        definition (UUID | Unset):
        experiment (UUID | Unset):
        include (V1ResearchRunsListInclude | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (V1ResearchRunsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedRunListList
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        definition=definition,
        experiment=experiment,
        include=include,
        ordering=ordering,
        page=page,
        page_size=page_size,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    definition: UUID | Unset = UNSET,
    experiment: UUID | Unset = UNSET,
    include: V1ResearchRunsListInclude | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: V1ResearchRunsListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedRunListList]:
    """Runs; POST may carry ``transcripts``, written with the run in one transaction.

    Args:
        cursor (str | Unset):
        definition (UUID | Unset):
        experiment (UUID | Unset):
        include (V1ResearchRunsListInclude | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (V1ResearchRunsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedRunListList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        definition=definition,
        experiment=experiment,
        include=include,
        ordering=ordering,
        page=page,
        page_size=page_size,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    definition: UUID | Unset = UNSET,
    experiment: UUID | Unset = UNSET,
    include: V1ResearchRunsListInclude | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: V1ResearchRunsListStatus | Unset = UNSET,
) -> ApiError | PaginatedRunListList | None:
    """Runs; POST may carry ``transcripts``, written with the run in one transaction.

    Args:
        cursor (str | Unset):
        definition (UUID | Unset):
        experiment (UUID | Unset):
        include (V1ResearchRunsListInclude | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (V1ResearchRunsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedRunListList
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            definition=definition,
            experiment=experiment,
            include=include,
            ordering=ordering,
            page=page,
            page_size=page_size,
            status=status,
        )
    ).parsed
