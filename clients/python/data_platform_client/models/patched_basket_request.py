from __future__ import annotations

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
    from ..models.basket_asset_request import BasketAssetRequest


T = TypeVar("T", bound="PatchedBasketRequest")


@_attrs_define
class PatchedBasketRequest:
    """Staff write the assets with the basket (replacing them); the sum rule is checked.

    Attributes:
        name (str | Unset):
        slug (str | Unset):
        symbol (str | Unset): Token symbol, e.g. DEFI10.
        description (str | Unset):
        category (BasketCategoryEnum | Unset): * `index` - Index
            * `thematic` - Thematic
            * `defi` - DeFi
            * `layer1` - Layer 1
            * `stablecoin` - Stablecoin
            * `esg` - ESG
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
        assets (list[BasketAssetRequest] | Unset):
    """

    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    symbol: str | Unset = UNSET
    description: str | Unset = UNSET
    category: BasketCategoryEnum | Unset = UNSET
    risk_level: RiskLevelEnum | Unset = UNSET
    status: BasketStatusEnum | Unset = UNSET
    chain: ChainEnum | Unset = UNSET
    contract_address: None | str | Unset = UNSET
    min_investment: str | Unset = UNSET
    management_fee_percent: str | Unset = UNSET
    assets: list[BasketAssetRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        symbol = self.symbol

        description = self.description

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

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
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
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
        from ..models.basket_asset_request import BasketAssetRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        symbol = d.pop("symbol", UNSET)

        description = d.pop("description", UNSET)

        _category = d.pop("category", UNSET)
        category: BasketCategoryEnum | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = BasketCategoryEnum(_category)

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
        assets: list[BasketAssetRequest] | Unset = UNSET
        if _assets is not UNSET:
            assets = []
            for assets_item_data in _assets:
                assets_item = BasketAssetRequest.from_dict(assets_item_data)

                assets.append(assets_item)

        patched_basket_request = cls(
            name=name,
            slug=slug,
            symbol=symbol,
            description=description,
            category=category,
            risk_level=risk_level,
            status=status,
            chain=chain,
            contract_address=contract_address,
            min_investment=min_investment,
            management_fee_percent=management_fee_percent,
            assets=assets,
        )

        patched_basket_request.additional_properties = d
        return patched_basket_request

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
