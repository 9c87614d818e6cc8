from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversations_agent_type_enum import ConversationsAgentTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentMessage")


@_attrs_define
class AgentMessage:
    """A message on its own route; ``context["conversation"]`` is the parent.

    Attributes:
        conversation (UUID):
        id (UUID):
        agent_type (ConversationsAgentTypeEnum): * `financial_analyst` - Financial analyst
            * `market_context` - Market context
            * `risk_challenger` - Risk challenger
        agent_name (str):
        content (str):
        confidence_level (float | None | Unset):
        message_order (int | Unset): Position in the conversation: 0 or more (the seed's Pydantic ge=0), unique within
            the conversation.
        cited_sources (list[str] | Unset):
        signal_references (list[str] | Unset):
        timestamp (datetime.datetime | Unset):
        metadata (Any | Unset):
    """

    conversation: UUID
    id: UUID
    agent_type: ConversationsAgentTypeEnum
    agent_name: str
    content: str
    confidence_level: float | None | Unset = UNSET
    message_order: int | Unset = UNSET
    cited_sources: list[str] | Unset = UNSET
    signal_references: list[str] | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation = str(self.conversation)

        id = str(self.id)

        agent_type = self.agent_type.value

        agent_name = self.agent_name

        content = self.content

        confidence_level: float | None | Unset
        if isinstance(self.confidence_level, Unset):
            confidence_level = UNSET
        else:
            confidence_level = self.confidence_level

        message_order = self.message_order

        cited_sources: list[str] | Unset = UNSET
        if not isinstance(self.cited_sources, Unset):
            cited_sources = self.cited_sources

        signal_references: list[str] | Unset = UNSET
        if not isinstance(self.signal_references, Unset):
            signal_references = self.signal_references

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation": conversation,
                "id": id,
                "agent_type": agent_type,
                "agent_name": agent_name,
                "content": content,
            }
        )
        if confidence_level is not UNSET:
            field_dict["confidence_level"] = confidence_level
        if message_order is not UNSET:
            field_dict["message_order"] = message_order
        if cited_sources is not UNSET:
            field_dict["cited_sources"] = cited_sources
        if signal_references is not UNSET:
            field_dict["signal_references"] = signal_references
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conversation = UUID(d.pop("conversation"))

        id = UUID(d.pop("id"))

        agent_type = ConversationsAgentTypeEnum(d.pop("agent_type"))

        agent_name = d.pop("agent_name")

        content = d.pop("content")

        def _parse_confidence_level(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence_level = _parse_confidence_level(d.pop("confidence_level", UNSET))

        message_order = d.pop("message_order", UNSET)

        cited_sources = cast(list[str], d.pop("cited_sources", UNSET))

        signal_references = cast(list[str], d.pop("signal_references", UNSET))

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        metadata = d.pop("metadata", UNSET)

        agent_message = cls(
            conversation=conversation,
            id=id,
            agent_type=agent_type,
            agent_name=agent_name,
            content=content,
            confidence_level=confidence_level,
            message_order=message_order,
            cited_sources=cited_sources,
            signal_references=signal_references,
            timestamp=timestamp,
            metadata=metadata,
        )

        agent_message.additional_properties = d
        return agent_message

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
