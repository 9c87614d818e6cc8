import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_evaluation_list import PaginatedEvaluationList
from ...models.v1_ideas_evaluations_list_priority import V1IdeasEvaluationsListPriority
from ...models.v1_ideas_evaluations_list_status import V1IdeasEvaluationsListStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    business_idea: UUID | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    overall_score_max: float | Unset = UNSET,
    overall_score_min: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    priority: V1IdeasEvaluationsListPriority | Unset = UNSET,
    recommendation: str | Unset = UNSET,
    results_contains: Any | Unset = UNSET,
    status: V1IdeasEvaluationsListStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_business_idea: str | Unset = UNSET
    if not isinstance(business_idea, Unset):
        json_business_idea = str(business_idea)
    params["business_idea"] = json_business_idea

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    params["cursor"] = cursor

    params["ordering"] = ordering

    params["overall_score_max"] = overall_score_max

    params["overall_score_min"] = overall_score_min

    params["page"] = page

    params["page_size"] = page_size

    json_priority: str | Unset = UNSET
    if not isinstance(priority, Unset):
        json_priority = priority.value

    params["priority"] = json_priority

    params["recommendation"] = recommendation

    params["results_contains"] = results_contains

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/ideas/evaluations/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedEvaluationList | None:
    if response.status_code == 200:
        response_200 = PaginatedEvaluationList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedEvaluationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    business_idea: UUID | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    overall_score_max: float | Unset = UNSET,
    overall_score_min: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    priority: V1IdeasEvaluationsListPriority | Unset = UNSET,
    recommendation: str | Unset = UNSET,
    results_contains: Any | Unset = UNSET,
    status: V1IdeasEvaluationsListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedEvaluationList]:
    """Evaluations of the caller's (not deleted) ideas. POST queues a pending evaluation
    of a submitted idea; workers claim it through ideas.services.

    Args:
        business_idea (UUID | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        overall_score_max (float | Unset):
        overall_score_min (float | Unset):
        page (int | Unset):
        page_size (int | Unset):
        priority (V1IdeasEvaluationsListPriority | Unset):
        recommendation (str | Unset):
        results_contains (Any | Unset):
        status (V1IdeasEvaluationsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedEvaluationList]
    """

    kwargs = _get_kwargs(
        business_idea=business_idea,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        ordering=ordering,
        overall_score_max=overall_score_max,
        overall_score_min=overall_score_min,
        page=page,
        page_size=page_size,
        priority=priority,
        recommendation=recommendation,
        results_contains=results_contains,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    business_idea: UUID | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    overall_score_max: float | Unset = UNSET,
    overall_score_min: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    priority: V1IdeasEvaluationsListPriority | Unset = UNSET,
    recommendation: str | Unset = UNSET,
    results_contains: Any | Unset = UNSET,
    status: V1IdeasEvaluationsListStatus | Unset = UNSET,
) -> ApiError | PaginatedEvaluationList | None:
    """Evaluations of the caller's (not deleted) ideas. POST queues a pending evaluation
    of a submitted idea; workers claim it through ideas.services.

    Args:
        business_idea (UUID | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        overall_score_max (float | Unset):
        overall_score_min (float | Unset):
        page (int | Unset):
        page_size (int | Unset):
        priority (V1IdeasEvaluationsListPriority | Unset):
        recommendation (str | Unset):
        results_contains (Any | Unset):
        status (V1IdeasEvaluationsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedEvaluationList
    """

    return sync_detailed(
        client=client,
        business_idea=business_idea,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        ordering=ordering,
        overall_score_max=overall_score_max,
        overall_score_min=overall_score_min,
        page=page,
        page_size=page_size,
        priority=priority,
        recommendation=recommendation,
        results_contains=results_contains,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    business_idea: UUID | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    overall_score_max: float | Unset = UNSET,
    overall_score_min: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    priority: V1IdeasEvaluationsListPriority | Unset = UNSET,
    recommendation: str | Unset = UNSET,
    results_contains: Any | Unset = UNSET,
    status: V1IdeasEvaluationsListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedEvaluationList]:
    """Evaluations of the caller's (not deleted) ideas. POST queues a pending evaluation
    of a submitted idea; workers claim it through ideas.services.

    Args:
        business_idea (UUID | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        overall_score_max (float | Unset):
        overall_score_min (float | Unset):
        page (int | Unset):
        page_size (int | Unset):
        priority (V1IdeasEvaluationsListPriority | Unset):
        recommendation (str | Unset):
        results_contains (Any | Unset):
        status (V1IdeasEvaluationsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedEvaluationList]
    """

    kwargs = _get_kwargs(
        business_idea=business_idea,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        ordering=ordering,
        overall_score_max=overall_score_max,
        overall_score_min=overall_score_min,
        page=page,
        page_size=page_size,
        priority=priority,
        recommendation=recommendation,
        results_contains=results_contains,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    business_idea: UUID | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    overall_score_max: float | Unset = UNSET,
    overall_score_min: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    priority: V1IdeasEvaluationsListPriority | Unset = UNSET,
    recommendation: str | Unset = UNSET,
    results_contains: Any | Unset = UNSET,
    status: V1IdeasEvaluationsListStatus | Unset = UNSET,
) -> ApiError | PaginatedEvaluationList | None:
    """Evaluations of the caller's (not deleted) ideas. POST queues a pending evaluation
    of a submitted idea; workers claim it through ideas.services.

    Args:
        business_idea (UUID | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        overall_score_max (float | Unset):
        overall_score_min (float | Unset):
        page (int | Unset):
        page_size (int | Unset):
        priority (V1IdeasEvaluationsListPriority | Unset):
        recommendation (str | Unset):
        results_contains (Any | Unset):
        status (V1IdeasEvaluationsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedEvaluationList
    """

    return (
        await asyncio_detailed(
            client=client,
            business_idea=business_idea,
            created_after=created_after,
            created_before=created_before,
            cursor=cursor,
            ordering=ordering,
            overall_score_max=overall_score_max,
            overall_score_min=overall_score_min,
            page=page,
            page_size=page_size,
            priority=priority,
            recommendation=recommendation,
            results_contains=results_contains,
            status=status,
        )
    ).parsed
