from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_status_enum import RuleStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedRoundUpRuleRequest")


@_attrs_define
class PatchedRoundUpRuleRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            portfolio (int | Unset):
            basket (int | None | Unset):
            asset_symbol (str | Unset):
            round_up_to (str | Unset): Round each purchase up to this.
            multiplier (int | Unset):
            investment_threshold (str | Unset):
            monthly_cap (None | str | Unset):
            currency (str | Unset): ISO 4217 code or token symbol, in capitals.
            status (RuleStatusEnum | Unset): * `active` - Active
                * `paused` - Paused
                * `cancelled` - Cancelled Default: RuleStatusEnum.ACTIVE.
    """

    portfolio: int | Unset = UNSET
    basket: int | None | Unset = UNSET
    asset_symbol: str | Unset = UNSET
    round_up_to: str | Unset = UNSET
    multiplier: int | Unset = UNSET
    investment_threshold: str | Unset = UNSET
    monthly_cap: None | str | Unset = UNSET
    currency: str | Unset = UNSET
    status: RuleStatusEnum | Unset = RuleStatusEnum.ACTIVE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        portfolio = self.portfolio

        basket: int | None | Unset
        if isinstance(self.basket, Unset):
            basket = UNSET
        else:
            basket = self.basket

        asset_symbol = self.asset_symbol

        round_up_to = self.round_up_to

        multiplier = self.multiplier

        investment_threshold = self.investment_threshold

        monthly_cap: None | str | Unset
        if isinstance(self.monthly_cap, Unset):
            monthly_cap = UNSET
        else:
            monthly_cap = self.monthly_cap

        currency = self.currency

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if portfolio is not UNSET:
            field_dict["portfolio"] = portfolio
        if basket is not UNSET:
            field_dict["basket"] = basket
        if asset_symbol is not UNSET:
            field_dict["asset_symbol"] = asset_symbol
        if round_up_to is not UNSET:
            field_dict["round_up_to"] = round_up_to
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if investment_threshold is not UNSET:
            field_dict["investment_threshold"] = investment_threshold
        if monthly_cap is not UNSET:
            field_dict["monthly_cap"] = monthly_cap
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        portfolio = d.pop("portfolio", UNSET)

        def _parse_basket(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        basket = _parse_basket(d.pop("basket", UNSET))

        asset_symbol = d.pop("asset_symbol", UNSET)

        round_up_to = d.pop("round_up_to", UNSET)

        multiplier = d.pop("multiplier", UNSET)

        investment_threshold = d.pop("investment_threshold", UNSET)

        def _parse_monthly_cap(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        monthly_cap = _parse_monthly_cap(d.pop("monthly_cap", UNSET))

        currency = d.pop("currency", UNSET)

        _status = d.pop("status", UNSET)
        status: RuleStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RuleStatusEnum(_status)

        patched_round_up_rule_request = cls(
            portfolio=portfolio,
            basket=basket,
            asset_symbol=asset_symbol,
            round_up_to=round_up_to,
            multiplier=multiplier,
            investment_threshold=investment_threshold,
            monthly_cap=monthly_cap,
            currency=currency,
            status=status,
        )

        patched_round_up_rule_request.additional_properties = d
        return patched_round_up_rule_request

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
