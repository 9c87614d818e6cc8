from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel_enum import NotificationChannelEnum
from ..models.notification_frequency_enum import NotificationFrequencyEnum
from ..models.notification_type_enum import NotificationTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationPreferenceRequest")


@_attrs_define
class NotificationPreferenceRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
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
            is_enabled (bool | Unset):
            frequency (NotificationFrequencyEnum | Unset): * `instant` - Instant
                * `daily_digest` - Daily digest
                * `weekly_digest` - Weekly digest
            quiet_hours_start (None | str | Unset):
            quiet_hours_end (None | str | Unset):
    """

    notification_type: NotificationTypeEnum
    channel: NotificationChannelEnum
    is_enabled: bool | Unset = UNSET
    frequency: NotificationFrequencyEnum | Unset = UNSET
    quiet_hours_start: None | str | Unset = UNSET
    quiet_hours_end: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_type = self.notification_type.value

        channel = self.channel.value

        is_enabled = self.is_enabled

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.value

        quiet_hours_start: None | str | Unset
        if isinstance(self.quiet_hours_start, Unset):
            quiet_hours_start = UNSET
        else:
            quiet_hours_start = self.quiet_hours_start

        quiet_hours_end: None | str | Unset
        if isinstance(self.quiet_hours_end, Unset):
            quiet_hours_end = UNSET
        else:
            quiet_hours_end = self.quiet_hours_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notification_type": notification_type,
                "channel": channel,
            }
        )
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if quiet_hours_start is not UNSET:
            field_dict["quiet_hours_start"] = quiet_hours_start
        if quiet_hours_end is not UNSET:
            field_dict["quiet_hours_end"] = quiet_hours_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notification_type = NotificationTypeEnum(d.pop("notification_type"))

        channel = NotificationChannelEnum(d.pop("channel"))

        is_enabled = d.pop("is_enabled", UNSET)

        _frequency = d.pop("frequency", UNSET)
        frequency: NotificationFrequencyEnum | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = NotificationFrequencyEnum(_frequency)

        def _parse_quiet_hours_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quiet_hours_start = _parse_quiet_hours_start(d.pop("quiet_hours_start", UNSET))

        def _parse_quiet_hours_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quiet_hours_end = _parse_quiet_hours_end(d.pop("quiet_hours_end", UNSET))

        notification_preference_request = cls(
            notification_type=notification_type,
            channel=channel,
            is_enabled=is_enabled,
            frequency=frequency,
            quiet_hours_start=quiet_hours_start,
            quiet_hours_end=quiet_hours_end,
        )

        notification_preference_request.additional_properties = d
        return notification_preference_request

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
