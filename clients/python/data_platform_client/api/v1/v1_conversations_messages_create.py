from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_message import AgentMessage
from ...models.agent_message_request import AgentMessageRequest
from ...models.api_error import ApiError
from ...types import Response


def _get_kwargs(
    conversation_pk: str,
    *,
    body: AgentMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/conversations/{conversation_pk}/messages/".format(
            conversation_pk=quote(str(conversation_pk), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentMessage | ApiError | None:
    if response.status_code == 201:
        response_201 = AgentMessage.from_dict(response.json())

        return response_201

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

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

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
) -> Response[AgentMessage | ApiError]:
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
    body: AgentMessageRequest,
) -> Response[AgentMessage | ApiError]:
    """The messages of one conversation, in order (404 if the conversation is not yours).

    Args:
        conversation_pk (str):
        body (AgentMessageRequest): A message on its own route; ``context["conversation"]`` is the
            parent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentMessage | ApiError]
    """

    kwargs = _get_kwargs(
        conversation_pk=conversation_pk,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_pk: str,
    *,
    client: AuthenticatedClient,
    body: AgentMessageRequest,
) -> AgentMessage | ApiError | None:
    """The messages of one conversation, in order (404 if the conversation is not yours).

    Args:
        conversation_pk (str):
        body (AgentMessageRequest): A message on its own route; ``context["conversation"]`` is the
            parent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentMessage | ApiError
    """

    return sync_detailed(
        conversation_pk=conversation_pk,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_pk: str,
    *,
    client: AuthenticatedClient,
    body: AgentMessageRequest,
) -> Response[AgentMessage | ApiError]:
    """The messages of one conversation, in order (404 if the conversation is not yours).

    Args:
        conversation_pk (str):
        body (AgentMessageRequest): A message on its own route; ``context["conversation"]`` is the
            parent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentMessage | ApiError]
    """

    kwargs = _get_kwargs(
        conversation_pk=conversation_pk,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_pk: str,
    *,
    client: AuthenticatedClient,
    body: AgentMessageRequest,
) -> AgentMessage | ApiError | None:
    """The messages of one conversation, in order (404 if the conversation is not yours).

    Args:
        conversation_pk (str):
        body (AgentMessageRequest): A message on its own route; ``context["conversation"]`` is the
            parent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentMessage | ApiError
    """

    return (
        await asyncio_detailed(
            conversation_pk=conversation_pk,
            client=client,
            body=body,
        )
    ).parsed
