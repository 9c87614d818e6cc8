from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_result_status_enum import AgentResultStatusEnum

T = TypeVar("T", bound="AgentResult")


@_attrs_define
class AgentResult:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (UUID):
            evaluation (UUID):
            business_idea (UUID):
            agent_type (str): Open-ended, as in seed 001 (market-research, competitive-analysis, ...);
                ideas.choices.AgentType lists the agents this project runs.
            status (AgentResultStatusEnum): * `pending` - Pending
                * `running` - Running
                * `completed` - Completed
                * `failed` - Failed
            input_data (Any): Agent input parameters.
            output_data (Any):
            insights (Any):
            score (float | None): 0 to 100.
            started_at (datetime.datetime | None):
            completed_at (datetime.datetime | None):
            error_message (None | str): Why it failed; NULL otherwise (seed 001).
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
    """

    id: UUID
    evaluation: UUID
    business_idea: UUID
    agent_type: str
    status: AgentResultStatusEnum
    input_data: Any
    output_data: Any
    insights: Any
    score: float | None
    started_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    error_message: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        evaluation = str(self.evaluation)

        business_idea = str(self.business_idea)

        agent_type = self.agent_type

        status = self.status.value

        input_data = self.input_data

        output_data = self.output_data

        insights = self.insights

        score: float | None
        score = self.score

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

        error_message: None | str
        error_message = self.error_message

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "evaluation": evaluation,
                "business_idea": business_idea,
                "agent_type": agent_type,
                "status": status,
                "input_data": input_data,
                "output_data": output_data,
                "insights": insights,
                "score": score,
                "started_at": started_at,
                "completed_at": completed_at,
                "error_message": error_message,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        evaluation = UUID(d.pop("evaluation"))

        business_idea = UUID(d.pop("business_idea"))

        agent_type = d.pop("agent_type")

        status = AgentResultStatusEnum(d.pop("status"))

        input_data = d.pop("input_data")

        output_data = d.pop("output_data")

        insights = d.pop("insights")

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

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

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(d.pop("error_message"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        agent_result = cls(
            id=id,
            evaluation=evaluation,
            business_idea=business_idea,
            agent_type=agent_type,
            status=status,
            input_data=input_data,
            output_data=output_data,
            insights=insights,
            score=score,
            started_at=started_at,
            completed_at=completed_at,
            error_message=error_message,
            created_at=created_at,
            updated_at=updated_at,
        )

        agent_result.additional_properties = d
        return agent_result

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
