import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_reply_list import PaginatedReplyList
from ...models.v1_engagement_replies_list_approval_status import (
    V1EngagementRepliesListApprovalStatus,
)
from ...models.v1_engagement_replies_list_archetype import V1EngagementRepliesListArchetype
from ...models.v1_engagement_replies_list_platform import V1EngagementRepliesListPlatform
from ...models.v1_engagement_replies_list_reply_type import V1EngagementRepliesListReplyType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    approval_status: V1EngagementRepliesListApprovalStatus | Unset = UNSET,
    archetype: V1EngagementRepliesListArchetype | Unset = UNSET,
    cursor: str | Unset = UNSET,
    decision: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementRepliesListPlatform | Unset = UNSET,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    reply_type: V1EngagementRepliesListReplyType | Unset = UNSET,
    utm_code: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_approval_status: str | Unset = UNSET
    if not isinstance(approval_status, Unset):
        json_approval_status = approval_status.value

    params["approval_status"] = json_approval_status

    json_archetype: str | Unset = UNSET
    if not isinstance(archetype, Unset):
        json_archetype = archetype.value

    params["archetype"] = json_archetype

    params["cursor"] = cursor

    json_decision: str | Unset = UNSET
    if not isinstance(decision, Unset):
        json_decision = str(decision)
    params["decision"] = json_decision

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_platform: str | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform.value

    params["platform"] = json_platform

    json_posted_after: str | Unset = UNSET
    if not isinstance(posted_after, Unset):
        json_posted_after = posted_after.isoformat()
    params["posted_after"] = json_posted_after

    json_posted_before: str | Unset = UNSET
    if not isinstance(posted_before, Unset):
        json_posted_before = posted_before.isoformat()
    params["posted_before"] = json_posted_before

    json_reply_type: str | Unset = UNSET
    if not isinstance(reply_type, Unset):
        json_reply_type = reply_type.value

    params["reply_type"] = json_reply_type

    params["utm_code"] = utm_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/engagement/replies/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedReplyList | None:
    if response.status_code == 200:
        response_200 = PaginatedReplyList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedReplyList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    approval_status: V1EngagementRepliesListApprovalStatus | Unset = UNSET,
    archetype: V1EngagementRepliesListArchetype | Unset = UNSET,
    cursor: str | Unset = UNSET,
    decision: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementRepliesListPlatform | Unset = UNSET,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    reply_type: V1EngagementRepliesListReplyType | Unset = UNSET,
    utm_code: str | Unset = UNSET,
) -> Response[ApiError | PaginatedReplyList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        approval_status (V1EngagementRepliesListApprovalStatus | Unset):
        archetype (V1EngagementRepliesListArchetype | Unset):
        cursor (str | Unset):
        decision (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementRepliesListPlatform | Unset):
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        reply_type (V1EngagementRepliesListReplyType | Unset):
        utm_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedReplyList]
    """

    kwargs = _get_kwargs(
        approval_status=approval_status,
        archetype=archetype,
        cursor=cursor,
        decision=decision,
        ordering=ordering,
        page=page,
        page_size=page_size,
        platform=platform,
        posted_after=posted_after,
        posted_before=posted_before,
        reply_type=reply_type,
        utm_code=utm_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    approval_status: V1EngagementRepliesListApprovalStatus | Unset = UNSET,
    archetype: V1EngagementRepliesListArchetype | Unset = UNSET,
    cursor: str | Unset = UNSET,
    decision: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementRepliesListPlatform | Unset = UNSET,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    reply_type: V1EngagementRepliesListReplyType | Unset = UNSET,
    utm_code: str | Unset = UNSET,
) -> ApiError | PaginatedReplyList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        approval_status (V1EngagementRepliesListApprovalStatus | Unset):
        archetype (V1EngagementRepliesListArchetype | Unset):
        cursor (str | Unset):
        decision (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementRepliesListPlatform | Unset):
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        reply_type (V1EngagementRepliesListReplyType | Unset):
        utm_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedReplyList
    """

    return sync_detailed(
        client=client,
        approval_status=approval_status,
        archetype=archetype,
        cursor=cursor,
        decision=decision,
        ordering=ordering,
        page=page,
        page_size=page_size,
        platform=platform,
        posted_after=posted_after,
        posted_before=posted_before,
        reply_type=reply_type,
        utm_code=utm_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    approval_status: V1EngagementRepliesListApprovalStatus | Unset = UNSET,
    archetype: V1EngagementRepliesListArchetype | Unset = UNSET,
    cursor: str | Unset = UNSET,
    decision: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementRepliesListPlatform | Unset = UNSET,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    reply_type: V1EngagementRepliesListReplyType | Unset = UNSET,
    utm_code: str | Unset = UNSET,
) -> Response[ApiError | PaginatedReplyList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        approval_status (V1EngagementRepliesListApprovalStatus | Unset):
        archetype (V1EngagementRepliesListArchetype | Unset):
        cursor (str | Unset):
        decision (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementRepliesListPlatform | Unset):
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        reply_type (V1EngagementRepliesListReplyType | Unset):
        utm_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedReplyList]
    """

    kwargs = _get_kwargs(
        approval_status=approval_status,
        archetype=archetype,
        cursor=cursor,
        decision=decision,
        ordering=ordering,
        page=page,
        page_size=page_size,
        platform=platform,
        posted_after=posted_after,
        posted_before=posted_before,
        reply_type=reply_type,
        utm_code=utm_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    approval_status: V1EngagementRepliesListApprovalStatus | Unset = UNSET,
    archetype: V1EngagementRepliesListArchetype | Unset = UNSET,
    cursor: str | Unset = UNSET,
    decision: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementRepliesListPlatform | Unset = UNSET,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    reply_type: V1EngagementRepliesListReplyType | Unset = UNSET,
    utm_code: str | Unset = UNSET,
) -> ApiError | PaginatedReplyList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        approval_status (V1EngagementRepliesListApprovalStatus | Unset):
        archetype (V1EngagementRepliesListArchetype | Unset):
        cursor (str | Unset):
        decision (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementRepliesListPlatform | Unset):
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        reply_type (V1EngagementRepliesListReplyType | Unset):
        utm_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedReplyList
    """

    return (
        await asyncio_detailed(
            client=client,
            approval_status=approval_status,
            archetype=archetype,
            cursor=cursor,
            decision=decision,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform=platform,
            posted_after=posted_after,
            posted_before=posted_before,
            reply_type=reply_type,
            utm_code=utm_code,
        )
    ).parsed
