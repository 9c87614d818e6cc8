from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.basket_category_enum import BasketCategoryEnum
from ..models.basket_status_enum import BasketStatusEnum
from ..models.chain_enum import ChainEnum
from ..models.risk_level_enum import RiskLevelEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basket_asset import BasketAsset


T = TypeVar("T", bound="Basket")


@_attrs_define
class Basket:
    """Staff write the assets with the basket (replacing them); the sum rule is checked.

    Attributes:
        id (int):
        name (str):
        slug (str):
        symbol (str): Token symbol, e.g. DEFI10.
        category (BasketCategoryEnum): * `index` - Index
            * `thematic` - Thematic
            * `defi` - DeFi
            * `layer1` - Layer 1
            * `stablecoin` - Stablecoin
            * `esg` - ESG
        published_at (datetime.datetime | None):
        allocation_total (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (str | Unset):
        risk_level (RiskLevelEnum | Unset): * `low` - Low
            * `medium` - Medium
            * `high` - High
            * `very_high` - Very high
        status (BasketStatusEnum | Unset): * `draft` - Draft
            * `published` - Published
            * `archived` - Archived
        chain (ChainEnum | Unset): * `ethereum` - Ethereum
            * `polygon` - Polygon
            * `arbitrum` - Arbitrum
            * `optimism` - Optimism
            * `base` - Base
        contract_address (None | str | Unset): Basket token contract, 0x + 40 hex.
        min_investment (str | Unset):
        management_fee_percent (str | Unset):
        assets (list[BasketAsset] | Unset):
    """

    id: int
    name: str
    slug: str
    symbol: str
    category: BasketCategoryEnum
    published_at: datetime.datetime | None
    allocation_total: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | Unset = UNSET
    risk_level: RiskLevelEnum | Unset = UNSET
    status: BasketStatusEnum | Unset = UNSET
    chain: ChainEnum | Unset = UNSET
    contract_address: None | str | Unset = UNSET
    min_investment: str | Unset = UNSET
    management_fee_percent: str | Unset = UNSET
    assets: list[BasketAsset] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        symbol = self.symbol

        category = self.category.value

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        allocation_total = self.allocation_total

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description = self.description

        risk_level: str | Unset = UNSET
        if not isinstance(self.risk_level, Unset):
            risk_level = self.risk_level.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        chain: str | Unset = UNSET
        if not isinstance(self.chain, Unset):
            chain = self.chain.value

        contract_address: None | str | Unset
        if isinstance(self.contract_address, Unset):
            contract_address = UNSET
        else:
            contract_address = self.contract_address

        min_investment = self.min_investment

        management_fee_percent = self.management_fee_percent

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "symbol": symbol,
                "category": category,
                "published_at": published_at,
                "allocation_total": allocation_total,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if risk_level is not UNSET:
            field_dict["risk_level"] = risk_level
        if status is not UNSET:
            field_dict["status"] = status
        if chain is not UNSET:
            field_dict["chain"] = chain
        if contract_address is not UNSET:
            field_dict["contract_address"] = contract_address
        if min_investment is not UNSET:
            field_dict["min_investment"] = min_investment
        if management_fee_percent is not UNSET:
            field_dict["management_fee_percent"] = management_fee_percent
        if assets is not UNSET:
            field_dict["assets"] = assets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basket_asset import BasketAsset  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        slug = d.pop("slug")

        symbol = d.pop("symbol")

        category = BasketCategoryEnum(d.pop("category"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        allocation_total = d.pop("allocation_total")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        description = d.pop("description", UNSET)

        _risk_level = d.pop("risk_level", UNSET)
        risk_level: RiskLevelEnum | Unset
        if isinstance(_risk_level, Unset):
            risk_level = UNSET
        else:
            risk_level = RiskLevelEnum(_risk_level)

        _status = d.pop("status", UNSET)
        status: BasketStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BasketStatusEnum(_status)

        _chain = d.pop("chain", UNSET)
        chain: ChainEnum | Unset
        if isinstance(_chain, Unset):
            chain = UNSET
        else:
            chain = ChainEnum(_chain)

        def _parse_contract_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_address = _parse_contract_address(d.pop("contract_address", UNSET))

        min_investment = d.pop("min_investment", UNSET)

        management_fee_percent = d.pop("management_fee_percent", UNSET)

        _assets = d.pop("assets", UNSET)
        assets: list[BasketAsset] | Unset = UNSET
        if _assets is not UNSET:
            assets = []
            for assets_item_data in _assets:
                assets_item = BasketAsset.from_dict(assets_item_data)

                assets.append(assets_item)

        basket = cls(
            id=id,
            name=name,
            slug=slug,
            symbol=symbol,
            category=category,
            published_at=published_at,
            allocation_total=allocation_total,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            risk_level=risk_level,
            status=status,
            chain=chain,
            contract_address=contract_address,
            min_investment=min_investment,
            management_fee_percent=management_fee_percent,
            assets=assets,
        )

        basket.additional_properties = d
        return basket

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
