from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.achievement import Achievement


T = TypeVar("T", bound="UserAchievement")


@_attrs_define
class UserAchievement:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (int):
            achievement (Achievement): The ModelSerializer every app's serializers derive from: a value the database would
                refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
                ``violation_error_message`` on its field, before any write.
            earned_at (datetime.datetime):
            is_showcased (bool | Unset):
    """

    id: int
    achievement: Achievement
    earned_at: datetime.datetime
    is_showcased: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        achievement = self.achievement.to_dict()

        earned_at = self.earned_at.isoformat()

        is_showcased = self.is_showcased

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "achievement": achievement,
                "earned_at": earned_at,
            }
        )
        if is_showcased is not UNSET:
            field_dict["is_showcased"] = is_showcased

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.achievement import Achievement  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        achievement = Achievement.from_dict(d.pop("achievement"))

        earned_at = datetime.datetime.fromisoformat(d.pop("earned_at"))

        is_showcased = d.pop("is_showcased", UNSET)

        user_achievement = cls(
            id=id,
            achievement=achievement,
            earned_at=earned_at,
            is_showcased=is_showcased,
        )

        user_achievement.additional_properties = d
        return user_achievement

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
