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
    from ..models.transcript_input_request import TranscriptInputRequest


T = TypeVar("T", bound="PatchedRunRequest")


@_attrs_define
class PatchedRunRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            definition (UUID | Unset):
            experiment (None | Unset | UUID):
            status (RunStatusEnum | Unset): * `pending` - Pending
                * `running` - Running
                * `completed` - Completed
                * `failed` - Failed
                * `cancelled` - Cancelled
            progress (Any | Unset):
            started_at (datetime.datetime | None | Unset):
            completed_at (datetime.datetime | None | Unset):
            transcripts (list[TranscriptInputRequest] | Unset): Transcripts created with the run, in the same transaction.
    """

    definition: UUID | Unset = UNSET
    experiment: None | Unset | UUID = UNSET
    status: RunStatusEnum | Unset = UNSET
    progress: Any | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    transcripts: list[TranscriptInputRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition: str | Unset = UNSET
        if not isinstance(self.definition, Unset):
            definition = str(self.definition)

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
        field_dict.update({})
        if definition is not UNSET:
            field_dict["definition"] = definition
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
        from ..models.transcript_input_request import TranscriptInputRequest  # noqa: PLC0415

        d = dict(src_dict)
        _definition = d.pop("definition", UNSET)
        definition: UUID | Unset
        if isinstance(_definition, Unset):
            definition = UNSET
        else:
            definition = UUID(_definition)

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
        transcripts: list[TranscriptInputRequest] | Unset = UNSET
        if _transcripts is not UNSET:
            transcripts = []
            for transcripts_item_data in _transcripts:
                transcripts_item = TranscriptInputRequest.from_dict(transcripts_item_data)

                transcripts.append(transcripts_item)

        patched_run_request = cls(
            definition=definition,
            experiment=experiment,
            status=status,
            progress=progress,
            started_at=started_at,
            completed_at=completed_at,
            transcripts=transcripts,
        )

        patched_run_request.additional_properties = d
        return patched_run_request

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
