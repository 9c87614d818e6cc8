from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.idea_status_enum import IdeaStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation import Evaluation


T = TypeVar("T", bound="BusinessIdeaList")


@_attrs_define
class BusinessIdeaList:
    """An idea in a list; ``evaluations`` (newest first, each with its agent results) only
    with ``include=evaluations``.

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
            evaluations (list[Evaluation] | Unset):
    """

    id: UUID
    title: str
    description: str
    status: IdeaStatusEnum
    evaluation_count: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    evaluations: list[Evaluation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        description = self.description

        status = self.status.value

        evaluation_count = self.evaluation_count

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        evaluations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluations, Unset):
            evaluations = []
            for evaluations_item_data in self.evaluations:
                evaluations_item = evaluations_item_data.to_dict()
                evaluations.append(evaluations_item)

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
        if evaluations is not UNSET:
            field_dict["evaluations"] = evaluations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation import Evaluation  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        description = d.pop("description")

        status = IdeaStatusEnum(d.pop("status"))

        evaluation_count = d.pop("evaluation_count")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _evaluations = d.pop("evaluations", UNSET)
        evaluations: list[Evaluation] | Unset = UNSET
        if _evaluations is not UNSET:
            evaluations = []
            for evaluations_item_data in _evaluations:
                evaluations_item = Evaluation.from_dict(evaluations_item_data)

                evaluations.append(evaluations_item)

        business_idea_list = cls(
            id=id,
            title=title,
            description=description,
            status=status,
            evaluation_count=evaluation_count,
            created_at=created_at,
            updated_at=updated_at,
            evaluations=evaluations,
        )

        business_idea_list.additional_properties = d
        return business_idea_list

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
