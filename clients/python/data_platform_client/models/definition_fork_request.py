from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DefinitionForkRequest")


@_attrs_define
class DefinitionForkRequest:
    """
    Attributes:
        name (str | Unset):
        content (Any | Unset): Defaults to the parent's content.
        copy_scenarios (bool | Unset):  Default: False.
    """

    name: str | Unset = UNSET
    content: Any | Unset = UNSET
    copy_scenarios: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        copy_scenarios = self.copy_scenarios

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if content is not UNSET:
            field_dict["content"] = content
        if copy_scenarios is not UNSET:
            field_dict["copy_scenarios"] = copy_scenarios

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        content = d.pop("content", UNSET)

        copy_scenarios = d.pop("copy_scenarios", UNSET)

        definition_fork_request = cls(
            name=name,
            content=content,
            copy_scenarios=copy_scenarios,
        )

        definition_fork_request.additional_properties = d
        return definition_fork_request

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
