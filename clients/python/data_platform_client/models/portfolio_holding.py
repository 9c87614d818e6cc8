from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PortfolioHolding")


@_attrs_define
class PortfolioHolding:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (int):
            portfolio (int):
            asset_symbol (str):
            basket (int | None): Set when the asset is a basket token.
            quantity (str):
            average_cost (str): Average buy price per unit.
            last_transaction_at (datetime.datetime | None):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
    """

    id: int
    portfolio: int
    asset_symbol: str
    basket: int | None
    quantity: str
    average_cost: str
    last_transaction_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        portfolio = self.portfolio

        asset_symbol = self.asset_symbol

        basket: int | None
        basket = self.basket

        quantity = self.quantity

        average_cost = self.average_cost

        last_transaction_at: None | str
        if isinstance(self.last_transaction_at, datetime.datetime):
            last_transaction_at = self.last_transaction_at.isoformat()
        else:
            last_transaction_at = self.last_transaction_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "portfolio": portfolio,
                "asset_symbol": asset_symbol,
                "basket": basket,
                "quantity": quantity,
                "average_cost": average_cost,
                "last_transaction_at": last_transaction_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        portfolio = d.pop("portfolio")

        asset_symbol = d.pop("asset_symbol")

        def _parse_basket(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        basket = _parse_basket(d.pop("basket"))

        quantity = d.pop("quantity")

        average_cost = d.pop("average_cost")

        def _parse_last_transaction_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_transaction_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_transaction_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_transaction_at = _parse_last_transaction_at(d.pop("last_transaction_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        portfolio_holding = cls(
            id=id,
            portfolio=portfolio,
            asset_symbol=asset_symbol,
            basket=basket,
            quantity=quantity,
            average_cost=average_cost,
            last_transaction_at=last_transaction_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        portfolio_holding.additional_properties = d
        return portfolio_holding

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
