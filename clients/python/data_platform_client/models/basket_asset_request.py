from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BasketAssetRequest")


@_attrs_define
class BasketAssetRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            asset_symbol (str):
            asset_name (str):
            allocation_percent (str):
            token_address (None | str | Unset):
    """

    asset_symbol: str
    asset_name: str
    allocation_percent: str
    token_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_symbol = self.asset_symbol

        asset_name = self.asset_name

        allocation_percent = self.allocation_percent

        token_address: None | str | Unset
        if isinstance(self.token_address, Unset):
            token_address = UNSET
        else:
            token_address = self.token_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_symbol": asset_symbol,
                "asset_name": asset_name,
                "allocation_percent": allocation_percent,
            }
        )
        if token_address is not UNSET:
            field_dict["token_address"] = token_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_symbol = d.pop("asset_symbol")

        asset_name = d.pop("asset_name")

        allocation_percent = d.pop("allocation_percent")

        def _parse_token_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token_address = _parse_token_address(d.pop("token_address", UNSET))

        basket_asset_request = cls(
            asset_symbol=asset_symbol,
            asset_name=asset_name,
            allocation_percent=allocation_percent,
            token_address=token_address,
        )

        basket_asset_request.additional_properties = d
        return basket_asset_request

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
