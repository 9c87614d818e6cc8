from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_notification_preference_list import PaginatedNotificationPreferenceList
from ...models.v1_portfolio_notification_preferences_list_channel import (
    V1PortfolioNotificationPreferencesListChannel,
)
from ...models.v1_portfolio_notification_preferences_list_notification_type import (
    V1PortfolioNotificationPreferencesListNotificationType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    channel: V1PortfolioNotificationPreferencesListChannel | Unset = UNSET,
    cursor: str | Unset = UNSET,
    notification_type: V1PortfolioNotificationPreferencesListNotificationType | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel.value

    params["channel"] = json_channel

    params["cursor"] = cursor

    json_notification_type: str | Unset = UNSET
    if not isinstance(notification_type, Unset):
        json_notification_type = notification_type.value

    params["notification_type"] = json_notification_type

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/portfolio/notification-preferences/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedNotificationPreferenceList | None:
    if response.status_code == 200:
        response_200 = PaginatedNotificationPreferenceList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedNotificationPreferenceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    channel: V1PortfolioNotificationPreferencesListChannel | Unset = UNSET,
    cursor: str | Unset = UNSET,
    notification_type: V1PortfolioNotificationPreferencesListNotificationType | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | PaginatedNotificationPreferenceList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        channel (V1PortfolioNotificationPreferencesListChannel | Unset):
        cursor (str | Unset):
        notification_type (V1PortfolioNotificationPreferencesListNotificationType | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedNotificationPreferenceList]
    """

    kwargs = _get_kwargs(
        channel=channel,
        cursor=cursor,
        notification_type=notification_type,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    channel: V1PortfolioNotificationPreferencesListChannel | Unset = UNSET,
    cursor: str | Unset = UNSET,
    notification_type: V1PortfolioNotificationPreferencesListNotificationType | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | PaginatedNotificationPreferenceList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        channel (V1PortfolioNotificationPreferencesListChannel | Unset):
        cursor (str | Unset):
        notification_type (V1PortfolioNotificationPreferencesListNotificationType | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedNotificationPreferenceList
    """

    return sync_detailed(
        client=client,
        channel=channel,
        cursor=cursor,
        notification_type=notification_type,
        ordering=ordering,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    channel: V1PortfolioNotificationPreferencesListChannel | Unset = UNSET,
    cursor: str | Unset = UNSET,
    notification_type: V1PortfolioNotificationPreferencesListNotificationType | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ApiError | PaginatedNotificationPreferenceList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        channel (V1PortfolioNotificationPreferencesListChannel | Unset):
        cursor (str | Unset):
        notification_type (V1PortfolioNotificationPreferencesListNotificationType | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedNotificationPreferenceList]
    """

    kwargs = _get_kwargs(
        channel=channel,
        cursor=cursor,
        notification_type=notification_type,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    channel: V1PortfolioNotificationPreferencesListChannel | Unset = UNSET,
    cursor: str | Unset = UNSET,
    notification_type: V1PortfolioNotificationPreferencesListNotificationType | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ApiError | PaginatedNotificationPreferenceList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        channel (V1PortfolioNotificationPreferencesListChannel | Unset):
        cursor (str | Unset):
        notification_type (V1PortfolioNotificationPreferencesListNotificationType | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedNotificationPreferenceList
    """

    return (
        await asyncio_detailed(
            client=client,
            channel=channel,
            cursor=cursor,
            notification_type=notification_type,
            ordering=ordering,
            page=page,
            page_size=page_size,
        )
    ).parsed
