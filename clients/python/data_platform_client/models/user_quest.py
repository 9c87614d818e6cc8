from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quest_status_enum import QuestStatusEnum

if TYPE_CHECKING:
    from ..models.quest import Quest


T = TypeVar("T", bound="UserQuest")


@_attrs_define
class UserQuest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (int):
            quest (Quest): The ModelSerializer every app's serializers derive from: a value the database would
                refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
                ``violation_error_message`` on its field, before any write.
            period (str): once, YYYY-MM-DD (daily), YYYY-Www (weekly) or YYYY-MM (monthly).
            status (QuestStatusEnum): * `in_progress` - In progress
                * `completed` - Completed
                * `claimed` - Reward claimed
                * `expired` - Expired
            progress (int):
            completed_at (datetime.datetime | None):
            claimed_at (datetime.datetime | None):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
    """

    id: int
    quest: Quest
    period: str
    status: QuestStatusEnum
    progress: int
    completed_at: datetime.datetime | None
    claimed_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        quest = self.quest.to_dict()

        period = self.period

        status = self.status.value

        progress = self.progress

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        claimed_at: None | str
        if isinstance(self.claimed_at, datetime.datetime):
            claimed_at = self.claimed_at.isoformat()
        else:
            claimed_at = self.claimed_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "quest": quest,
                "period": period,
                "status": status,
                "progress": progress,
                "completed_at": completed_at,
                "claimed_at": claimed_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quest import Quest  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        quest = Quest.from_dict(d.pop("quest"))

        period = d.pop("period")

        status = QuestStatusEnum(d.pop("status"))

        progress = d.pop("progress")

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_claimed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                claimed_at_type_0 = datetime.datetime.fromisoformat(data)

                return claimed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        claimed_at = _parse_claimed_at(d.pop("claimed_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        user_quest = cls(
            id=id,
            quest=quest,
            period=period,
            status=status,
            progress=progress,
            completed_at=completed_at,
            claimed_at=claimed_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        user_quest.additional_properties = d
        return user_quest

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
