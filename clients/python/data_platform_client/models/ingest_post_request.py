from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform_enum import PlatformEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ingest_author_request import IngestAuthorRequest


T = TypeVar("T", bound="IngestPostRequest")


@_attrs_define
class IngestPostRequest:
    """One detected post: the seed's PostContentSchema plus the author it came from.

    Attributes:
        platform (PlatformEnum): * `TWITTER` - Twitter / X
            * `REDDIT` - Reddit
            * `THREADS` - Threads
        platform_post_id (str):
        content (str):
        keyword_matches (list[str]):
        author (IngestAuthorRequest):
        keyword_categories (list[str] | Unset):
        raw_metrics (Any | Unset):
        detected_at (datetime.datetime | Unset):
    """

    platform: PlatformEnum
    platform_post_id: str
    content: str
    keyword_matches: list[str]
    author: IngestAuthorRequest
    keyword_categories: list[str] | Unset = UNSET
    raw_metrics: Any | Unset = UNSET
    detected_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform.value

        platform_post_id = self.platform_post_id

        content = self.content

        keyword_matches = self.keyword_matches

        author = self.author.to_dict()

        keyword_categories: list[str] | Unset = UNSET
        if not isinstance(self.keyword_categories, Unset):
            keyword_categories = self.keyword_categories

        raw_metrics = self.raw_metrics

        detected_at: str | Unset = UNSET
        if not isinstance(self.detected_at, Unset):
            detected_at = self.detected_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "platform_post_id": platform_post_id,
                "content": content,
                "keyword_matches": keyword_matches,
                "author": author,
            }
        )
        if keyword_categories is not UNSET:
            field_dict["keyword_categories"] = keyword_categories
        if raw_metrics is not UNSET:
            field_dict["raw_metrics"] = raw_metrics
        if detected_at is not UNSET:
            field_dict["detected_at"] = detected_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ingest_author_request import IngestAuthorRequest  # noqa: PLC0415

        d = dict(src_dict)
        platform = PlatformEnum(d.pop("platform"))

        platform_post_id = d.pop("platform_post_id")

        content = d.pop("content")

        keyword_matches = cast(list[str], d.pop("keyword_matches"))

        author = IngestAuthorRequest.from_dict(d.pop("author"))

        keyword_categories = cast(list[str], d.pop("keyword_categories", UNSET))

        raw_metrics = d.pop("raw_metrics", UNSET)

        _detected_at = d.pop("detected_at", UNSET)
        detected_at: datetime.datetime | Unset
        if isinstance(_detected_at, Unset):
            detected_at = UNSET
        else:
            detected_at = datetime.datetime.fromisoformat(_detected_at)

        ingest_post_request = cls(
            platform=platform,
            platform_post_id=platform_post_id,
            content=content,
            keyword_matches=keyword_matches,
            author=author,
            keyword_categories=keyword_categories,
            raw_metrics=raw_metrics,
            detected_at=detected_at,
        )

        ingest_post_request.additional_properties = d
        return ingest_post_request

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
