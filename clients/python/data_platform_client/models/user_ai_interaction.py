from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interaction_type_enum import InteractionTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserAIInteraction")


@_attrs_define
class UserAIInteraction:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (int):
            expert (int):
            interaction_type (InteractionTypeEnum): * `question` - Question asked
                * `tip_viewed` - Tip viewed
                * `tip_saved` - Tip saved
                * `tip_dismissed` - Tip dismissed
                * `tip_followed` - Tip followed (invested)
                * `feedback` - Feedback
            response (str):
            tokens_used (int):
            created_at (datetime.datetime):
            tip (int | None | Unset):
            prompt (str | Unset):
            rating (int | None | Unset): 1..5 stars.
            metadata (Any | Unset):
    """

    id: int
    expert: int
    interaction_type: InteractionTypeEnum
    response: str
    tokens_used: int
    created_at: datetime.datetime
    tip: int | None | Unset = UNSET
    prompt: str | Unset = UNSET
    rating: int | None | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        expert = self.expert

        interaction_type = self.interaction_type.value

        response = self.response

        tokens_used = self.tokens_used

        created_at = self.created_at.isoformat()

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
                "id": id,
                "expert": expert,
                "interaction_type": interaction_type,
                "response": response,
                "tokens_used": tokens_used,
                "created_at": created_at,
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
        id = d.pop("id")

        expert = d.pop("expert")

        interaction_type = InteractionTypeEnum(d.pop("interaction_type"))

        response = d.pop("response")

        tokens_used = d.pop("tokens_used")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

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

        user_ai_interaction = cls(
            id=id,
            expert=expert,
            interaction_type=interaction_type,
            response=response,
            tokens_used=tokens_used,
            created_at=created_at,
            tip=tip,
            prompt=prompt,
            rating=rating,
            metadata=metadata,
        )

        user_ai_interaction.additional_properties = d
        return user_ai_interaction

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
