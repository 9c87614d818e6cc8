from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blank_enum import BlankEnum
from ..models.experiment_status_enum import ExperimentStatusEnum
from ..models.experiment_winner_enum import ExperimentWinnerEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentRequest")


@_attrs_define
class ExperimentRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            name (str):
            metric (str): The KPI the experiment optimises.
            description (str | Unset):
            variant_a (Any | Unset):
            variant_b (Any | Unset):
            traffic_split (float | Unset): Share of traffic sent to variant B (0..1).
            status (ExperimentStatusEnum | Unset): * `DRAFT` - Draft
                * `RUNNING` - Running
                * `PAUSED` - Paused
                * `COMPLETED` - Completed
                * `CANCELLED` - Cancelled
            start_date (datetime.datetime | None | Unset):
            end_date (datetime.datetime | None | Unset):
            results_json (Any | Unset):
            winner (BlankEnum | ExperimentWinnerEnum | None | Unset):
    """

    name: str
    metric: str
    description: str | Unset = UNSET
    variant_a: Any | Unset = UNSET
    variant_b: Any | Unset = UNSET
    traffic_split: float | Unset = UNSET
    status: ExperimentStatusEnum | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    results_json: Any | Unset = UNSET
    winner: BlankEnum | ExperimentWinnerEnum | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        metric = self.metric

        description = self.description

        variant_a = self.variant_a

        variant_b = self.variant_b

        traffic_split = self.traffic_split

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        results_json = self.results_json

        winner: None | str | Unset
        if isinstance(self.winner, Unset):
            winner = UNSET
        elif isinstance(self.winner, ExperimentWinnerEnum):
            winner = self.winner.value
        elif isinstance(self.winner, BlankEnum):
            winner = self.winner.value
        else:
            winner = self.winner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "metric": metric,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if variant_a is not UNSET:
            field_dict["variant_a"] = variant_a
        if variant_b is not UNSET:
            field_dict["variant_b"] = variant_b
        if traffic_split is not UNSET:
            field_dict["traffic_split"] = traffic_split
        if status is not UNSET:
            field_dict["status"] = status
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if results_json is not UNSET:
            field_dict["results_json"] = results_json
        if winner is not UNSET:
            field_dict["winner"] = winner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        metric = d.pop("metric")

        description = d.pop("description", UNSET)

        variant_a = d.pop("variant_a", UNSET)

        variant_b = d.pop("variant_b", UNSET)

        traffic_split = d.pop("traffic_split", UNSET)

        _status = d.pop("status", UNSET)
        status: ExperimentStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ExperimentStatusEnum(_status)

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        results_json = d.pop("results_json", UNSET)

        def _parse_winner(data: object) -> BlankEnum | ExperimentWinnerEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                winner_type_0 = ExperimentWinnerEnum(data)

                return winner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                winner_type_1 = BlankEnum(data)

                return winner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlankEnum | ExperimentWinnerEnum | None | Unset, data)

        winner = _parse_winner(d.pop("winner", UNSET))

        experiment_request = cls(
            name=name,
            metric=metric,
            description=description,
            variant_a=variant_a,
            variant_b=variant_b,
            traffic_split=traffic_split,
            status=status,
            start_date=start_date,
            end_date=end_date,
            results_json=results_json,
            winner=winner,
        )

        experiment_request.additional_properties = d
        return experiment_request

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
