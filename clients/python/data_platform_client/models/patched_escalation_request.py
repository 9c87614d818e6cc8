from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.escalation_priority_enum import EscalationPriorityEnum
from ..models.escalation_reason_enum import EscalationReasonEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedEscalationRequest")


@_attrs_define
class PatchedEscalationRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            post (None | Unset | UUID):
            decision (None | Unset | UUID):
            reply (None | Unset | UUID):
            reason (EscalationReasonEnum | Unset): * `SAFETY_FLAG` - Safety flag raised
                * `MEDICAL_QUESTION` - Medical question
                * `NEGATIVE_SENTIMENT` - Strongly negative sentiment
                * `POWER_USER` - Power user involved
                * `COMPETITOR_CONFLICT` - Competitor conflict
                * `CRISIS` - Crisis / self-harm signal
                * `LEGAL` - Legal or regulatory
                * `LOW_CONFIDENCE` - Low decision confidence
                * `OTHER` - Other
            priority (EscalationPriorityEnum | Unset): * `1` - Low
                * `2` - Medium
                * `3` - High
                * `4` - Critical
            assigned_to (None | Unset | UUID):
            resolution_notes (None | str | Unset):
    """

    post: None | Unset | UUID = UNSET
    decision: None | Unset | UUID = UNSET
    reply: None | Unset | UUID = UNSET
    reason: EscalationReasonEnum | Unset = UNSET
    priority: EscalationPriorityEnum | Unset = UNSET
    assigned_to: None | Unset | UUID = UNSET
    resolution_notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        post: None | str | Unset
        if isinstance(self.post, Unset):
            post = UNSET
        elif isinstance(self.post, UUID):
            post = str(self.post)
        else:
            post = self.post

        decision: None | str | Unset
        if isinstance(self.decision, Unset):
            decision = UNSET
        elif isinstance(self.decision, UUID):
            decision = str(self.decision)
        else:
            decision = self.decision

        reply: None | str | Unset
        if isinstance(self.reply, Unset):
            reply = UNSET
        elif isinstance(self.reply, UUID):
            reply = str(self.reply)
        else:
            reply = self.reply

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        priority: int | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        assigned_to: None | str | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, UUID):
            assigned_to = str(self.assigned_to)
        else:
            assigned_to = self.assigned_to

        resolution_notes: None | str | Unset
        if isinstance(self.resolution_notes, Unset):
            resolution_notes = UNSET
        else:
            resolution_notes = self.resolution_notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if post is not UNSET:
            field_dict["post"] = post
        if decision is not UNSET:
            field_dict["decision"] = decision
        if reply is not UNSET:
            field_dict["reply"] = reply
        if reason is not UNSET:
            field_dict["reason"] = reason
        if priority is not UNSET:
            field_dict["priority"] = priority
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if resolution_notes is not UNSET:
            field_dict["resolution_notes"] = resolution_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_post(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                post_type_0 = UUID(data)

                return post_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        post = _parse_post(d.pop("post", UNSET))

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

        def _parse_reply(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reply_type_0 = UUID(data)

                return reply_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        reply = _parse_reply(d.pop("reply", UNSET))

        _reason = d.pop("reason", UNSET)
        reason: EscalationReasonEnum | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = EscalationReasonEnum(_reason)

        _priority = d.pop("priority", UNSET)
        priority: EscalationPriorityEnum | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = EscalationPriorityEnum(_priority)

        def _parse_assigned_to(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_to_type_0 = UUID(data)

                return assigned_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        assigned_to = _parse_assigned_to(d.pop("assigned_to", UNSET))

        def _parse_resolution_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolution_notes = _parse_resolution_notes(d.pop("resolution_notes", UNSET))

        patched_escalation_request = cls(
            post=post,
            decision=decision,
            reply=reply,
            reason=reason,
            priority=priority,
            assigned_to=assigned_to,
            resolution_notes=resolution_notes,
        )

        patched_escalation_request.additional_properties = d
        return patched_escalation_request

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
