from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_status_enum import ApprovalStatusEnum
from ..models.archetype_enum import ArchetypeEnum
from ..models.platform_enum import PlatformEnum
from ..models.reply_type_enum import ReplyTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Reply")


@_attrs_define
class Reply:
    """Drafted replies. Review state changes only through the approve/reject/delete actions.

    Attributes:
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        id (UUID):
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
        platform_post_id (None | str): The reply's own id on the platform, once posted.
        utm_code (str):
        help_count (int): 'This helped' reactions; bumped atomically.
        approval_status (ApprovalStatusEnum): * `PENDING` - Pending review
            * `APPROVED` - Approved
            * `REJECTED` - Rejected
        approved_by (None | UUID):
        approved_at (datetime.datetime | None):
        rejected_by (None | UUID):
        rejected_at (datetime.datetime | None):
        rejection_reason (None | str):
        posted_at (datetime.datetime | None):
        deleted_at (datetime.datetime | None):
        delete_reason (None | str):
        answered_snapshot (Any): What the reply answered (post, author, decision), kept when retention archives the
            decision and its post.
        decision (None | Unset | UUID):
        metrics_json (Any | Unset):
        reply_type (ReplyTypeEnum | Unset): * `STANDARD` - Standard reply
            * `COMPETITIVE` - Competitive displacement
            * `POWER_USER` - Power-user engagement
            * `CHAMPION` - Community champion engagement
            * `FOLLOW_UP` - Follow-up in a thread
    """

    created_at: datetime.datetime
    updated_at: datetime.datetime
    id: UUID
    content: str
    archetype: ArchetypeEnum
    platform: PlatformEnum
    platform_post_id: None | str
    utm_code: str
    help_count: int
    approval_status: ApprovalStatusEnum
    approved_by: None | UUID
    approved_at: datetime.datetime | None
    rejected_by: None | UUID
    rejected_at: datetime.datetime | None
    rejection_reason: None | str
    posted_at: datetime.datetime | None
    deleted_at: datetime.datetime | None
    delete_reason: None | str
    answered_snapshot: Any
    decision: None | Unset | UUID = UNSET
    metrics_json: Any | Unset = UNSET
    reply_type: ReplyTypeEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        id = str(self.id)

        content = self.content

        archetype = self.archetype.value

        platform = self.platform.value

        platform_post_id: None | str
        platform_post_id = self.platform_post_id

        utm_code = self.utm_code

        help_count = self.help_count

        approval_status = self.approval_status.value

        approved_by: None | str
        if isinstance(self.approved_by, UUID):
            approved_by = str(self.approved_by)
        else:
            approved_by = self.approved_by

        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        rejected_by: None | str
        if isinstance(self.rejected_by, UUID):
            rejected_by = str(self.rejected_by)
        else:
            rejected_by = self.rejected_by

        rejected_at: None | str
        if isinstance(self.rejected_at, datetime.datetime):
            rejected_at = self.rejected_at.isoformat()
        else:
            rejected_at = self.rejected_at

        rejection_reason: None | str
        rejection_reason = self.rejection_reason

        posted_at: None | str
        if isinstance(self.posted_at, datetime.datetime):
            posted_at = self.posted_at.isoformat()
        else:
            posted_at = self.posted_at

        deleted_at: None | str
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        delete_reason: None | str
        delete_reason = self.delete_reason

        answered_snapshot = self.answered_snapshot

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
                "created_at": created_at,
                "updated_at": updated_at,
                "id": id,
                "content": content,
                "archetype": archetype,
                "platform": platform,
                "platform_post_id": platform_post_id,
                "utm_code": utm_code,
                "help_count": help_count,
                "approval_status": approval_status,
                "approved_by": approved_by,
                "approved_at": approved_at,
                "rejected_by": rejected_by,
                "rejected_at": rejected_at,
                "rejection_reason": rejection_reason,
                "posted_at": posted_at,
                "deleted_at": deleted_at,
                "delete_reason": delete_reason,
                "answered_snapshot": answered_snapshot,
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
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        id = UUID(d.pop("id"))

        content = d.pop("content")

        archetype = ArchetypeEnum(d.pop("archetype"))

        platform = PlatformEnum(d.pop("platform"))

        def _parse_platform_post_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        platform_post_id = _parse_platform_post_id(d.pop("platform_post_id"))

        utm_code = d.pop("utm_code")

        help_count = d.pop("help_count")

        approval_status = ApprovalStatusEnum(d.pop("approval_status"))

        def _parse_approved_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_by_type_0 = UUID(data)

                return approved_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        approved_by = _parse_approved_by(d.pop("approved_by"))

        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)

                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approved_at"))

        def _parse_rejected_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rejected_by_type_0 = UUID(data)

                return rejected_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        rejected_by = _parse_rejected_by(d.pop("rejected_by"))

        def _parse_rejected_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rejected_at_type_0 = datetime.datetime.fromisoformat(data)

                return rejected_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        rejected_at = _parse_rejected_at(d.pop("rejected_at"))

        def _parse_rejection_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason"))

        def _parse_posted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                posted_at_type_0 = datetime.datetime.fromisoformat(data)

                return posted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        posted_at = _parse_posted_at(d.pop("posted_at"))

        def _parse_deleted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at"))

        def _parse_delete_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        delete_reason = _parse_delete_reason(d.pop("delete_reason"))

        answered_snapshot = d.pop("answered_snapshot")

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

        reply = cls(
            created_at=created_at,
            updated_at=updated_at,
            id=id,
            content=content,
            archetype=archetype,
            platform=platform,
            platform_post_id=platform_post_id,
            utm_code=utm_code,
            help_count=help_count,
            approval_status=approval_status,
            approved_by=approved_by,
            approved_at=approved_at,
            rejected_by=rejected_by,
            rejected_at=rejected_at,
            rejection_reason=rejection_reason,
            posted_at=posted_at,
            deleted_at=deleted_at,
            delete_reason=delete_reason,
            answered_snapshot=answered_snapshot,
            decision=decision,
            metrics_json=metrics_json,
            reply_type=reply_type,
        )

        reply.additional_properties = d
        return reply

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
