from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status_enum import RunStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcript import Transcript


T = TypeVar("T", bound="RunList")


@_attrs_define
class RunList:
    """A run in a list; ``transcripts`` (oldest first) only with ``include=transcripts``.

    Attributes:
        id (UUID):
        definition (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        experiment (None | Unset | UUID):
        status (RunStatusEnum | Unset): * `pending` - Pending
            * `running` - Running
            * `completed` - Completed
            * `failed` - Failed
            * `cancelled` - Cancelled
        progress (Any | Unset):
        started_at (datetime.datetime | None | Unset):
        completed_at (datetime.datetime | None | Unset):
        transcripts (list[Transcript] | Unset):
    """

    id: UUID
    definition: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    experiment: None | Unset | UUID = UNSET
    status: RunStatusEnum | Unset = UNSET
    progress: Any | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    transcripts: list[Transcript] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        definition = str(self.definition)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        experiment: None | str | Unset
        if isinstance(self.experiment, Unset):
            experiment = UNSET
        elif isinstance(self.experiment, UUID):
            experiment = str(self.experiment)
        else:
            experiment = self.experiment

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        progress = self.progress

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        transcripts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transcripts, Unset):
            transcripts = []
            for transcripts_item_data in self.transcripts:
                transcripts_item = transcripts_item_data.to_dict()
                transcripts.append(transcripts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "definition": definition,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if transcripts is not UNSET:
            field_dict["transcripts"] = transcripts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transcript import Transcript  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        definition = UUID(d.pop("definition"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_experiment(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                experiment_type_0 = UUID(data)

                return experiment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        experiment = _parse_experiment(d.pop("experiment", UNSET))

        _status = d.pop("status", UNSET)
        status: RunStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RunStatusEnum(_status)

        progress = d.pop("progress", UNSET)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        _transcripts = d.pop("transcripts", UNSET)
        transcripts: list[Transcript] | Unset = UNSET
        if _transcripts is not UNSET:
            transcripts = []
            for transcripts_item_data in _transcripts:
                transcripts_item = Transcript.from_dict(transcripts_item_data)

                transcripts.append(transcripts_item)

        run_list = cls(
            id=id,
            definition=definition,
            created_at=created_at,
            updated_at=updated_at,
            experiment=experiment,
            status=status,
            progress=progress,
            started_at=started_at,
            completed_at=completed_at,
            transcripts=transcripts,
        )

        run_list.additional_properties = d
        return run_list

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
