from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_type_enum import FeeTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionFee")


@_attrs_define
class TransactionFee:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            fee_type (FeeTypeEnum): * `platform` - Platform fee
                * `network` - Network (gas) fee
                * `spread` - Spread
                * `management` - Basket management fee
            amount (str): Zero is meaningful: a waived fee.
            currency (str | Unset): ISO 4217 code or token symbol, in capitals.
            rate_percent (None | str | Unset):
    """

    fee_type: FeeTypeEnum
    amount: str
    currency: str | Unset = UNSET
    rate_percent: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee_type = self.fee_type.value

        amount = self.amount

        currency = self.currency

        rate_percent: None | str | Unset
        if isinstance(self.rate_percent, Unset):
            rate_percent = UNSET
        else:
            rate_percent = self.rate_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fee_type": fee_type,
                "amount": amount,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if rate_percent is not UNSET:
            field_dict["rate_percent"] = rate_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fee_type = FeeTypeEnum(d.pop("fee_type"))

        amount = d.pop("amount")

        currency = d.pop("currency", UNSET)

        def _parse_rate_percent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rate_percent = _parse_rate_percent(d.pop("rate_percent", UNSET))

        transaction_fee = cls(
            fee_type=fee_type,
            amount=amount,
            currency=currency,
            rate_percent=rate_percent,
        )

        transaction_fee.additional_properties = d
        return transaction_fee

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
