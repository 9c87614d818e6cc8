from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_level_enum import RiskLevelEnum
from ..models.tip_category_enum import TipCategoryEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedAITipRequest")


@_attrs_define
class PatchedAITipRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            expert (int | Unset):
            title (str | Unset):
            content (str | Unset):
            category (TipCategoryEnum | Unset): * `market_insight` - Market insight
                * `education` - Education
                * `risk_alert` - Risk alert
                * `opportunity` - Opportunity
                * `rebalancing` - Rebalancing
            risk_level (RiskLevelEnum | Unset): * `low` - Low
                * `medium` - Medium
                * `high` - High
                * `very_high` - Very high
            basket (int | None | Unset):
            asset_symbol (str | Unset):
            confidence_percent (None | str | Unset):
            is_published (bool | Unset):
            published_at (datetime.datetime | None | Unset):
            expires_at (datetime.datetime | None | Unset):
    """

    expert: int | Unset = UNSET
    title: str | Unset = UNSET
    content: str | Unset = UNSET
    category: TipCategoryEnum | Unset = UNSET
    risk_level: RiskLevelEnum | Unset = UNSET
    basket: int | None | Unset = UNSET
    asset_symbol: str | Unset = UNSET
    confidence_percent: None | str | Unset = UNSET
    is_published: bool | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expert = self.expert

        title = self.title

        content = self.content

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        risk_level: str | Unset = UNSET
        if not isinstance(self.risk_level, Unset):
            risk_level = self.risk_level.value

        basket: int | None | Unset
        if isinstance(self.basket, Unset):
            basket = UNSET
        else:
            basket = self.basket

        asset_symbol = self.asset_symbol

        confidence_percent: None | str | Unset
        if isinstance(self.confidence_percent, Unset):
            confidence_percent = UNSET
        else:
            confidence_percent = self.confidence_percent

        is_published = self.is_published

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expert is not UNSET:
            field_dict["expert"] = expert
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if category is not UNSET:
            field_dict["category"] = category
        if risk_level is not UNSET:
            field_dict["risk_level"] = risk_level
        if basket is not UNSET:
            field_dict["basket"] = basket
        if asset_symbol is not UNSET:
            field_dict["asset_symbol"] = asset_symbol
        if confidence_percent is not UNSET:
            field_dict["confidence_percent"] = confidence_percent
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expert = d.pop("expert", UNSET)

        title = d.pop("title", UNSET)

        content = d.pop("content", UNSET)

        _category = d.pop("category", UNSET)
        category: TipCategoryEnum | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = TipCategoryEnum(_category)

        _risk_level = d.pop("risk_level", UNSET)
        risk_level: RiskLevelEnum | Unset
        if isinstance(_risk_level, Unset):
            risk_level = UNSET
        else:
            risk_level = RiskLevelEnum(_risk_level)

        def _parse_basket(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        basket = _parse_basket(d.pop("basket", UNSET))

        asset_symbol = d.pop("asset_symbol", UNSET)

        def _parse_confidence_percent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        confidence_percent = _parse_confidence_percent(d.pop("confidence_percent", UNSET))

        is_published = d.pop("is_published", UNSET)

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        patched_ai_tip_request = cls(
            expert=expert,
            title=title,
            content=content,
            category=category,
            risk_level=risk_level,
            basket=basket,
            asset_symbol=asset_symbol,
            confidence_percent=confidence_percent,
            is_published=is_published,
            published_at=published_at,
            expires_at=expires_at,
        )

        patched_ai_tip_request.additional_properties = d
        return patched_ai_tip_request

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
