from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_priority_enum import EvaluationPriorityEnum
from ..models.evaluation_status_enum import EvaluationStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_result_summary import AgentResultSummary


T = TypeVar("T", bound="Evaluation")


@_attrs_define
class Evaluation:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (UUID):
            business_idea (UUID):
            status (EvaluationStatusEnum): * `pending` - Pending
                * `analyzing` - Analyzing
                * `completed` - Completed
                * `failed` - Failed
            started_at (datetime.datetime | None):
            completed_at (datetime.datetime | None):
            results (Any): Aggregated results (a JSON object).
            error_message (None | str): Why it failed; NULL otherwise (seed 001).
            agent_results (list[AgentResultSummary]):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            priority (EvaluationPriorityEnum | Unset): * `low` - Low
                * `normal` - Normal
                * `high` - High
    """

    id: UUID
    business_idea: UUID
    status: EvaluationStatusEnum
    started_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    results: Any
    error_message: None | str
    agent_results: list[AgentResultSummary]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    priority: EvaluationPriorityEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        business_idea = str(self.business_idea)

        status = self.status.value

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        results = self.results

        error_message: None | str
        error_message = self.error_message

        agent_results = []
        for agent_results_item_data in self.agent_results:
            agent_results_item = agent_results_item_data.to_dict()
            agent_results.append(agent_results_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "business_idea": business_idea,
                "status": status,
                "started_at": started_at,
                "completed_at": completed_at,
                "results": results,
                "error_message": error_message,
                "agent_results": agent_results,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_result_summary import AgentResultSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        business_idea = UUID(d.pop("business_idea"))

        status = EvaluationStatusEnum(d.pop("status"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        results = d.pop("results")

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(d.pop("error_message"))

        agent_results = []
        _agent_results = d.pop("agent_results")
        for agent_results_item_data in _agent_results:
            agent_results_item = AgentResultSummary.from_dict(agent_results_item_data)

            agent_results.append(agent_results_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _priority = d.pop("priority", UNSET)
        priority: EvaluationPriorityEnum | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = EvaluationPriorityEnum(_priority)

        evaluation = cls(
            id=id,
            business_idea=business_idea,
            status=status,
            started_at=started_at,
            completed_at=completed_at,
            results=results,
            error_message=error_message,
            agent_results=agent_results,
            created_at=created_at,
            updated_at=updated_at,
            priority=priority,
        )

        evaluation.additional_properties = d
        return evaluation

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
