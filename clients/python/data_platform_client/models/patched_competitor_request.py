from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.competitor_category_enum import CompetitorCategoryEnum
from ..models.price_point_enum import PricePointEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedCompetitorRequest")


@_attrs_define
class PatchedCompetitorRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            name (str | Unset):
            category (CompetitorCategoryEnum | Unset): * `SUPPLEMENT` - Supplement
                * `ELECTROLYTE` - Electrolyte drink
                * `IV_THERAPY` - IV therapy
                * `PHARMACEUTICAL` - Pharmaceutical
                * `HOME_REMEDY` - Home remedy
                * `OTHER` - Other
            primary_mechanism (str | Unset):
            price_point (PricePointEnum | Unset): * `BUDGET` - Budget
                * `MID` - Mid-range
                * `PREMIUM` - Premium
            brand_keywords (list[str] | Unset):
    """

    name: str | Unset = UNSET
    category: CompetitorCategoryEnum | Unset = UNSET
    primary_mechanism: str | Unset = UNSET
    price_point: PricePointEnum | Unset = UNSET
    brand_keywords: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        primary_mechanism = self.primary_mechanism

        price_point: str | Unset = UNSET
        if not isinstance(self.price_point, Unset):
            price_point = self.price_point.value

        brand_keywords: list[str] | Unset = UNSET
        if not isinstance(self.brand_keywords, Unset):
            brand_keywords = self.brand_keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category
        if primary_mechanism is not UNSET:
            field_dict["primary_mechanism"] = primary_mechanism
        if price_point is not UNSET:
            field_dict["price_point"] = price_point
        if brand_keywords is not UNSET:
            field_dict["brand_keywords"] = brand_keywords

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _category = d.pop("category", UNSET)
        category: CompetitorCategoryEnum | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = CompetitorCategoryEnum(_category)

        primary_mechanism = d.pop("primary_mechanism", UNSET)

        _price_point = d.pop("price_point", UNSET)
        price_point: PricePointEnum | Unset
        if isinstance(_price_point, Unset):
            price_point = UNSET
        else:
            price_point = PricePointEnum(_price_point)

        brand_keywords = cast(list[str], d.pop("brand_keywords", UNSET))

        patched_competitor_request = cls(
            name=name,
            category=category,
            primary_mechanism=primary_mechanism,
            price_point=price_point,
            brand_keywords=brand_keywords,
        )

        patched_competitor_request.additional_properties = d
        return patched_competitor_request

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
