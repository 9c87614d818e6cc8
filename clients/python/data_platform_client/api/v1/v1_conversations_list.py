import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_conversation_list_list import PaginatedConversationListList
from ...models.v1_conversations_list_content_type_item import V1ConversationsListContentTypeItem
from ...models.v1_conversations_list_include import V1ConversationsListInclude
from ...models.v1_conversations_list_status_item import V1ConversationsListStatusItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    consensus_reached: bool | Unset = UNSET,
    content_type: list[V1ConversationsListContentTypeItem] | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include: V1ConversationsListInclude | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: list[V1ConversationsListStatusItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["consensus_reached"] = consensus_reached

    json_content_type: list[str] | Unset = UNSET
    if not isinstance(content_type, Unset):
        json_content_type = []
        for content_type_item_data in content_type:
            content_type_item = content_type_item_data.value
            json_content_type.append(content_type_item)

    params["content_type"] = json_content_type

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    params["cursor"] = cursor

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/conversations/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedConversationListList | None:
    if response.status_code == 200:
        response_200 = PaginatedConversationListList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedConversationListList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    consensus_reached: bool | Unset = UNSET,
    content_type: list[V1ConversationsListContentTypeItem] | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include: V1ConversationsListInclude | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: list[V1ConversationsListStatusItem] | Unset = UNSET,
) -> Response[ApiError | PaginatedConversationListList]:
    """The caller's conversations (staff too: staff read others' in the admin).

    The list shows each conversation with ``message_count`` (``?include=messages``
    embeds the messages too); the detail embeds its messages in ``message_order``. ``POST`` may carry
    ``messages``: the conversation
    and all of them are written in one transaction, or nothing is.

    Args:
        consensus_reached (bool | Unset):
        content_type (list[V1ConversationsListContentTypeItem] | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        include (V1ConversationsListInclude | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (list[V1ConversationsListStatusItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedConversationListList]
    """

    kwargs = _get_kwargs(
        consensus_reached=consensus_reached,
        content_type=content_type,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
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
    consensus_reached: bool | Unset = UNSET,
    content_type: list[V1ConversationsListContentTypeItem] | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include: V1ConversationsListInclude | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: list[V1ConversationsListStatusItem] | Unset = UNSET,
) -> ApiError | PaginatedConversationListList | None:
    """The caller's conversations (staff too: staff read others' in the admin).

    The list shows each conversation with ``message_count`` (``?include=messages``
    embeds the messages too); the detail embeds its messages in ``message_order``. ``POST`` may carry
    ``messages``: the conversation
    and all of them are written in one transaction, or nothing is.

    Args:
        consensus_reached (bool | Unset):
        content_type (list[V1ConversationsListContentTypeItem] | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        include (V1ConversationsListInclude | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (list[V1ConversationsListStatusItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedConversationListList
    """

    return sync_detailed(
        client=client,
        consensus_reached=consensus_reached,
        content_type=content_type,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
        include=include,
        ordering=ordering,
        page=page,
        page_size=page_size,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    consensus_reached: bool | Unset = UNSET,
    content_type: list[V1ConversationsListContentTypeItem] | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include: V1ConversationsListInclude | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: list[V1ConversationsListStatusItem] | Unset = UNSET,
) -> Response[ApiError | PaginatedConversationListList]:
    """The caller's conversations (staff too: staff read others' in the admin).

    The list shows each conversation with ``message_count`` (``?include=messages``
    embeds the messages too); the detail embeds its messages in ``message_order``. ``POST`` may carry
    ``messages``: the conversation
    and all of them are written in one transaction, or nothing is.

    Args:
        consensus_reached (bool | Unset):
        content_type (list[V1ConversationsListContentTypeItem] | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        include (V1ConversationsListInclude | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (list[V1ConversationsListStatusItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedConversationListList]
    """

    kwargs = _get_kwargs(
        consensus_reached=consensus_reached,
        content_type=content_type,
        created_after=created_after,
        created_before=created_before,
        cursor=cursor,
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
    consensus_reached: bool | Unset = UNSET,
    content_type: list[V1ConversationsListContentTypeItem] | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include: V1ConversationsListInclude | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: list[V1ConversationsListStatusItem] | Unset = UNSET,
) -> ApiError | PaginatedConversationListList | None:
    """The caller's conversations (staff too: staff read others' in the admin).

    The list shows each conversation with ``message_count`` (``?include=messages``
    embeds the messages too); the detail embeds its messages in ``message_order``. ``POST`` may carry
    ``messages``: the conversation
    and all of them are written in one transaction, or nothing is.

    Args:
        consensus_reached (bool | Unset):
        content_type (list[V1ConversationsListContentTypeItem] | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        cursor (str | Unset):
        include (V1ConversationsListInclude | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (list[V1ConversationsListStatusItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedConversationListList
    """

    return (
        await asyncio_detailed(
            client=client,
            consensus_reached=consensus_reached,
            content_type=content_type,
            created_after=created_after,
            created_before=created_before,
            cursor=cursor,
            include=include,
            ordering=ordering,
            page=page,
            page_size=page_size,
            status=status,
        )
    ).parsed
