from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_priority_enum import EvaluationPriorityEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluationRequest")


@_attrs_define
class EvaluationRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            business_idea (UUID):
            priority (EvaluationPriorityEnum | Unset): * `low` - Low
                * `normal` - Normal
                * `high` - High
    """

    business_idea: UUID
    priority: EvaluationPriorityEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_idea = str(self.business_idea)

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "business_idea": business_idea,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_idea = UUID(d.pop("business_idea"))

        _priority = d.pop("priority", UNSET)
        priority: EvaluationPriorityEnum | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = EvaluationPriorityEnum(_priority)

        evaluation_request = cls(
            business_idea=business_idea,
            priority=priority,
        )

        evaluation_request.additional_properties = d
        return evaluation_request

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
