from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Transcript")


@_attrs_define
class Transcript:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (UUID):
            run (UUID):
            target_model (str):
            is_expired (bool):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            scenario (None | Unset | UUID):
            content (Any | Unset): null: expired; {}: empty.
            turn_count (int | Unset):
            token_count (int | Unset):
            duration_ms (int | Unset):
    """

    id: UUID
    run: UUID
    target_model: str
    is_expired: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    scenario: None | Unset | UUID = UNSET
    content: Any | Unset = UNSET
    turn_count: int | Unset = UNSET
    token_count: int | Unset = UNSET
    duration_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        run = str(self.run)

        target_model = self.target_model

        is_expired = self.is_expired

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        scenario: None | str | Unset
        if isinstance(self.scenario, Unset):
            scenario = UNSET
        elif isinstance(self.scenario, UUID):
            scenario = str(self.scenario)
        else:
            scenario = self.scenario

        content = self.content

        turn_count = self.turn_count

        token_count = self.token_count

        duration_ms = self.duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "run": run,
                "target_model": target_model,
                "is_expired": is_expired,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if scenario is not UNSET:
            field_dict["scenario"] = scenario
        if content is not UNSET:
            field_dict["content"] = content
        if turn_count is not UNSET:
            field_dict["turn_count"] = turn_count
        if token_count is not UNSET:
            field_dict["token_count"] = token_count
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        run = UUID(d.pop("run"))

        target_model = d.pop("target_model")

        is_expired = d.pop("is_expired")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_scenario(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scenario_type_0 = UUID(data)

                return scenario_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        scenario = _parse_scenario(d.pop("scenario", UNSET))

        content = d.pop("content", UNSET)

        turn_count = d.pop("turn_count", UNSET)

        token_count = d.pop("token_count", UNSET)

        duration_ms = d.pop("duration_ms", UNSET)

        transcript = cls(
            id=id,
            run=run,
            target_model=target_model,
            is_expired=is_expired,
            created_at=created_at,
            updated_at=updated_at,
            scenario=scenario,
            content=content,
            turn_count=turn_count,
            token_count=token_count,
            duration_ms=duration_ms,
        )

        transcript.additional_properties = d
        return transcript

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
