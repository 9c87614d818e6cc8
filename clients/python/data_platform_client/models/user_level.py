from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserLevel")


@_attrs_define
class UserLevel:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            level (int):
            experience_points (int):
            current_streak_days (int):
            longest_streak_days (int):
            last_activity_on (datetime.date | None):
    """

    level: int
    experience_points: int
    current_streak_days: int
    longest_streak_days: int
    last_activity_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        experience_points = self.experience_points

        current_streak_days = self.current_streak_days

        longest_streak_days = self.longest_streak_days

        last_activity_on: None | str
        if isinstance(self.last_activity_on, datetime.date):
            last_activity_on = self.last_activity_on.isoformat()
        else:
            last_activity_on = self.last_activity_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
                "experience_points": experience_points,
                "current_streak_days": current_streak_days,
                "longest_streak_days": longest_streak_days,
                "last_activity_on": last_activity_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        level = d.pop("level")

        experience_points = d.pop("experience_points")

        current_streak_days = d.pop("current_streak_days")

        longest_streak_days = d.pop("longest_streak_days")

        def _parse_last_activity_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_activity_on_type_0 = datetime.date.fromisoformat(data)

                return last_activity_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_activity_on = _parse_last_activity_on(d.pop("last_activity_on"))

        user_level = cls(
            level=level,
            experience_points=experience_points,
            current_streak_days=current_streak_days,
            longest_streak_days=longest_streak_days,
            last_activity_on=last_activity_on,
        )

        user_level.additional_properties = d
        return user_level

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
