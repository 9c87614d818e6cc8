from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalysisResultRequest")


@_attrs_define
class AnalysisResultRequest:
    """Serialize a versioned JSONB field migrated to the current schema version.

    ``<field>`` is the migrated content, ``stored_schema_version`` the version as
    stored, ``content_error`` why the content could not be read (an unknown,
    newer schema_version), in which case ``<field>`` is returned as stored.

        Attributes:
            run (UUID):
            analysis_type (str):
            code_version (str):
            output (Any):
            input_hash (str | Unset): SHA-256 hex of the input; computed from the run's transcripts if omitted.
    """

    run: UUID
    analysis_type: str
    code_version: str
    output: Any
    input_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run = str(self.run)

        analysis_type = self.analysis_type

        code_version = self.code_version

        output = self.output

        input_hash = self.input_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run": run,
                "analysis_type": analysis_type,
                "code_version": code_version,
                "output": output,
            }
        )
        if input_hash is not UNSET:
            field_dict["input_hash"] = input_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run = UUID(d.pop("run"))

        analysis_type = d.pop("analysis_type")

        code_version = d.pop("code_version")

        output = d.pop("output")

        input_hash = d.pop("input_hash", UNSET)

        analysis_result_request = cls(
            run=run,
            analysis_type=analysis_type,
            code_version=code_version,
            output=output,
            input_hash=input_hash,
        )

        analysis_result_request.additional_properties = d
        return analysis_result_request

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
