from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform_enum import PlatformEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostRequest")


@_attrs_define
class PostRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            platform (PlatformEnum): * `TWITTER` - Twitter / X
                * `REDDIT` - Reddit
                * `THREADS` - Threads
            platform_post_id (str):
            author (UUID):
            content (str):
            detected_at (datetime.datetime):
            keyword_matches (list[str]):
            processed_at (datetime.datetime | None | Unset):
            keyword_categories (list[str] | Unset):
            spam_filtered (bool | Unset):
            raw_metrics (Any | Unset):
    """

    platform: PlatformEnum
    platform_post_id: str
    author: UUID
    content: str
    detected_at: datetime.datetime
    keyword_matches: list[str]
    processed_at: datetime.datetime | None | Unset = UNSET
    keyword_categories: list[str] | Unset = UNSET
    spam_filtered: bool | Unset = UNSET
    raw_metrics: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform.value

        platform_post_id = self.platform_post_id

        author = str(self.author)

        content = self.content

        detected_at = self.detected_at.isoformat()

        keyword_matches = self.keyword_matches

        processed_at: None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        elif isinstance(self.processed_at, datetime.datetime):
            processed_at = self.processed_at.isoformat()
        else:
            processed_at = self.processed_at

        keyword_categories: list[str] | Unset = UNSET
        if not isinstance(self.keyword_categories, Unset):
            keyword_categories = self.keyword_categories

        spam_filtered = self.spam_filtered

        raw_metrics = self.raw_metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "platform_post_id": platform_post_id,
                "author": author,
                "content": content,
                "detected_at": detected_at,
                "keyword_matches": keyword_matches,
            }
        )
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if keyword_categories is not UNSET:
            field_dict["keyword_categories"] = keyword_categories
        if spam_filtered is not UNSET:
            field_dict["spam_filtered"] = spam_filtered
        if raw_metrics is not UNSET:
            field_dict["raw_metrics"] = raw_metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform = PlatformEnum(d.pop("platform"))

        platform_post_id = d.pop("platform_post_id")

        author = UUID(d.pop("author"))

        content = d.pop("content")

        detected_at = datetime.datetime.fromisoformat(d.pop("detected_at"))

        keyword_matches = cast(list[str], d.pop("keyword_matches"))

        def _parse_processed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processed_at_type_0 = datetime.datetime.fromisoformat(data)

                return processed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        processed_at = _parse_processed_at(d.pop("processed_at", UNSET))

        keyword_categories = cast(list[str], d.pop("keyword_categories", UNSET))

        spam_filtered = d.pop("spam_filtered", UNSET)

        raw_metrics = d.pop("raw_metrics", UNSET)

        post_request = cls(
            platform=platform,
            platform_post_id=platform_post_id,
            author=author,
            content=content,
            detected_at=detected_at,
            keyword_matches=keyword_matches,
            processed_at=processed_at,
            keyword_categories=keyword_categories,
            spam_filtered=spam_filtered,
            raw_metrics=raw_metrics,
        )

        post_request.additional_properties = d
        return post_request

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
