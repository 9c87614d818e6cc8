from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.archetype_enum import ArchetypeEnum
from ..models.blank_enum import BlankEnum
from ..models.platform_enum import PlatformEnum
from ..models.power_tier_enum import PowerTierEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorRequest")


@_attrs_define
class AuthorRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            platform (PlatformEnum): * `TWITTER` - Twitter / X
                * `REDDIT` - Reddit
                * `THREADS` - Threads
            platform_id (str): The account id on its platform.
            handle (str):
            display_name (None | str | Unset):
            follower_count (int | Unset):
            is_verified (bool | Unset):
            is_power_user (bool | Unset):
            power_tier (BlankEnum | None | PowerTierEnum | Unset):
            archetype_tags (list[ArchetypeEnum] | Unset): Reply archetypes that worked with this author.
            relationship_score (float | Unset):
            interaction_history (Any | Unset):
    """

    platform: PlatformEnum
    platform_id: str
    handle: str
    display_name: None | str | Unset = UNSET
    follower_count: int | Unset = UNSET
    is_verified: bool | Unset = UNSET
    is_power_user: bool | Unset = UNSET
    power_tier: BlankEnum | None | PowerTierEnum | Unset = UNSET
    archetype_tags: list[ArchetypeEnum] | Unset = UNSET
    relationship_score: float | Unset = UNSET
    interaction_history: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform.value

        platform_id = self.platform_id

        handle = self.handle

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        follower_count = self.follower_count

        is_verified = self.is_verified

        is_power_user = self.is_power_user

        power_tier: None | str | Unset
        if isinstance(self.power_tier, Unset):
            power_tier = UNSET
        elif isinstance(self.power_tier, PowerTierEnum):
            power_tier = self.power_tier.value
        elif isinstance(self.power_tier, BlankEnum):
            power_tier = self.power_tier.value
        else:
            power_tier = self.power_tier

        archetype_tags: list[str] | Unset = UNSET
        if not isinstance(self.archetype_tags, Unset):
            archetype_tags = []
            for archetype_tags_item_data in self.archetype_tags:
                archetype_tags_item = archetype_tags_item_data.value
                archetype_tags.append(archetype_tags_item)

        relationship_score = self.relationship_score

        interaction_history = self.interaction_history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "platform_id": platform_id,
                "handle": handle,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if follower_count is not UNSET:
            field_dict["follower_count"] = follower_count
        if is_verified is not UNSET:
            field_dict["is_verified"] = is_verified
        if is_power_user is not UNSET:
            field_dict["is_power_user"] = is_power_user
        if power_tier is not UNSET:
            field_dict["power_tier"] = power_tier
        if archetype_tags is not UNSET:
            field_dict["archetype_tags"] = archetype_tags
        if relationship_score is not UNSET:
            field_dict["relationship_score"] = relationship_score
        if interaction_history is not UNSET:
            field_dict["interaction_history"] = interaction_history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform = PlatformEnum(d.pop("platform"))

        platform_id = d.pop("platform_id")

        handle = d.pop("handle")

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        follower_count = d.pop("follower_count", UNSET)

        is_verified = d.pop("is_verified", UNSET)

        is_power_user = d.pop("is_power_user", UNSET)

        def _parse_power_tier(data: object) -> BlankEnum | None | PowerTierEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                power_tier_type_0 = PowerTierEnum(data)

                return power_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                power_tier_type_1 = BlankEnum(data)

                return power_tier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlankEnum | None | PowerTierEnum | Unset, data)

        power_tier = _parse_power_tier(d.pop("power_tier", UNSET))

        _archetype_tags = d.pop("archetype_tags", UNSET)
        archetype_tags: list[ArchetypeEnum] | Unset = UNSET
        if _archetype_tags is not UNSET:
            archetype_tags = []
            for archetype_tags_item_data in _archetype_tags:
                archetype_tags_item = ArchetypeEnum(archetype_tags_item_data)

                archetype_tags.append(archetype_tags_item)

        relationship_score = d.pop("relationship_score", UNSET)

        interaction_history = d.pop("interaction_history", UNSET)

        author_request = cls(
            platform=platform,
            platform_id=platform_id,
            handle=handle,
            display_name=display_name,
            follower_count=follower_count,
            is_verified=is_verified,
            is_power_user=is_power_user,
            power_tier=power_tier,
            archetype_tags=archetype_tags,
            relationship_score=relationship_score,
            interaction_history=interaction_history,
        )

        author_request.additional_properties = d
        return author_request

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
