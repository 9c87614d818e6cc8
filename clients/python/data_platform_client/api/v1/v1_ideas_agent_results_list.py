from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_agent_result_list import PaginatedAgentResultList
from ...models.v1_ideas_agent_results_list_status import V1IdeasAgentResultsListStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_type: str | Unset = UNSET,
    business_idea: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    evaluation: UUID | Unset = UNSET,
    insights_contains: Any | Unset = UNSET,
    insights_has_key: str | Unset = UNSET,
    output_contains: Any | Unset = UNSET,
    page_size: int | Unset = UNSET,
    score_max: float | Unset = UNSET,
    score_min: float | Unset = UNSET,
    status: V1IdeasAgentResultsListStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_type"] = agent_type

    json_business_idea: str | Unset = UNSET
    if not isinstance(business_idea, Unset):
        json_business_idea = str(business_idea)
    params["business_idea"] = json_business_idea

    params["cursor"] = cursor

    json_evaluation: str | Unset = UNSET
    if not isinstance(evaluation, Unset):
        json_evaluation = str(evaluation)
    params["evaluation"] = json_evaluation

    params["insights_contains"] = insights_contains

    params["insights_has_key"] = insights_has_key

    params["output_contains"] = output_contains

    params["page_size"] = page_size

    params["score_max"] = score_max

    params["score_min"] = score_min

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/ideas/agent-results/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedAgentResultList | None:
    if response.status_code == 200:
        response_200 = PaginatedAgentResultList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedAgentResultList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agent_type: str | Unset = UNSET,
    business_idea: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    evaluation: UUID | Unset = UNSET,
    insights_contains: Any | Unset = UNSET,
    insights_has_key: str | Unset = UNSET,
    output_contains: Any | Unset = UNSET,
    page_size: int | Unset = UNSET,
    score_max: float | Unset = UNSET,
    score_min: float | Unset = UNSET,
    status: V1IdeasAgentResultsListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedAgentResultList]:
    """Agent results of the caller's evaluations, newest first, cursor-paginated.

    Args:
        agent_type (str | Unset):
        business_idea (UUID | Unset):
        cursor (str | Unset):
        evaluation (UUID | Unset):
        insights_contains (Any | Unset):
        insights_has_key (str | Unset):
        output_contains (Any | Unset):
        page_size (int | Unset):
        score_max (float | Unset):
        score_min (float | Unset):
        status (V1IdeasAgentResultsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedAgentResultList]
    """

    kwargs = _get_kwargs(
        agent_type=agent_type,
        business_idea=business_idea,
        cursor=cursor,
        evaluation=evaluation,
        insights_contains=insights_contains,
        insights_has_key=insights_has_key,
        output_contains=output_contains,
        page_size=page_size,
        score_max=score_max,
        score_min=score_min,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    agent_type: str | Unset = UNSET,
    business_idea: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    evaluation: UUID | Unset = UNSET,
    insights_contains: Any | Unset = UNSET,
    insights_has_key: str | Unset = UNSET,
    output_contains: Any | Unset = UNSET,
    page_size: int | Unset = UNSET,
    score_max: float | Unset = UNSET,
    score_min: float | Unset = UNSET,
    status: V1IdeasAgentResultsListStatus | Unset = UNSET,
) -> ApiError | PaginatedAgentResultList | None:
    """Agent results of the caller's evaluations, newest first, cursor-paginated.

    Args:
        agent_type (str | Unset):
        business_idea (UUID | Unset):
        cursor (str | Unset):
        evaluation (UUID | Unset):
        insights_contains (Any | Unset):
        insights_has_key (str | Unset):
        output_contains (Any | Unset):
        page_size (int | Unset):
        score_max (float | Unset):
        score_min (float | Unset):
        status (V1IdeasAgentResultsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedAgentResultList
    """

    return sync_detailed(
        client=client,
        agent_type=agent_type,
        business_idea=business_idea,
        cursor=cursor,
        evaluation=evaluation,
        insights_contains=insights_contains,
        insights_has_key=insights_has_key,
        output_contains=output_contains,
        page_size=page_size,
        score_max=score_max,
        score_min=score_min,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_type: str | Unset = UNSET,
    business_idea: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    evaluation: UUID | Unset = UNSET,
    insights_contains: Any | Unset = UNSET,
    insights_has_key: str | Unset = UNSET,
    output_contains: Any | Unset = UNSET,
    page_size: int | Unset = UNSET,
    score_max: float | Unset = UNSET,
    score_min: float | Unset = UNSET,
    status: V1IdeasAgentResultsListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedAgentResultList]:
    """Agent results of the caller's evaluations, newest first, cursor-paginated.

    Args:
        agent_type (str | Unset):
        business_idea (UUID | Unset):
        cursor (str | Unset):
        evaluation (UUID | Unset):
        insights_contains (Any | Unset):
        insights_has_key (str | Unset):
        output_contains (Any | Unset):
        page_size (int | Unset):
        score_max (float | Unset):
        score_min (float | Unset):
        status (V1IdeasAgentResultsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedAgentResultList]
    """

    kwargs = _get_kwargs(
        agent_type=agent_type,
        business_idea=business_idea,
        cursor=cursor,
        evaluation=evaluation,
        insights_contains=insights_contains,
        insights_has_key=insights_has_key,
        output_contains=output_contains,
        page_size=page_size,
        score_max=score_max,
        score_min=score_min,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_type: str | Unset = UNSET,
    business_idea: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    evaluation: UUID | Unset = UNSET,
    insights_contains: Any | Unset = UNSET,
    insights_has_key: str | Unset = UNSET,
    output_contains: Any | Unset = UNSET,
    page_size: int | Unset = UNSET,
    score_max: float | Unset = UNSET,
    score_min: float | Unset = UNSET,
    status: V1IdeasAgentResultsListStatus | Unset = UNSET,
) -> ApiError | PaginatedAgentResultList | None:
    """Agent results of the caller's evaluations, newest first, cursor-paginated.

    Args:
        agent_type (str | Unset):
        business_idea (UUID | Unset):
        cursor (str | Unset):
        evaluation (UUID | Unset):
        insights_contains (Any | Unset):
        insights_has_key (str | Unset):
        output_contains (Any | Unset):
        page_size (int | Unset):
        score_max (float | Unset):
        score_min (float | Unset):
        status (V1IdeasAgentResultsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedAgentResultList
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_type=agent_type,
            business_idea=business_idea,
            cursor=cursor,
            evaluation=evaluation,
            insights_contains=insights_contains,
            insights_has_key=insights_has_key,
            output_contains=output_contains,
            page_size=page_size,
            score_max=score_max,
            score_min=score_min,
            status=status,
        )
    ).parsed
