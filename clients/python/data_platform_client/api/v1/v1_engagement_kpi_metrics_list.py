import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.paginated_kpi_metric_list import PaginatedKpiMetricList
from ...models.v1_engagement_kpi_metrics_list_metric_type import (
    V1EngagementKpiMetricsListMetricType,
)
from ...models.v1_engagement_kpi_metrics_list_platform import V1EngagementKpiMetricsListPlatform
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_after: datetime.date | Unset = UNSET,
    date_before: datetime.date | Unset = UNSET,
    metric_name: str | Unset = UNSET,
    metric_type: V1EngagementKpiMetricsListMetricType | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementKpiMetricsListPlatform | Unset = UNSET,
    platform_wide: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date

    json_date_after: str | Unset = UNSET
    if not isinstance(date_after, Unset):
        json_date_after = date_after.isoformat()
    params["date_after"] = json_date_after

    json_date_before: str | Unset = UNSET
    if not isinstance(date_before, Unset):
        json_date_before = date_before.isoformat()
    params["date_before"] = json_date_before

    params["metric_name"] = metric_name

    json_metric_type: str | Unset = UNSET
    if not isinstance(metric_type, Unset):
        json_metric_type = metric_type.value

    params["metric_type"] = json_metric_type

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_platform: str | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform.value

    params["platform"] = json_platform

    params["platform_wide"] = platform_wide

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/engagement/kpi-metrics/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PaginatedKpiMetricList | None:
    if response.status_code == 200:
        response_200 = PaginatedKpiMetricList.from_dict(response.json())

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
) -> Response[ApiError | PaginatedKpiMetricList]:
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
    date: datetime.date | Unset = UNSET,
    date_after: datetime.date | Unset = UNSET,
    date_before: datetime.date | Unset = UNSET,
    metric_name: str | Unset = UNSET,
    metric_type: V1EngagementKpiMetricsListMetricType | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementKpiMetricsListPlatform | Unset = UNSET,
    platform_wide: bool | Unset = UNSET,
) -> Response[ApiError | PaginatedKpiMetricList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        cursor (str | Unset):
        date (datetime.date | Unset):
        date_after (datetime.date | Unset):
        date_before (datetime.date | Unset):
        metric_name (str | Unset):
        metric_type (V1EngagementKpiMetricsListMetricType | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementKpiMetricsListPlatform | Unset):
        platform_wide (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedKpiMetricList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        date=date,
        date_after=date_after,
        date_before=date_before,
        metric_name=metric_name,
        metric_type=metric_type,
        ordering=ordering,
        page=page,
        page_size=page_size,
        platform=platform,
        platform_wide=platform_wide,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_after: datetime.date | Unset = UNSET,
    date_before: datetime.date | Unset = UNSET,
    metric_name: str | Unset = UNSET,
    metric_type: V1EngagementKpiMetricsListMetricType | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementKpiMetricsListPlatform | Unset = UNSET,
    platform_wide: bool | Unset = UNSET,
) -> ApiError | PaginatedKpiMetricList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        cursor (str | Unset):
        date (datetime.date | Unset):
        date_after (datetime.date | Unset):
        date_before (datetime.date | Unset):
        metric_name (str | Unset):
        metric_type (V1EngagementKpiMetricsListMetricType | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementKpiMetricsListPlatform | Unset):
        platform_wide (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedKpiMetricList
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        date=date,
        date_after=date_after,
        date_before=date_before,
        metric_name=metric_name,
        metric_type=metric_type,
        ordering=ordering,
        page=page,
        page_size=page_size,
        platform=platform,
        platform_wide=platform_wide,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_after: datetime.date | Unset = UNSET,
    date_before: datetime.date | Unset = UNSET,
    metric_name: str | Unset = UNSET,
    metric_type: V1EngagementKpiMetricsListMetricType | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementKpiMetricsListPlatform | Unset = UNSET,
    platform_wide: bool | Unset = UNSET,
) -> Response[ApiError | PaginatedKpiMetricList]:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        cursor (str | Unset):
        date (datetime.date | Unset):
        date_after (datetime.date | Unset):
        date_before (datetime.date | Unset):
        metric_name (str | Unset):
        metric_type (V1EngagementKpiMetricsListMetricType | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementKpiMetricsListPlatform | Unset):
        platform_wide (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PaginatedKpiMetricList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        date=date,
        date_after=date_after,
        date_before=date_before,
        metric_name=metric_name,
        metric_type=metric_type,
        ordering=ordering,
        page=page,
        page_size=page_size,
        platform=platform,
        platform_wide=platform_wide,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_after: datetime.date | Unset = UNSET,
    date_before: datetime.date | Unset = UNSET,
    metric_name: str | Unset = UNSET,
    metric_type: V1EngagementKpiMetricsListMetricType | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: V1EngagementKpiMetricsListPlatform | Unset = UNSET,
    platform_wide: bool | Unset = UNSET,
) -> ApiError | PaginatedKpiMetricList | None:
    """ScopedViewSet with list, retrieve, create, update and destroy.

    Args:
        cursor (str | Unset):
        date (datetime.date | Unset):
        date_after (datetime.date | Unset):
        date_before (datetime.date | Unset):
        metric_name (str | Unset):
        metric_type (V1EngagementKpiMetricsListMetricType | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform (V1EngagementKpiMetricsListPlatform | Unset):
        platform_wide (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PaginatedKpiMetricList
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            date=date,
            date_after=date_after,
            date_before=date_before,
            metric_name=metric_name,
            metric_type=metric_type,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform=platform,
            platform_wide=platform_wide,
        )
    ).parsed
