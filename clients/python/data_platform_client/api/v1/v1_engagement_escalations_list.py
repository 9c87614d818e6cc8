import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_escalation_list import PaginatedEscalationList
from ...models.v1_engagement_escalations_list_priority import V1EngagementEscalationsListPriority
from ...models.v1_engagement_escalations_list_reason import V1EngagementEscalationsListReason
from ...models.v1_engagement_escalations_list_status import V1EngagementEscalationsListStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    assigned_to: UUID | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    post: UUID | Unset = UNSET,
    priority: V1EngagementEscalationsListPriority | Unset = UNSET,
    reason: V1EngagementEscalationsListReason | Unset = UNSET,
    status: V1EngagementEscalationsListStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_assigned_to: str | Unset = UNSET
    if not isinstance(assigned_to, Unset):
        json_assigned_to = str(assigned_to)
    params["assigned_to"] = json_assigned_to

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

    params["page"] = page

    params["page_size"] = page_size

    json_post: str | Unset = UNSET
    if not isinstance(post, Unset):
        json_post = str(post)
    params["post"] = json_post

    json_priority: int | Unset = UNSET
    if not isinstance(priority, Unset):
        json_priority = priority.value

    params["priority"] = json_priority

    json_reason: str | Unset = UNSET
    if not isinstance(reason, Unset):
        json_reason = reason.value

    params["reason"] = json_reason

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/engagement/escalations/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedEscalationList | None:
    if response.status_code == 200:
        response_200 = PaginatedEscalationList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedEscalationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    assigned_to: UUID | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    post: UUID | Unset = UNSET,
    priority: V1EngagementEscalationsListPriority | Unset = UNSET,
    reason: V1EngagementEscalationsListReason | Unset = UNSET,
    status: V1EngagementEscalationsListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedEscalationList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        assigned_to (UUID | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        post (UUID | Unset):
        priority (V1EngagementEscalationsListPriority | Unset):
        reason (V1EngagementEscalationsListReason | Unset):
        status (V1EngagementEscalationsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedEscalationList]
    """

    kwargs = _get_kwargs(
        assigned_to=assigned_to,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        post=post,
        priority=priority,
        reason=reason,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    assigned_to: UUID | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    post: UUID | Unset = UNSET,
    priority: V1EngagementEscalationsListPriority | Unset = UNSET,
    reason: V1EngagementEscalationsListReason | Unset = UNSET,
    status: V1EngagementEscalationsListStatus | Unset = UNSET,
) -> ApiError | PaginatedEscalationList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        assigned_to (UUID | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        post (UUID | Unset):
        priority (V1EngagementEscalationsListPriority | Unset):
        reason (V1EngagementEscalationsListReason | Unset):
        status (V1EngagementEscalationsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedEscalationList
    """

    return sync_detailed(
        client=client,
        assigned_to=assigned_to,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        post=post,
        priority=priority,
        reason=reason,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    assigned_to: UUID | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    post: UUID | Unset = UNSET,
    priority: V1EngagementEscalationsListPriority | Unset = UNSET,
    reason: V1EngagementEscalationsListReason | Unset = UNSET,
    status: V1EngagementEscalationsListStatus | Unset = UNSET,
) -> Response[ApiError | PaginatedEscalationList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        assigned_to (UUID | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        post (UUID | Unset):
        priority (V1EngagementEscalationsListPriority | Unset):
        reason (V1EngagementEscalationsListReason | Unset):
        status (V1EngagementEscalationsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedEscalationList]
    """

    kwargs = _get_kwargs(
        assigned_to=assigned_to,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        post=post,
        priority=priority,
        reason=reason,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    assigned_to: UUID | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    post: UUID | Unset = UNSET,
    priority: V1EngagementEscalationsListPriority | Unset = UNSET,
    reason: V1EngagementEscalationsListReason | Unset = UNSET,
    status: V1EngagementEscalationsListStatus | Unset = UNSET,
) -> ApiError | PaginatedEscalationList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        assigned_to (UUID | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        post (UUID | Unset):
        priority (V1EngagementEscalationsListPriority | Unset):
        reason (V1EngagementEscalationsListReason | Unset):
        status (V1EngagementEscalationsListStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedEscalationList
    """

    return (
        await asyncio_detailed(
            client=client,
            assigned_to=assigned_to,
            created_after=created_after,
            created_before=created_before,
            cursor=cursor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            post=post,
            priority=priority,
            reason=reason,
            status=status,
        )
    ).parsed
