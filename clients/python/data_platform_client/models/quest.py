from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quest_category_enum import QuestCategoryEnum
from ..models.quest_frequency_enum import QuestFrequencyEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Quest")


@_attrs_define
class Quest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (int):
            slug (str):
            title (str):
            category (QuestCategoryEnum): * `learning` - Learning
                * `investing` - Investing
                * `saving` - Saving
                * `social` - Social
                * `streak` - Streak
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            description (str | Unset):
            frequency (QuestFrequencyEnum | Unset): * `one_time` - One time
                * `daily` - Daily
                * `weekly` - Weekly
                * `monthly` - Monthly
            target_count (int | Unset):
            xp_reward (int | Unset):
            is_active (bool | Unset):
            starts_at (datetime.datetime | None | Unset):
            ends_at (datetime.datetime | None | Unset):
    """

    id: int
    slug: str
    title: str
    category: QuestCategoryEnum
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | Unset = UNSET
    frequency: QuestFrequencyEnum | Unset = UNSET
    target_count: int | Unset = UNSET
    xp_reward: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    starts_at: datetime.datetime | None | Unset = UNSET
    ends_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug = self.slug

        title = self.title

        category = self.category.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description = self.description

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.value

        target_count = self.target_count

        xp_reward = self.xp_reward

        is_active = self.is_active

        starts_at: None | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        ends_at: None | str | Unset
        if isinstance(self.ends_at, Unset):
            ends_at = UNSET
        elif isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slug": slug,
                "title": title,
                "category": category,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if target_count is not UNSET:
            field_dict["target_count"] = target_count
        if xp_reward is not UNSET:
            field_dict["xp_reward"] = xp_reward
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        slug = d.pop("slug")

        title = d.pop("title")

        category = QuestCategoryEnum(d.pop("category"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        description = d.pop("description", UNSET)

        _frequency = d.pop("frequency", UNSET)
        frequency: QuestFrequencyEnum | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = QuestFrequencyEnum(_frequency)

        target_count = d.pop("target_count", UNSET)

        xp_reward = d.pop("xp_reward", UNSET)

        is_active = d.pop("is_active", UNSET)

        def _parse_starts_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_type_0 = datetime.datetime.fromisoformat(data)

                return starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        starts_at = _parse_starts_at(d.pop("starts_at", UNSET))

        def _parse_ends_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ends_at = _parse_ends_at(d.pop("ends_at", UNSET))

        quest = cls(
            id=id,
            slug=slug,
            title=title,
            category=category,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            frequency=frequency,
            target_count=target_count,
            xp_reward=xp_reward,
            is_active=is_active,
            starts_at=starts_at,
            ends_at=ends_at,
        )

        quest.additional_properties = d
        return quest

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
