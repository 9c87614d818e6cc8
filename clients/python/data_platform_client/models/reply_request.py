from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.archetype_enum import ArchetypeEnum
from ..models.platform_enum import PlatformEnum
from ..models.reply_type_enum import ReplyTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplyRequest")


@_attrs_define
class ReplyRequest:
    """Drafted replies. Review state changes only through the approve/reject/delete actions.

    Attributes:
        content (str):
        archetype (ArchetypeEnum): * `CHECKLIST` - Checklist
            * `MYTHBUST` - Myth-bust
            * `COACH` - Coach
            * `STORYLET` - Storylet
            * `HUMOR_LIGHT` - Light humor
            * `CREDIBILITY_ANCHOR` - Credibility anchor
            * `CONFIDENT_RECOMMENDER` - Confident recommender
            * `PROBLEM_SOLUTION_DIRECT` - Problem / solution, direct
        platform (PlatformEnum): * `TWITTER` - Twitter / X
            * `REDDIT` - Reddit
            * `THREADS` - Threads
        utm_code (str):
        decision (None | Unset | UUID):
        metrics_json (Any | Unset):
        reply_type (ReplyTypeEnum | Unset): * `STANDARD` - Standard reply
            * `COMPETITIVE` - Competitive displacement
            * `POWER_USER` - Power-user engagement
            * `CHAMPION` - Community champion engagement
            * `FOLLOW_UP` - Follow-up in a thread
    """

    content: str
    archetype: ArchetypeEnum
    platform: PlatformEnum
    utm_code: str
    decision: None | Unset | UUID = UNSET
    metrics_json: Any | Unset = UNSET
    reply_type: ReplyTypeEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        archetype = self.archetype.value

        platform = self.platform.value

        utm_code = self.utm_code

        decision: None | str | Unset
        if isinstance(self.decision, Unset):
            decision = UNSET
        elif isinstance(self.decision, UUID):
            decision = str(self.decision)
        else:
            decision = self.decision

        metrics_json = self.metrics_json

        reply_type: str | Unset = UNSET
        if not isinstance(self.reply_type, Unset):
            reply_type = self.reply_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "archetype": archetype,
                "platform": platform,
                "utm_code": utm_code,
            }
        )
        if decision is not UNSET:
            field_dict["decision"] = decision
        if metrics_json is not UNSET:
            field_dict["metrics_json"] = metrics_json
        if reply_type is not UNSET:
            field_dict["reply_type"] = reply_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        archetype = ArchetypeEnum(d.pop("archetype"))

        platform = PlatformEnum(d.pop("platform"))

        utm_code = d.pop("utm_code")

        def _parse_decision(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_type_0 = UUID(data)

                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        decision = _parse_decision(d.pop("decision", UNSET))

        metrics_json = d.pop("metrics_json", UNSET)

        _reply_type = d.pop("reply_type", UNSET)
        reply_type: ReplyTypeEnum | Unset
        if isinstance(_reply_type, Unset):
            reply_type = UNSET
        else:
            reply_type = ReplyTypeEnum(_reply_type)

        reply_request = cls(
            content=content,
            archetype=archetype,
            platform=platform,
            utm_code=utm_code,
            decision=decision,
            metrics_json=metrics_json,
            reply_type=reply_type,
        )

        reply_request.additional_properties = d
        return reply_request

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
