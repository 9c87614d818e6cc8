from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResearchExperiment")


@_attrs_define
class ResearchExperiment:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (UUID):
            name (str):
            hypothesis (str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            analysis_plan (Any | Unset):
    """

    id: UUID
    name: str
    hypothesis: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    analysis_plan: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        hypothesis = self.hypothesis

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        analysis_plan = self.analysis_plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "hypothesis": hypothesis,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if analysis_plan is not UNSET:
            field_dict["analysis_plan"] = analysis_plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        hypothesis = d.pop("hypothesis")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        analysis_plan = d.pop("analysis_plan", UNSET)

        research_experiment = cls(
            id=id,
            name=name,
            hypothesis=hypothesis,
            created_at=created_at,
            updated_at=updated_at,
            analysis_plan=analysis_plan,
        )

        research_experiment.additional_properties = d
        return research_experiment

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
