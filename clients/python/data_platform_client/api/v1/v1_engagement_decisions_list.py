import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_decision_list import PaginatedDecisionList
from ...models.v1_engagement_decisions_list_archetype import V1EngagementDecisionsListArchetype
from ...models.v1_engagement_decisions_list_experiment_variant import (
    V1EngagementDecisionsListExperimentVariant,
)
from ...models.v1_engagement_decisions_list_mode import V1EngagementDecisionsListMode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    archetype: V1EngagementDecisionsListArchetype | Unset = UNSET,
    composite_max: float | Unset = UNSET,
    composite_min: float | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    experiment: UUID | Unset = UNSET,
    experiment_variant: V1EngagementDecisionsListExperimentVariant | Unset = UNSET,
    is_randomized_experiment: bool | Unset = UNSET,
    mode: V1EngagementDecisionsListMode | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    post: UUID | Unset = UNSET,
    safety_flag: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_archetype: str | Unset = UNSET
    if not isinstance(archetype, Unset):
        json_archetype = archetype.value

    params["archetype"] = json_archetype

    params["composite_max"] = composite_max

    params["composite_min"] = composite_min

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    params["cursor"] = cursor

    json_experiment: str | Unset = UNSET
    if not isinstance(experiment, Unset):
        json_experiment = str(experiment)
    params["experiment"] = json_experiment

    json_experiment_variant: str | Unset = UNSET
    if not isinstance(experiment_variant, Unset):
        json_experiment_variant = experiment_variant.value

    params["experiment_variant"] = json_experiment_variant

    params["is_randomized_experiment"] = is_randomized_experiment

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_post: str | Unset = UNSET
    if not isinstance(post, Unset):
        json_post = str(post)
    params["post"] = json_post

    params["safety_flag"] = safety_flag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/engagement/decisions/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedDecisionList | None:
    if response.status_code == 200:
        response_200 = PaginatedDecisionList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedDecisionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    archetype: V1EngagementDecisionsListArchetype | Unset = UNSET,
    composite_max: float | Unset = UNSET,
    composite_min: float | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    experiment: UUID | Unset = UNSET,
    experiment_variant: V1EngagementDecisionsListExperimentVariant | Unset = UNSET,
    is_randomized_experiment: bool | Unset = UNSET,
    mode: V1EngagementDecisionsListMode | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    post: UUID | Unset = UNSET,
    safety_flag: str | Unset = UNSET,
) -> Response[ApiError | PaginatedDecisionList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        archetype (V1EngagementDecisionsListArchetype | Unset):
        composite_max (float | Unset):
        composite_min (float | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        experiment (UUID | Unset):
        experiment_variant (V1EngagementDecisionsListExperimentVariant | Unset):
        is_randomized_experiment (bool | Unset):
        mode (V1EngagementDecisionsListMode | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        post (UUID | Unset):
        safety_flag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedDecisionList]
    """

    kwargs = _get_kwargs(
        archetype=archetype,
        composite_max=composite_max,
        composite_min=composite_min,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        experiment=experiment,
        experiment_variant=experiment_variant,
        is_randomized_experiment=is_randomized_experiment,
        mode=mode,
        ordering=ordering,
        page=page,
        page_size=page_size,
        post=post,
        safety_flag=safety_flag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    archetype: V1EngagementDecisionsListArchetype | Unset = UNSET,
    composite_max: float | Unset = UNSET,
    composite_min: float | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    experiment: UUID | Unset = UNSET,
    experiment_variant: V1EngagementDecisionsListExperimentVariant | Unset = UNSET,
    is_randomized_experiment: bool | Unset = UNSET,
    mode: V1EngagementDecisionsListMode | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    post: UUID | Unset = UNSET,
    safety_flag: str | Unset = UNSET,
) -> ApiError | PaginatedDecisionList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        archetype (V1EngagementDecisionsListArchetype | Unset):
        composite_max (float | Unset):
        composite_min (float | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        experiment (UUID | Unset):
        experiment_variant (V1EngagementDecisionsListExperimentVariant | Unset):
        is_randomized_experiment (bool | Unset):
        mode (V1EngagementDecisionsListMode | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        post (UUID | Unset):
        safety_flag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedDecisionList
    """

    return sync_detailed(
        client=client,
        archetype=archetype,
        composite_max=composite_max,
        composite_min=composite_min,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        experiment=experiment,
        experiment_variant=experiment_variant,
        is_randomized_experiment=is_randomized_experiment,
        mode=mode,
        ordering=ordering,
        page=page,
        page_size=page_size,
        post=post,
        safety_flag=safety_flag,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    archetype: V1EngagementDecisionsListArchetype | Unset = UNSET,
    composite_max: float | Unset = UNSET,
    composite_min: float | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    experiment: UUID | Unset = UNSET,
    experiment_variant: V1EngagementDecisionsListExperimentVariant | Unset = UNSET,
    is_randomized_experiment: bool | Unset = UNSET,
    mode: V1EngagementDecisionsListMode | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    post: UUID | Unset = UNSET,
    safety_flag: str | Unset = UNSET,
) -> Response[ApiError | PaginatedDecisionList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        archetype (V1EngagementDecisionsListArchetype | Unset):
        composite_max (float | Unset):
        composite_min (float | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        experiment (UUID | Unset):
        experiment_variant (V1EngagementDecisionsListExperimentVariant | Unset):
        is_randomized_experiment (bool | Unset):
        mode (V1EngagementDecisionsListMode | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        post (UUID | Unset):
        safety_flag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedDecisionList]
    """

    kwargs = _get_kwargs(
        archetype=archetype,
        composite_max=composite_max,
        composite_min=composite_min,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        experiment=experiment,
        experiment_variant=experiment_variant,
        is_randomized_experiment=is_randomized_experiment,
        mode=mode,
        ordering=ordering,
        page=page,
        page_size=page_size,
        post=post,
        safety_flag=safety_flag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    archetype: V1EngagementDecisionsListArchetype | Unset = UNSET,
    composite_max: float | Unset = UNSET,
    composite_min: float | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    experiment: UUID | Unset = UNSET,
    experiment_variant: V1EngagementDecisionsListExperimentVariant | Unset = UNSET,
    is_randomized_experiment: bool | Unset = UNSET,
    mode: V1EngagementDecisionsListMode | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    post: UUID | Unset = UNSET,
    safety_flag: str | Unset = UNSET,
) -> ApiError | PaginatedDecisionList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        archetype (V1EngagementDecisionsListArchetype | Unset):
        composite_max (float | Unset):
        composite_min (float | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        experiment (UUID | Unset):
        experiment_variant (V1EngagementDecisionsListExperimentVariant | Unset):
        is_randomized_experiment (bool | Unset):
        mode (V1EngagementDecisionsListMode | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        post (UUID | Unset):
        safety_flag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedDecisionList
    """

    return (
        await asyncio_detailed(
            client=client,
            archetype=archetype,
            composite_max=composite_max,
            composite_min=composite_min,
            created_after=created_after,
            created_before=created_before,
            cursor=cursor,
            experiment=experiment,
            experiment_variant=experiment_variant,
            is_randomized_experiment=is_randomized_experiment,
            mode=mode,
            ordering=ordering,
            page=page,
            page_size=page_size,
            post=post,
            safety_flag=safety_flag,
        )
    ).parsed
