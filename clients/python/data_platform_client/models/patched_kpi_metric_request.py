from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blank_enum import BlankEnum
from ..models.kpi_type_enum import KpiTypeEnum
from ..models.platform_enum import PlatformEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedKpiMetricRequest")


@_attrs_define
class PatchedKpiMetricRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            date (datetime.date | Unset):
            platform (BlankEnum | None | PlatformEnum | Unset): Empty: all platforms.

                * `TWITTER` - Twitter / X
                * `REDDIT` - Reddit
                * `THREADS` - Threads
            metric_type (KpiTypeEnum | Unset): * `ENGAGEMENT` - Engagement
                * `REACH` - Reach
                * `CONVERSION` - Conversion
                * `QUALITY` - Reply quality
                * `SAFETY` - Safety
                * `OPERATIONS` - Operations
            metric_name (str | Unset):
            value (float | Unset):
    """

    date: datetime.date | Unset = UNSET
    platform: BlankEnum | None | PlatformEnum | Unset = UNSET
    metric_type: KpiTypeEnum | Unset = UNSET
    metric_name: str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        elif isinstance(self.platform, PlatformEnum):
            platform = self.platform.value
        elif isinstance(self.platform, BlankEnum):
            platform = self.platform.value
        else:
            platform = self.platform

        metric_type: str | Unset = UNSET
        if not isinstance(self.metric_type, Unset):
            metric_type = self.metric_type.value

        metric_name = self.metric_name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if platform is not UNSET:
            field_dict["platform"] = platform
        if metric_type is not UNSET:
            field_dict["metric_type"] = metric_type
        if metric_name is not UNSET:
            field_dict["metric_name"] = metric_name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        def _parse_platform(data: object) -> BlankEnum | None | PlatformEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_type_0 = PlatformEnum(data)

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_type_1 = BlankEnum(data)

                return platform_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlankEnum | None | PlatformEnum | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        _metric_type = d.pop("metric_type", UNSET)
        metric_type: KpiTypeEnum | Unset
        if isinstance(_metric_type, Unset):
            metric_type = UNSET
        else:
            metric_type = KpiTypeEnum(_metric_type)

        metric_name = d.pop("metric_name", UNSET)

        value = d.pop("value", UNSET)

        patched_kpi_metric_request = cls(
            date=date,
            platform=platform,
            metric_type=metric_type,
            metric_name=metric_name,
            value=value,
        )

        patched_kpi_metric_request.additional_properties = d
        return patched_kpi_metric_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
