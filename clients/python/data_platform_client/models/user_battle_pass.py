from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserBattlePass")


@_attrs_define
class UserBattlePass:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (int):
            battle_pass (int):
            is_premium (bool):
            purchased_at (datetime.datetime | None):
            current_tier (int):
            experience_points (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
    """

    id: int
    battle_pass: int
    is_premium: bool
    purchased_at: datetime.datetime | None
    current_tier: int
    experience_points: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        battle_pass = self.battle_pass

        is_premium = self.is_premium

        purchased_at: None | str
        if isinstance(self.purchased_at, datetime.datetime):
            purchased_at = self.purchased_at.isoformat()
        else:
            purchased_at = self.purchased_at

        current_tier = self.current_tier

        experience_points = self.experience_points

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "battle_pass": battle_pass,
                "is_premium": is_premium,
                "purchased_at": purchased_at,
                "current_tier": current_tier,
                "experience_points": experience_points,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        battle_pass = d.pop("battle_pass")

        is_premium = d.pop("is_premium")

        def _parse_purchased_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purchased_at_type_0 = datetime.datetime.fromisoformat(data)

                return purchased_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        purchased_at = _parse_purchased_at(d.pop("purchased_at"))

        current_tier = d.pop("current_tier")

        experience_points = d.pop("experience_points")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        user_battle_pass = cls(
            id=id,
            battle_pass=battle_pass,
            is_premium=is_premium,
            purchased_at=purchased_at,
            current_tier=current_tier,
            experience_points=experience_points,
            created_at=created_at,
            updated_at=updated_at,
        )

        user_battle_pass.additional_properties = d
        return user_battle_pass

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
