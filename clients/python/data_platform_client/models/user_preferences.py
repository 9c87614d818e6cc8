from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.theme_enum import ThemeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPreferences")


@_attrs_define
class UserPreferences:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            updated_at (datetime.datetime):
            currency (str | Unset):
            language (str | Unset):
            timezone (str | Unset):
            theme (ThemeEnum | Unset): * `system` - System
                * `light` - Light
                * `dark` - Dark
            email_notifications (bool | Unset):
            push_notifications (bool | Unset):
            marketing_opt_in (bool | Unset):
            settings (Any | Unset):
    """

    updated_at: datetime.datetime
    currency: str | Unset = UNSET
    language: str | Unset = UNSET
    timezone: str | Unset = UNSET
    theme: ThemeEnum | Unset = UNSET
    email_notifications: bool | Unset = UNSET
    push_notifications: bool | Unset = UNSET
    marketing_opt_in: bool | Unset = UNSET
    settings: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updated_at = self.updated_at.isoformat()

        currency = self.currency

        language = self.language

        timezone = self.timezone

        theme: str | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme.value

        email_notifications = self.email_notifications

        push_notifications = self.push_notifications

        marketing_opt_in = self.marketing_opt_in

        settings = self.settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updated_at": updated_at,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if language is not UNSET:
            field_dict["language"] = language
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if theme is not UNSET:
            field_dict["theme"] = theme
        if email_notifications is not UNSET:
            field_dict["email_notifications"] = email_notifications
        if push_notifications is not UNSET:
            field_dict["push_notifications"] = push_notifications
        if marketing_opt_in is not UNSET:
            field_dict["marketing_opt_in"] = marketing_opt_in
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        currency = d.pop("currency", UNSET)

        language = d.pop("language", UNSET)

        timezone = d.pop("timezone", UNSET)

        _theme = d.pop("theme", UNSET)
        theme: ThemeEnum | Unset
        if isinstance(_theme, Unset):
            theme = UNSET
        else:
            theme = ThemeEnum(_theme)

        email_notifications = d.pop("email_notifications", UNSET)

        push_notifications = d.pop("push_notifications", UNSET)

        marketing_opt_in = d.pop("marketing_opt_in", UNSET)

        settings = d.pop("settings", UNSET)

        user_preferences = cls(
            updated_at=updated_at,
            currency=currency,
            language=language,
            timezone=timezone,
            theme=theme,
            email_notifications=email_notifications,
            push_notifications=push_notifications,
            marketing_opt_in=marketing_opt_in,
            settings=settings,
        )

        user_preferences.additional_properties = d
        return user_preferences

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
