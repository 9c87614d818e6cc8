from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blank_enum import BlankEnum
from ..models.kpi_type_enum import KpiTypeEnum
from ..models.platform_enum import PlatformEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="KpiMetric")


@_attrs_define
class KpiMetric:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (UUID):
            created_at (datetime.datetime):
            date (datetime.date):
            metric_type (KpiTypeEnum): * `ENGAGEMENT` - Engagement
                * `REACH` - Reach
                * `CONVERSION` - Conversion
                * `QUALITY` - Reply quality
                * `SAFETY` - Safety
                * `OPERATIONS` - Operations
            metric_name (str):
            value (float):
            platform (BlankEnum | None | PlatformEnum | Unset): Empty: all platforms.

                * `TWITTER` - Twitter / X
                * `REDDIT` - Reddit
                * `THREADS` - Threads
    """

    id: UUID
    created_at: datetime.datetime
    date: datetime.date
    metric_type: KpiTypeEnum
    metric_name: str
    value: float
    platform: BlankEnum | None | PlatformEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        date = self.date.isoformat()

        metric_type = self.metric_type.value

        metric_name = self.metric_name

        value = self.value

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        elif isinstance(self.platform, PlatformEnum):
            platform = self.platform.value
        elif isinstance(self.platform, BlankEnum):
            platform = self.platform.value
        else:
            platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "date": date,
                "metric_type": metric_type,
                "metric_name": metric_name,
                "value": value,
            }
        )
        if platform is not UNSET:
            field_dict["platform"] = platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        date = datetime.date.fromisoformat(d.pop("date"))

        metric_type = KpiTypeEnum(d.pop("metric_type"))

        metric_name = d.pop("metric_name")

        value = d.pop("value")

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

        kpi_metric = cls(
            id=id,
            created_at=created_at,
            date=date,
            metric_type=metric_type,
            metric_name=metric_name,
            value=value,
            platform=platform,
        )

        kpi_metric.additional_properties = d
        return kpi_metric

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
