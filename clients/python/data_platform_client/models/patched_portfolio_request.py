from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blank_enum import BlankEnum
from ..models.chain_enum import ChainEnum
from ..models.portfolio_status_enum import PortfolioStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedPortfolioRequest")


@_attrs_define
class PatchedPortfolioRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            name (str | Unset):
            description (str | Unset):
            base_currency (str | Unset): ISO 4217 code or token symbol, in capitals.
            status (PortfolioStatusEnum | Unset): * `active` - Active
                * `archived` - Archived
            is_default (bool | Unset):
            chain (BlankEnum | ChainEnum | None | Unset):
            wallet_address (None | str | Unset): Custody wallet: 0x + 40 hex digits.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    base_currency: str | Unset = UNSET
    status: PortfolioStatusEnum | Unset = UNSET
    is_default: bool | Unset = UNSET
    chain: BlankEnum | ChainEnum | None | Unset = UNSET
    wallet_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        base_currency = self.base_currency

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        is_default = self.is_default

        chain: None | str | Unset
        if isinstance(self.chain, Unset):
            chain = UNSET
        elif isinstance(self.chain, ChainEnum):
            chain = self.chain.value
        elif isinstance(self.chain, BlankEnum):
            chain = self.chain.value
        else:
            chain = self.chain

        wallet_address: None | str | Unset
        if isinstance(self.wallet_address, Unset):
            wallet_address = UNSET
        else:
            wallet_address = self.wallet_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if base_currency is not UNSET:
            field_dict["base_currency"] = base_currency
        if status is not UNSET:
            field_dict["status"] = status
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if chain is not UNSET:
            field_dict["chain"] = chain
        if wallet_address is not UNSET:
            field_dict["wallet_address"] = wallet_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        base_currency = d.pop("base_currency", UNSET)

        _status = d.pop("status", UNSET)
        status: PortfolioStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PortfolioStatusEnum(_status)

        is_default = d.pop("is_default", UNSET)

        def _parse_chain(data: object) -> BlankEnum | ChainEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                chain_type_0 = ChainEnum(data)

                return chain_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                chain_type_1 = BlankEnum(data)

                return chain_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlankEnum | ChainEnum | None | Unset, data)

        chain = _parse_chain(d.pop("chain", UNSET))

        def _parse_wallet_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wallet_address = _parse_wallet_address(d.pop("wallet_address", UNSET))

        patched_portfolio_request = cls(
            name=name,
            description=description,
            base_currency=base_currency,
            status=status,
            is_default=is_default,
            chain=chain,
            wallet_address=wallet_address,
        )

        patched_portfolio_request.additional_properties = d
        return patched_portfolio_request

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
