from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_enum import ChainEnum
from ..models.transaction_source_enum import TransactionSourceEnum
from ..models.transaction_status_enum import TransactionStatusEnum
from ..models.transaction_type_enum import TransactionTypeEnum

if TYPE_CHECKING:
    from ..models.transaction_fee import TransactionFee


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (int):
            portfolio (int):
            basket (int | None):
            transaction_type (TransactionTypeEnum): * `buy` - Buy
                * `sell` - Sell
                * `deposit` - Deposit
                * `withdrawal` - Withdrawal
                * `reward` - Reward
            status (TransactionStatusEnum): * `pending` - Pending
                * `settled` - Settled
                * `failed` - Failed
                * `cancelled` - Cancelled
            source (TransactionSourceEnum): * `manual` - Manual order
                * `auto_invest` - Auto-invest rule
                * `round_up` - Round-up rule
                * `system` - System
            asset_symbol (str):
            quantity (None | str): Units bought or sold (trades only).
            price (None | str): Price per unit in `currency` (trades only).
            amount (str): Gross value in `currency`.
            currency (str): ISO 4217 code or token symbol, in capitals.
            chain (ChainEnum | None):
            tx_hash (None | str):
            block_number (int | None):
            settled_at (datetime.datetime | None):
            failure_reason (str):
            fees (list[TransactionFee]):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
    """

    id: int
    portfolio: int
    basket: int | None
    transaction_type: TransactionTypeEnum
    status: TransactionStatusEnum
    source: TransactionSourceEnum
    asset_symbol: str
    quantity: None | str
    price: None | str
    amount: str
    currency: str
    chain: ChainEnum | None
    tx_hash: None | str
    block_number: int | None
    settled_at: datetime.datetime | None
    failure_reason: str
    fees: list[TransactionFee]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        portfolio = self.portfolio

        basket: int | None
        basket = self.basket

        transaction_type = self.transaction_type.value

        status = self.status.value

        source = self.source.value

        asset_symbol = self.asset_symbol

        quantity: None | str
        quantity = self.quantity

        price: None | str
        price = self.price

        amount = self.amount

        currency = self.currency

        chain: None | str
        if isinstance(self.chain, ChainEnum):
            chain = self.chain.value
        else:
            chain = self.chain

        tx_hash: None | str
        tx_hash = self.tx_hash

        block_number: int | None
        block_number = self.block_number

        settled_at: None | str
        if isinstance(self.settled_at, datetime.datetime):
            settled_at = self.settled_at.isoformat()
        else:
            settled_at = self.settled_at

        failure_reason = self.failure_reason

        fees = []
        for fees_item_data in self.fees:
            fees_item = fees_item_data.to_dict()
            fees.append(fees_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "portfolio": portfolio,
                "basket": basket,
                "transaction_type": transaction_type,
                "status": status,
                "source": source,
                "asset_symbol": asset_symbol,
                "quantity": quantity,
                "price": price,
                "amount": amount,
                "currency": currency,
                "chain": chain,
                "tx_hash": tx_hash,
                "block_number": block_number,
                "settled_at": settled_at,
                "failure_reason": failure_reason,
                "fees": fees,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transaction_fee import TransactionFee  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        portfolio = d.pop("portfolio")

        def _parse_basket(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        basket = _parse_basket(d.pop("basket"))

        transaction_type = TransactionTypeEnum(d.pop("transaction_type"))

        status = TransactionStatusEnum(d.pop("status"))

        source = TransactionSourceEnum(d.pop("source"))

        asset_symbol = d.pop("asset_symbol")

        def _parse_quantity(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        quantity = _parse_quantity(d.pop("quantity"))

        def _parse_price(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        price = _parse_price(d.pop("price"))

        amount = d.pop("amount")

        currency = d.pop("currency")

        def _parse_chain(data: object) -> ChainEnum | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                chain_type_0 = ChainEnum(data)

                return chain_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChainEnum | None, data)

        chain = _parse_chain(d.pop("chain"))

        def _parse_tx_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tx_hash = _parse_tx_hash(d.pop("tx_hash"))

        def _parse_block_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        block_number = _parse_block_number(d.pop("block_number"))

        def _parse_settled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                settled_at_type_0 = datetime.datetime.fromisoformat(data)

                return settled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        settled_at = _parse_settled_at(d.pop("settled_at"))

        failure_reason = d.pop("failure_reason")

        fees = []
        _fees = d.pop("fees")
        for fees_item_data in _fees:
            fees_item = TransactionFee.from_dict(fees_item_data)

            fees.append(fees_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        transaction = cls(
            id=id,
            portfolio=portfolio,
            basket=basket,
            transaction_type=transaction_type,
            status=status,
            source=source,
            asset_symbol=asset_symbol,
            quantity=quantity,
            price=price,
            amount=amount,
            currency=currency,
            chain=chain,
            tx_hash=tx_hash,
            block_number=block_number,
            settled_at=settled_at,
            failure_reason=failure_reason,
            fees=fees,
            created_at=created_at,
            updated_at=updated_at,
        )

        transaction.additional_properties = d
        return transaction

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
