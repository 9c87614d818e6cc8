from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResearchExperimentRequest")


@_attrs_define
class ResearchExperimentRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            name (str):
            hypothesis (str):
            analysis_plan (Any | Unset):
    """

    name: str
    hypothesis: str
    analysis_plan: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        hypothesis = self.hypothesis

        analysis_plan = self.analysis_plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "hypothesis": hypothesis,
            }
        )
        if analysis_plan is not UNSET:
            field_dict["analysis_plan"] = analysis_plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        hypothesis = d.pop("hypothesis")

        analysis_plan = d.pop("analysis_plan", UNSET)

        research_experiment_request = cls(
            name=name,
            hypothesis=hypothesis,
            analysis_plan=analysis_plan,
        )

        research_experiment_request.additional_properties = d
        return research_experiment_request

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
