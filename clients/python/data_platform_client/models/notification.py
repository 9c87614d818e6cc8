from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel_enum import NotificationChannelEnum
from ..models.notification_type_enum import NotificationTypeEnum

T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (int):
            notification_type (NotificationTypeEnum): * `transaction` - Transaction
                * `price_alert` - Price alert
                * `quest` - Quest
                * `achievement` - Achievement
                * `battle_pass` - Battle pass
                * `ai_tip` - AI tip
                * `automation` - Auto-invest / round-up
                * `loan` - Loan
                * `security` - Security
                * `system` - System
                * `marketing` - Marketing
            channel (NotificationChannelEnum): * `in_app` - In app
                * `email` - Email
                * `push` - Push
                * `sms` - SMS
            title (str):
            body (str):
            action_url (str):
            data (Any):
            sent_at (datetime.datetime | None):
            read_at (datetime.datetime | None):
            is_read (bool):
            created_at (datetime.datetime):
    """

    id: int
    notification_type: NotificationTypeEnum
    channel: NotificationChannelEnum
    title: str
    body: str
    action_url: str
    data: Any
    sent_at: datetime.datetime | None
    read_at: datetime.datetime | None
    is_read: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        notification_type = self.notification_type.value

        channel = self.channel.value

        title = self.title

        body = self.body

        action_url = self.action_url

        data = self.data

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        read_at: None | str
        if isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        is_read = self.is_read

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "notification_type": notification_type,
                "channel": channel,
                "title": title,
                "body": body,
                "action_url": action_url,
                "data": data,
                "sent_at": sent_at,
                "read_at": read_at,
                "is_read": is_read,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        notification_type = NotificationTypeEnum(d.pop("notification_type"))

        channel = NotificationChannelEnum(d.pop("channel"))

        title = d.pop("title")

        body = d.pop("body")

        action_url = d.pop("action_url")

        data = d.pop("data")

        def _parse_sent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        sent_at = _parse_sent_at(d.pop("sent_at"))

        def _parse_read_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)

                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        read_at = _parse_read_at(d.pop("read_at"))

        is_read = d.pop("is_read")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        notification = cls(
            id=id,
            notification_type=notification_type,
            channel=channel,
            title=title,
            body=body,
            action_url=action_url,
            data=data,
            sent_at=sent_at,
            read_at=read_at,
            is_read=is_read,
            created_at=created_at,
        )

        notification.additional_properties = d
        return notification

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
