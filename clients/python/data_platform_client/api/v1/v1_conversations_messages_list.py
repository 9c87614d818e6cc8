from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_agent_message_list import PaginatedAgentMessageList
from ...models.v1_conversations_messages_list_agent_type_item import (
    V1ConversationsMessagesListAgentTypeItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation_pk: str,
    *,
    agent_type: list[V1ConversationsMessagesListAgentTypeItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_agent_type: list[str] | Unset = UNSET
    if not isinstance(agent_type, Unset):
        json_agent_type = []
        for agent_type_item_data in agent_type:
            agent_type_item = agent_type_item_data.value
            json_agent_type.append(agent_type_item)

    params["agent_type"] = json_agent_type

    params["cursor"] = cursor

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/conversations/{conversation_pk}/messages/".format(
            conversation_pk=quote(str(conversation_pk), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedAgentMessageList | None:
    if response.status_code == 200:
        response_200 = PaginatedAgentMessageList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedAgentMessageList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_pk: str,
    *,
    client: AuthenticatedClient,
    agent_type: list[V1ConversationsMessagesListAgentTypeItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | PaginatedAgentMessageList]:
    """The messages of one conversation, in order (404 if the conversation is not yours).

    Args:
        conversation_pk (str):
        agent_type (list[V1ConversationsMessagesListAgentTypeItem] | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedAgentMessageList]
    """

    kwargs = _get_kwargs(
        conversation_pk=conversation_pk,
        agent_type=agent_type,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_pk: str,
    *,
    client: AuthenticatedClient,
    agent_type: list[V1ConversationsMessagesListAgentTypeItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | PaginatedAgentMessageList | None:
    """The messages of one conversation, in order (404 if the conversation is not yours).

    Args:
        conversation_pk (str):
        agent_type (list[V1ConversationsMessagesListAgentTypeItem] | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedAgentMessageList
    """

    return sync_detailed(
        conversation_pk=conversation_pk,
        client=client,
        agent_type=agent_type,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    conversation_pk: str,
    *,
    client: AuthenticatedClient,
    agent_type: list[V1ConversationsMessagesListAgentTypeItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | PaginatedAgentMessageList]:
    """The messages of one conversation, in order (404 if the conversation is not yours).

    Args:
        conversation_pk (str):
        agent_type (list[V1ConversationsMessagesListAgentTypeItem] | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedAgentMessageList]
    """

    kwargs = _get_kwargs(
        conversation_pk=conversation_pk,
        agent_type=agent_type,
        cursor=cursor,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_pk: str,
    *,
    client: AuthenticatedClient,
    agent_type: list[V1ConversationsMessagesListAgentTypeItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | PaginatedAgentMessageList | None:
    """The messages of one conversation, in order (404 if the conversation is not yours).

    Args:
        conversation_pk (str):
        agent_type (list[V1ConversationsMessagesListAgentTypeItem] | Unset):
        cursor (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedAgentMessageList
    """

    return (
        await asyncio_detailed(
            conversation_pk=conversation_pk,
            client=client,
            agent_type=agent_type,
            cursor=cursor,
            ordering=ordering,
            page=page,
            page_size=page_size,
        )
    ).parsed
