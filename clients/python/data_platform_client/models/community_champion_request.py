from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.advocate_status_enum import AdvocateStatusEnum
from ..models.blank_enum import BlankEnum
from ..models.champion_tier_enum import ChampionTierEnum
from ..models.dm_response_status_enum import DmResponseStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommunityChampionRequest")


@_attrs_define
class CommunityChampionRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            author (UUID):
            tier (ChampionTierEnum): * `BRONZE` - Bronze
                * `SILVER` - Silver
                * `GOLD` - Gold
                * `PLATINUM` - Platinum
            dm_sent_at (datetime.datetime | None | Unset):
            dm_response (BlankEnum | DmResponseStatusEnum | None | Unset):
            sample_sent (bool | Unset):
            converted (bool | Unset):
            advocate_status (AdvocateStatusEnum | Unset): * `PROSPECT` - Prospect
                * `CONTACTED` - Contacted
                * `ACTIVE` - Active advocate
                * `INACTIVE` - Inactive
                * `DECLINED` - Declined
    """

    author: UUID
    tier: ChampionTierEnum
    dm_sent_at: datetime.datetime | None | Unset = UNSET
    dm_response: BlankEnum | DmResponseStatusEnum | None | Unset = UNSET
    sample_sent: bool | Unset = UNSET
    converted: bool | Unset = UNSET
    advocate_status: AdvocateStatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author = str(self.author)

        tier = self.tier.value

        dm_sent_at: None | str | Unset
        if isinstance(self.dm_sent_at, Unset):
            dm_sent_at = UNSET
        elif isinstance(self.dm_sent_at, datetime.datetime):
            dm_sent_at = self.dm_sent_at.isoformat()
        else:
            dm_sent_at = self.dm_sent_at

        dm_response: None | str | Unset
        if isinstance(self.dm_response, Unset):
            dm_response = UNSET
        elif isinstance(self.dm_response, DmResponseStatusEnum):
            dm_response = self.dm_response.value
        elif isinstance(self.dm_response, BlankEnum):
            dm_response = self.dm_response.value
        else:
            dm_response = self.dm_response

        sample_sent = self.sample_sent

        converted = self.converted

        advocate_status: str | Unset = UNSET
        if not isinstance(self.advocate_status, Unset):
            advocate_status = self.advocate_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author": author,
                "tier": tier,
            }
        )
        if dm_sent_at is not UNSET:
            field_dict["dm_sent_at"] = dm_sent_at
        if dm_response is not UNSET:
            field_dict["dm_response"] = dm_response
        if sample_sent is not UNSET:
            field_dict["sample_sent"] = sample_sent
        if converted is not UNSET:
            field_dict["converted"] = converted
        if advocate_status is not UNSET:
            field_dict["advocate_status"] = advocate_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        author = UUID(d.pop("author"))

        tier = ChampionTierEnum(d.pop("tier"))

        def _parse_dm_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dm_sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return dm_sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        dm_sent_at = _parse_dm_sent_at(d.pop("dm_sent_at", UNSET))

        def _parse_dm_response(data: object) -> BlankEnum | DmResponseStatusEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dm_response_type_0 = DmResponseStatusEnum(data)

                return dm_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dm_response_type_1 = BlankEnum(data)

                return dm_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlankEnum | DmResponseStatusEnum | None | Unset, data)

        dm_response = _parse_dm_response(d.pop("dm_response", UNSET))

        sample_sent = d.pop("sample_sent", UNSET)

        converted = d.pop("converted", UNSET)

        _advocate_status = d.pop("advocate_status", UNSET)
        advocate_status: AdvocateStatusEnum | Unset
        if isinstance(_advocate_status, Unset):
            advocate_status = UNSET
        else:
            advocate_status = AdvocateStatusEnum(_advocate_status)

        community_champion_request = cls(
            author=author,
            tier=tier,
            dm_sent_at=dm_sent_at,
            dm_response=dm_response,
            sample_sent=sample_sent,
            converted=converted,
            advocate_status=advocate_status,
        )

        community_champion_request.additional_properties = d
        return community_champion_request

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
