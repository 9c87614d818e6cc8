from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interaction_type_enum import InteractionTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserAIInteractionRequest")


@_attrs_define
class UserAIInteractionRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            expert (int):
            interaction_type (InteractionTypeEnum): * `question` - Question asked
                * `tip_viewed` - Tip viewed
                * `tip_saved` - Tip saved
                * `tip_dismissed` - Tip dismissed
                * `tip_followed` - Tip followed (invested)
                * `feedback` - Feedback
            tip (int | None | Unset):
            prompt (str | Unset):
            rating (int | None | Unset): 1..5 stars.
            metadata (Any | Unset):
    """

    expert: int
    interaction_type: InteractionTypeEnum
    tip: int | None | Unset = UNSET
    prompt: str | Unset = UNSET
    rating: int | None | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expert = self.expert

        interaction_type = self.interaction_type.value

        tip: int | None | Unset
        if isinstance(self.tip, Unset):
            tip = UNSET
        else:
            tip = self.tip

        prompt = self.prompt

        rating: int | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expert": expert,
                "interaction_type": interaction_type,
            }
        )
        if tip is not UNSET:
            field_dict["tip"] = tip
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if rating is not UNSET:
            field_dict["rating"] = rating
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expert = d.pop("expert")

        interaction_type = InteractionTypeEnum(d.pop("interaction_type"))

        def _parse_tip(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tip = _parse_tip(d.pop("tip", UNSET))

        prompt = d.pop("prompt", UNSET)

        def _parse_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        metadata = d.pop("metadata", UNSET)

        user_ai_interaction_request = cls(
            expert=expert,
            interaction_type=interaction_type,
            tip=tip,
            prompt=prompt,
            rating=rating,
            metadata=metadata,
        )

        user_ai_interaction_request.additional_properties = d
        return user_ai_interaction_request

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
