from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_transaction_type_enum import OrderTransactionTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderRequest")


@_attrs_define
class OrderRequest:
    """Place a buy or sell: ``services.record_trade`` records and settles it atomically.

    Attributes:
        portfolio (int):
        transaction_type (OrderTransactionTypeEnum): * `buy` - buy
            * `sell` - sell
        quantity (str):
        price (str):
        asset_symbol (str | Unset):
        basket (int | None | Unset):
        currency (str | Unset):  Default: 'USD'.
    """

    portfolio: int
    transaction_type: OrderTransactionTypeEnum
    quantity: str
    price: str
    asset_symbol: str | Unset = UNSET
    basket: int | None | Unset = UNSET
    currency: str | Unset = "USD"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        portfolio = self.portfolio

        transaction_type = self.transaction_type.value

        quantity = self.quantity

        price = self.price

        asset_symbol = self.asset_symbol

        basket: int | None | Unset
        if isinstance(self.basket, Unset):
            basket = UNSET
        else:
            basket = self.basket

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "portfolio": portfolio,
                "transaction_type": transaction_type,
                "quantity": quantity,
                "price": price,
            }
        )
        if asset_symbol is not UNSET:
            field_dict["asset_symbol"] = asset_symbol
        if basket is not UNSET:
            field_dict["basket"] = basket
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        portfolio = d.pop("portfolio")

        transaction_type = OrderTransactionTypeEnum(d.pop("transaction_type"))

        quantity = d.pop("quantity")

        price = d.pop("price")

        asset_symbol = d.pop("asset_symbol", UNSET)

        def _parse_basket(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        basket = _parse_basket(d.pop("basket", UNSET))

        currency = d.pop("currency", UNSET)

        order_request = cls(
            portfolio=portfolio,
            transaction_type=transaction_type,
            quantity=quantity,
            price=price,
            asset_symbol=asset_symbol,
            basket=basket,
            currency=currency,
        )

        order_request.additional_properties = d
        return order_request

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
