from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.achievement_category_enum import AchievementCategoryEnum
from ..models.achievement_tier_enum import AchievementTierEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="AchievementRequest")


@_attrs_define
class AchievementRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            slug (str):
            name (str):
            category (AchievementCategoryEnum): * `investing` - Investing
                * `saving` - Saving
                * `learning` - Learning
                * `social` - Social
                * `milestone` - Milestone
            description (str | Unset):
            tier (AchievementTierEnum | Unset): * `bronze` - Bronze
                * `silver` - Silver
                * `gold` - Gold
                * `platinum` - Platinum
            xp_reward (int | Unset):
            icon_url (str | Unset):
            is_hidden (bool | Unset):
            criteria (Any | Unset):
    """

    slug: str
    name: str
    category: AchievementCategoryEnum
    description: str | Unset = UNSET
    tier: AchievementTierEnum | Unset = UNSET
    xp_reward: int | Unset = UNSET
    icon_url: str | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    criteria: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        category = self.category.value

        description = self.description

        tier: str | Unset = UNSET
        if not isinstance(self.tier, Unset):
            tier = self.tier.value

        xp_reward = self.xp_reward

        icon_url: str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        is_hidden = self.is_hidden

        criteria = self.criteria

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "category": category,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tier is not UNSET:
            field_dict["tier"] = tier
        if xp_reward is not UNSET:
            field_dict["xp_reward"] = xp_reward
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if criteria is not UNSET:
            field_dict["criteria"] = criteria

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        category = AchievementCategoryEnum(d.pop("category"))

        description = d.pop("description", UNSET)

        _tier = d.pop("tier", UNSET)
        tier: AchievementTierEnum | Unset
        if isinstance(_tier, Unset):
            tier = UNSET
        else:
            tier = AchievementTierEnum(_tier)

        xp_reward = d.pop("xp_reward", UNSET)

        def _parse_icon_url(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        icon_url = _parse_icon_url(d.pop("icon_url", UNSET))

        is_hidden = d.pop("is_hidden", UNSET)

        criteria = d.pop("criteria", UNSET)

        achievement_request = cls(
            slug=slug,
            name=name,
            category=category,
            description=description,
            tier=tier,
            xp_reward=xp_reward,
            icon_url=icon_url,
            is_hidden=is_hidden,
            criteria=criteria,
        )

        achievement_request.additional_properties = d
        return achievement_request

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
