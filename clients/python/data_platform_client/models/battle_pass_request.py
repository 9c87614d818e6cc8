from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BattlePassRequest")


@_attrs_define
class BattlePassRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            season (int):
            name (str):
            starts_at (datetime.datetime):
            ends_at (datetime.datetime):
            max_tier (int | Unset):
            xp_per_tier (int | Unset):
            premium_price (str | Unset): Zero: the premium track is free.
            currency (str | Unset): ISO 4217 code or token symbol, in capitals.
    """

    season: int
    name: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    max_tier: int | Unset = UNSET
    xp_per_tier: int | Unset = UNSET
    premium_price: str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        season = self.season

        name = self.name

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        max_tier = self.max_tier

        xp_per_tier = self.xp_per_tier

        premium_price = self.premium_price

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "season": season,
                "name": name,
                "starts_at": starts_at,
                "ends_at": ends_at,
            }
        )
        if max_tier is not UNSET:
            field_dict["max_tier"] = max_tier
        if xp_per_tier is not UNSET:
            field_dict["xp_per_tier"] = xp_per_tier
        if premium_price is not UNSET:
            field_dict["premium_price"] = premium_price
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        season = d.pop("season")

        name = d.pop("name")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        max_tier = d.pop("max_tier", UNSET)

        xp_per_tier = d.pop("xp_per_tier", UNSET)

        premium_price = d.pop("premium_price", UNSET)

        currency = d.pop("currency", UNSET)

        battle_pass_request = cls(
            season=season,
            name=name,
            starts_at=starts_at,
            ends_at=ends_at,
            max_tier=max_tier,
            xp_per_tier=xp_per_tier,
            premium_price=premium_price,
            currency=currency,
        )

        battle_pass_request.additional_properties = d
        return battle_pass_request

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
