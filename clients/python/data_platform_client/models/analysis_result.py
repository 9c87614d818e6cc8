from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_status_enum import AnalysisStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalysisResult")


@_attrs_define
class AnalysisResult:
    """Serialize a versioned JSONB field migrated to the current schema version.

    ``<field>`` is the migrated content, ``stored_schema_version`` the version as
    stored, ``content_error`` why the content could not be read (an unknown,
    newer schema_version), in which case ``<field>`` is returned as stored.

        Attributes:
            id (UUID):
            run (UUID):
            analysis_type (str):
            code_version (str):
            output (Any):
            stored_schema_version (int | None):
            content_error (None | str):
            version (int):
            status (AnalysisStatusEnum): * `current` - Current
                * `superseded` - Superseded
            superseded_at (datetime.datetime | None):
            created_at (datetime.datetime):
            input_hash (str | Unset): SHA-256 hex of the input; computed from the run's transcripts if omitted.
    """

    id: UUID
    run: UUID
    analysis_type: str
    code_version: str
    output: Any
    stored_schema_version: int | None
    content_error: None | str
    version: int
    status: AnalysisStatusEnum
    superseded_at: datetime.datetime | None
    created_at: datetime.datetime
    input_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        run = str(self.run)

        analysis_type = self.analysis_type

        code_version = self.code_version

        output = self.output

        stored_schema_version: int | None
        stored_schema_version = self.stored_schema_version

        content_error: None | str
        content_error = self.content_error

        version = self.version

        status = self.status.value

        superseded_at: None | str
        if isinstance(self.superseded_at, datetime.datetime):
            superseded_at = self.superseded_at.isoformat()
        else:
            superseded_at = self.superseded_at

        created_at = self.created_at.isoformat()

        input_hash = self.input_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "run": run,
                "analysis_type": analysis_type,
                "code_version": code_version,
                "output": output,
                "stored_schema_version": stored_schema_version,
                "content_error": content_error,
                "version": version,
                "status": status,
                "superseded_at": superseded_at,
                "created_at": created_at,
            }
        )
        if input_hash is not UNSET:
            field_dict["input_hash"] = input_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        run = UUID(d.pop("run"))

        analysis_type = d.pop("analysis_type")

        code_version = d.pop("code_version")

        output = d.pop("output")

        def _parse_stored_schema_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        stored_schema_version = _parse_stored_schema_version(d.pop("stored_schema_version"))

        def _parse_content_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content_error = _parse_content_error(d.pop("content_error"))

        version = d.pop("version")

        status = AnalysisStatusEnum(d.pop("status"))

        def _parse_superseded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                superseded_at_type_0 = datetime.datetime.fromisoformat(data)

                return superseded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        superseded_at = _parse_superseded_at(d.pop("superseded_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        input_hash = d.pop("input_hash", UNSET)

        analysis_result = cls(
            id=id,
            run=run,
            analysis_type=analysis_type,
            code_version=code_version,
            output=output,
            stored_schema_version=stored_schema_version,
            content_error=content_error,
            version=version,
            status=status,
            superseded_at=superseded_at,
            created_at=created_at,
            input_hash=input_hash,
        )

        analysis_result.additional_properties = d
        return analysis_result

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
