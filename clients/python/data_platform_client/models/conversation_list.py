from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_source_type_enum import ContentSourceTypeEnum
from ..models.conversation_status_enum import ConversationStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nested_agent_message import NestedAgentMessage


T = TypeVar("T", bound="ConversationList")


@_attrs_define
class ConversationList:
    """A conversation in a list; ``messages`` (in order) only with ``include=messages``.

    Attributes:
        id (UUID):
        user (UUID):
        content_type (ContentSourceTypeEnum): * `text` - Text
            * `substack_article` - Substack article
            * `youtube_video` - YouTube video
            * `market_report` - Market report
            * `news_article` - News article
        content_title (str):
        content_content (str): The content the agents analyse, at least 10 characters.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        message_count (int):
        content_url (None | str | Unset): http:// or https:// URL.
        content_author (None | str | Unset):
        content_published_at (datetime.datetime | None | Unset):
        content_metadata (Any | Unset):
        status (ConversationStatusEnum | Unset): * `initialized` - Initialized
            * `running` - Running
            * `paused` - Paused
            * `completed` - Completed
            * `error` - Error
            * `cancelled` - Cancelled
        consensus_reached (bool | Unset):
        final_recommendation (None | str | Unset):
        confidence_score (float | None | Unset):
        completed_at (datetime.datetime | None | Unset):
        metadata (Any | Unset):
        messages (list[NestedAgentMessage] | Unset):
    """

    id: UUID
    user: UUID
    content_type: ContentSourceTypeEnum
    content_title: str
    content_content: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    message_count: int
    content_url: None | str | Unset = UNSET
    content_author: None | str | Unset = UNSET
    content_published_at: datetime.datetime | None | Unset = UNSET
    content_metadata: Any | Unset = UNSET
    status: ConversationStatusEnum | Unset = UNSET
    consensus_reached: bool | Unset = UNSET
    final_recommendation: None | str | Unset = UNSET
    confidence_score: float | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    metadata: Any | Unset = UNSET
    messages: list[NestedAgentMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        user = str(self.user)

        content_type = self.content_type.value

        content_title = self.content_title

        content_content = self.content_content

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        message_count = self.message_count

        content_url: None | str | Unset
        if isinstance(self.content_url, Unset):
            content_url = UNSET
        else:
            content_url = self.content_url

        content_author: None | str | Unset
        if isinstance(self.content_author, Unset):
            content_author = UNSET
        else:
            content_author = self.content_author

        content_published_at: None | str | Unset
        if isinstance(self.content_published_at, Unset):
            content_published_at = UNSET
        elif isinstance(self.content_published_at, datetime.datetime):
            content_published_at = self.content_published_at.isoformat()
        else:
            content_published_at = self.content_published_at

        content_metadata = self.content_metadata

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        consensus_reached = self.consensus_reached

        final_recommendation: None | str | Unset
        if isinstance(self.final_recommendation, Unset):
            final_recommendation = UNSET
        else:
            final_recommendation = self.final_recommendation

        confidence_score: float | None | Unset
        if isinstance(self.confidence_score, Unset):
            confidence_score = UNSET
        else:
            confidence_score = self.confidence_score

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        metadata = self.metadata

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user": user,
                "content_type": content_type,
                "content_title": content_title,
                "content_content": content_content,
                "created_at": created_at,
                "updated_at": updated_at,
                "message_count": message_count,
            }
        )
        if content_url is not UNSET:
            field_dict["content_url"] = content_url
        if content_author is not UNSET:
            field_dict["content_author"] = content_author
        if content_published_at is not UNSET:
            field_dict["content_published_at"] = content_published_at
        if content_metadata is not UNSET:
            field_dict["content_metadata"] = content_metadata
        if status is not UNSET:
            field_dict["status"] = status
        if consensus_reached is not UNSET:
            field_dict["consensus_reached"] = consensus_reached
        if final_recommendation is not UNSET:
            field_dict["final_recommendation"] = final_recommendation
        if confidence_score is not UNSET:
            field_dict["confidence_score"] = confidence_score
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nested_agent_message import NestedAgentMessage  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        user = UUID(d.pop("user"))

        content_type = ContentSourceTypeEnum(d.pop("content_type"))

        content_title = d.pop("content_title")

        content_content = d.pop("content_content")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        message_count = d.pop("message_count")

        def _parse_content_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_url = _parse_content_url(d.pop("content_url", UNSET))

        def _parse_content_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_author = _parse_content_author(d.pop("content_author", UNSET))

        def _parse_content_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                content_published_at_type_0 = datetime.datetime.fromisoformat(data)

                return content_published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        content_published_at = _parse_content_published_at(d.pop("content_published_at", UNSET))

        content_metadata = d.pop("content_metadata", UNSET)

        _status = d.pop("status", UNSET)
        status: ConversationStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ConversationStatusEnum(_status)

        consensus_reached = d.pop("consensus_reached", UNSET)

        def _parse_final_recommendation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        final_recommendation = _parse_final_recommendation(d.pop("final_recommendation", UNSET))

        def _parse_confidence_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence_score = _parse_confidence_score(d.pop("confidence_score", UNSET))

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

        metadata = d.pop("metadata", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[NestedAgentMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = NestedAgentMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        conversation_list = cls(
            id=id,
            user=user,
            content_type=content_type,
            content_title=content_title,
            content_content=content_content,
            created_at=created_at,
            updated_at=updated_at,
            message_count=message_count,
            content_url=content_url,
            content_author=content_author,
            content_published_at=content_published_at,
            content_metadata=content_metadata,
            status=status,
            consensus_reached=consensus_reached,
            final_recommendation=final_recommendation,
            confidence_score=confidence_score,
            completed_at=completed_at,
            metadata=metadata,
            messages=messages,
        )

        conversation_list.additional_properties = d
        return conversation_list

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
