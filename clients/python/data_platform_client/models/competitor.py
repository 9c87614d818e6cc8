from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.competitor_category_enum import CompetitorCategoryEnum
from ..models.price_point_enum import PricePointEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Competitor")


@_attrs_define
class Competitor:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            id (UUID):
            name (str):
            category (CompetitorCategoryEnum): * `SUPPLEMENT` - Supplement
                * `ELECTROLYTE` - Electrolyte drink
                * `IV_THERAPY` - IV therapy
                * `PHARMACEUTICAL` - Pharmaceutical
                * `HOME_REMEDY` - Home remedy
                * `OTHER` - Other
            price_point (PricePointEnum): * `BUDGET` - Budget
                * `MID` - Mid-range
                * `PREMIUM` - Premium
            primary_mechanism (str | Unset):
            brand_keywords (list[str] | Unset):
    """

    created_at: datetime.datetime
    updated_at: datetime.datetime
    id: UUID
    name: str
    category: CompetitorCategoryEnum
    price_point: PricePointEnum
    primary_mechanism: str | Unset = UNSET
    brand_keywords: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        id = str(self.id)

        name = self.name

        category = self.category.value

        price_point = self.price_point.value

        primary_mechanism = self.primary_mechanism

        brand_keywords: list[str] | Unset = UNSET
        if not isinstance(self.brand_keywords, Unset):
            brand_keywords = self.brand_keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "updated_at": updated_at,
                "id": id,
                "name": name,
                "category": category,
                "price_point": price_point,
            }
        )
        if primary_mechanism is not UNSET:
            field_dict["primary_mechanism"] = primary_mechanism
        if brand_keywords is not UNSET:
            field_dict["brand_keywords"] = brand_keywords

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        id = UUID(d.pop("id"))

        name = d.pop("name")

        category = CompetitorCategoryEnum(d.pop("category"))

        price_point = PricePointEnum(d.pop("price_point"))

        primary_mechanism = d.pop("primary_mechanism", UNSET)

        brand_keywords = cast(list[str], d.pop("brand_keywords", UNSET))

        competitor = cls(
            created_at=created_at,
            updated_at=updated_at,
            id=id,
            name=name,
            category=category,
            price_point=price_point,
            primary_mechanism=primary_mechanism,
            brand_keywords=brand_keywords,
        )

        competitor.additional_properties = d
        return competitor

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
