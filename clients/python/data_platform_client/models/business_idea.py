from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.idea_status_enum import IdeaStatusEnum

T = TypeVar("T", bound="BusinessIdea")


@_attrs_define
class BusinessIdea:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (UUID):
            title (str):
            description (str): 50 to 5000 characters (FR1).
            status (IdeaStatusEnum): * `draft` - Draft
                * `submitted` - Submitted
                * `evaluating` - Evaluating
                * `completed` - Completed
            evaluation_count (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
    """

    id: UUID
    title: str
    description: str
    status: IdeaStatusEnum
    evaluation_count: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        description = self.description

        status = self.status.value

        evaluation_count = self.evaluation_count

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "status": status,
                "evaluation_count": evaluation_count,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        description = d.pop("description")

        status = IdeaStatusEnum(d.pop("status"))

        evaluation_count = d.pop("evaluation_count")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        business_idea = cls(
            id=id,
            title=title,
            description=description,
            status=status,
            evaluation_count=evaluation_count,
            created_at=created_at,
            updated_at=updated_at,
        )

        business_idea.additional_properties = d
        return business_idea

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
