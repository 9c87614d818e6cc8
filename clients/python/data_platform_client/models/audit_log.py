from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_action_enum import AuditActionEnum

T = TypeVar("T", bound="AuditLog")


@_attrs_define
class AuditLog:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (UUID):
            created_at (datetime.datetime):
            entity_type (str):
            entity_id (str):
            action (AuditActionEnum): * `CREATED` - Created
                * `UPDATED` - Updated
                * `APPROVED` - Approved
                * `REJECTED` - Rejected
                * `DELETED` - Deleted
                * `POSTED` - Posted
                * `ESCALATED` - Escalated
                * `ASSIGNED` - Assigned
                * `RESOLVED` - Resolved
                * `DISMISSED` - Dismissed
                * `ARCHIVED` - Archived by retention
                * `CORRECTED` - Corrected after the decision
            actor (None | UUID): Empty for the bot / a system process (see actor_label).
            actor_label (str): Who acted, as text: the user's email or the worker name.
            details_json (Any):
    """

    id: UUID
    created_at: datetime.datetime
    entity_type: str
    entity_id: str
    action: AuditActionEnum
    actor: None | UUID
    actor_label: str
    details_json: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        entity_type = self.entity_type

        entity_id = self.entity_id

        action = self.action.value

        actor: None | str
        if isinstance(self.actor, UUID):
            actor = str(self.actor)
        else:
            actor = self.actor

        actor_label = self.actor_label

        details_json = self.details_json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "action": action,
                "actor": actor,
                "actor_label": actor_label,
                "details_json": details_json,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        entity_type = d.pop("entity_type")

        entity_id = d.pop("entity_id")

        action = AuditActionEnum(d.pop("action"))

        def _parse_actor(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_type_0 = UUID(data)

                return actor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor = _parse_actor(d.pop("actor"))

        actor_label = d.pop("actor_label")

        details_json = d.pop("details_json")

        audit_log = cls(
            id=id,
            created_at=created_at,
            entity_type=entity_type,
            entity_id=entity_id,
            action=action,
            actor=actor,
            actor_label=actor_label,
            details_json=details_json,
        )

        audit_log.additional_properties = d
        return audit_log

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
