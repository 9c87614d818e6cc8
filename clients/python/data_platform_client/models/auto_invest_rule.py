from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_frequency_enum import RuleFrequencyEnum
from ..models.rule_status_enum import RuleStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoInvestRule")


@_attrs_define
class AutoInvestRule:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (int):
            portfolio (int):
            amount (str):
            last_run_at (datetime.datetime | None):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            basket (int | None | Unset):
            asset_symbol (str | Unset):
            name (str | Unset):
            currency (str | Unset): ISO 4217 code or token symbol, in capitals.
            frequency (RuleFrequencyEnum | Unset): * `daily` - Daily
                * `weekly` - Weekly
                * `biweekly` - Every two weeks
                * `monthly` - Monthly
            day_of_week (int | None | Unset): 0 = Monday … 6 = Sunday (weekly rules).
            day_of_month (int | None | Unset): 1..28 (monthly rules).
            status (RuleStatusEnum | Unset): * `active` - Active
                * `paused` - Paused
                * `cancelled` - Cancelled
            next_run_at (datetime.datetime | None | Unset):
    """

    id: int
    portfolio: int
    amount: str
    last_run_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    basket: int | None | Unset = UNSET
    asset_symbol: str | Unset = UNSET
    name: str | Unset = UNSET
    currency: str | Unset = UNSET
    frequency: RuleFrequencyEnum | Unset = UNSET
    day_of_week: int | None | Unset = UNSET
    day_of_month: int | None | Unset = UNSET
    status: RuleStatusEnum | Unset = UNSET
    next_run_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        portfolio = self.portfolio

        amount = self.amount

        last_run_at: None | str
        if isinstance(self.last_run_at, datetime.datetime):
            last_run_at = self.last_run_at.isoformat()
        else:
            last_run_at = self.last_run_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        basket: int | None | Unset
        if isinstance(self.basket, Unset):
            basket = UNSET
        else:
            basket = self.basket

        asset_symbol = self.asset_symbol

        name = self.name

        currency = self.currency

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.value

        day_of_week: int | None | Unset
        if isinstance(self.day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = self.day_of_week

        day_of_month: int | None | Unset
        if isinstance(self.day_of_month, Unset):
            day_of_month = UNSET
        else:
            day_of_month = self.day_of_month

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        next_run_at: None | str | Unset
        if isinstance(self.next_run_at, Unset):
            next_run_at = UNSET
        elif isinstance(self.next_run_at, datetime.datetime):
            next_run_at = self.next_run_at.isoformat()
        else:
            next_run_at = self.next_run_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "portfolio": portfolio,
                "amount": amount,
                "last_run_at": last_run_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if basket is not UNSET:
            field_dict["basket"] = basket
        if asset_symbol is not UNSET:
            field_dict["asset_symbol"] = asset_symbol
        if name is not UNSET:
            field_dict["name"] = name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if day_of_month is not UNSET:
            field_dict["day_of_month"] = day_of_month
        if status is not UNSET:
            field_dict["status"] = status
        if next_run_at is not UNSET:
            field_dict["next_run_at"] = next_run_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        portfolio = d.pop("portfolio")

        amount = d.pop("amount")

        def _parse_last_run_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_run_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_run_at = _parse_last_run_at(d.pop("last_run_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_basket(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        basket = _parse_basket(d.pop("basket", UNSET))

        asset_symbol = d.pop("asset_symbol", UNSET)

        name = d.pop("name", UNSET)

        currency = d.pop("currency", UNSET)

        _frequency = d.pop("frequency", UNSET)
        frequency: RuleFrequencyEnum | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = RuleFrequencyEnum(_frequency)

        def _parse_day_of_week(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        day_of_week = _parse_day_of_week(d.pop("day_of_week", UNSET))

        def _parse_day_of_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        day_of_month = _parse_day_of_month(d.pop("day_of_month", UNSET))

        _status = d.pop("status", UNSET)
        status: RuleStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RuleStatusEnum(_status)

        def _parse_next_run_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_run_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_run_at = _parse_next_run_at(d.pop("next_run_at", UNSET))

        auto_invest_rule = cls(
            id=id,
            portfolio=portfolio,
            amount=amount,
            last_run_at=last_run_at,
            created_at=created_at,
            updated_at=updated_at,
            basket=basket,
            asset_symbol=asset_symbol,
            name=name,
            currency=currency,
            frequency=frequency,
            day_of_week=day_of_week,
            day_of_month=day_of_month,
            status=status,
            next_run_at=next_run_at,
        )

        auto_invest_rule.additional_properties = d
        return auto_invest_rule

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
