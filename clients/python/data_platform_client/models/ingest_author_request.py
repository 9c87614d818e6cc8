from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IngestAuthorRequest")


@_attrs_define
class IngestAuthorRequest:
    """
    Attributes:
        platform_id (str):
        handle (str):
        display_name (None | str | Unset):
        follower_count (int | Unset):  Default: 0.
        is_verified (bool | Unset):  Default: False.
    """

    platform_id: str
    handle: str
    display_name: None | str | Unset = UNSET
    follower_count: int | Unset = 0
    is_verified: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_id = self.platform_id

        handle = self.handle

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        follower_count = self.follower_count

        is_verified = self.is_verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_id": platform_id,
                "handle": handle,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if follower_count is not UNSET:
            field_dict["follower_count"] = follower_count
        if is_verified is not UNSET:
            field_dict["is_verified"] = is_verified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_id = d.pop("platform_id")

        handle = d.pop("handle")

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        follower_count = d.pop("follower_count", UNSET)

        is_verified = d.pop("is_verified", UNSET)

        ingest_author_request = cls(
            platform_id=platform_id,
            handle=handle,
            display_name=display_name,
            follower_count=follower_count,
            is_verified=is_verified,
        )

        ingest_author_request.additional_properties = d
        return ingest_author_request

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
