from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunComparison")


@_attrs_define
class RunComparison:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (UUID):
            baseline_run (UUID):
            comparison_run (UUID):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            experiment (None | Unset | UUID):
            delta_data (Any | Unset):
            statistical_tests (Any | Unset):
    """

    id: UUID
    baseline_run: UUID
    comparison_run: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    experiment: None | Unset | UUID = UNSET
    delta_data: Any | Unset = UNSET
    statistical_tests: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        baseline_run = str(self.baseline_run)

        comparison_run = str(self.comparison_run)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        experiment: None | str | Unset
        if isinstance(self.experiment, Unset):
            experiment = UNSET
        elif isinstance(self.experiment, UUID):
            experiment = str(self.experiment)
        else:
            experiment = self.experiment

        delta_data = self.delta_data

        statistical_tests = self.statistical_tests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "baseline_run": baseline_run,
                "comparison_run": comparison_run,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if delta_data is not UNSET:
            field_dict["delta_data"] = delta_data
        if statistical_tests is not UNSET:
            field_dict["statistical_tests"] = statistical_tests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        baseline_run = UUID(d.pop("baseline_run"))

        comparison_run = UUID(d.pop("comparison_run"))

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

        delta_data = d.pop("delta_data", UNSET)

        statistical_tests = d.pop("statistical_tests", UNSET)

        run_comparison = cls(
            id=id,
            baseline_run=baseline_run,
            comparison_run=comparison_run,
            created_at=created_at,
            updated_at=updated_at,
            experiment=experiment,
            delta_data=delta_data,
            statistical_tests=statistical_tests,
        )

        run_comparison.additional_properties = d
        return run_comparison

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
