from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status_enum import UserStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """The caller. A new ``email`` (the login) needs ``current_password`` and is not
    applied here: a confirmation goes to the new address (accounts/email_change.py), and
    the answer is the same whether the address is free or another account's.

        Attributes:
            id (UUID):
            clerk_id (None | str): The Clerk user id (seed 000 clerkId); unique when present.
            status (UserStatusEnum): * `pending_verification` - Pending verification
                * `active` - Active
                * `suspended` - Suspended
                * `deactivated` - Deactivated
            is_staff (bool):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            email (str | Unset): Unique, case-insensitively. May be empty only for a Clerk-linked user.
            first_name (str | Unset):
            last_name (str | Unset):
            wallet_address (None | str | Unset): EVM wallet address, 0x followed by 40 hex digits; unique when present.
    """

    id: UUID
    clerk_id: None | str
    status: UserStatusEnum
    is_staff: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    wallet_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        clerk_id: None | str
        clerk_id = self.clerk_id

        status = self.status.value

        is_staff = self.is_staff

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        email: str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        first_name = self.first_name

        last_name = self.last_name

        wallet_address: None | str | Unset
        if isinstance(self.wallet_address, Unset):
            wallet_address = UNSET
        else:
            wallet_address = self.wallet_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "clerk_id": clerk_id,
                "status": status,
                "is_staff": is_staff,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if wallet_address is not UNSET:
            field_dict["wallet_address"] = wallet_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_clerk_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        clerk_id = _parse_clerk_id(d.pop("clerk_id"))

        status = UserStatusEnum(d.pop("status"))

        is_staff = d.pop("is_staff")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_email(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        def _parse_wallet_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wallet_address = _parse_wallet_address(d.pop("wallet_address", UNSET))

        user = cls(
            id=id,
            clerk_id=clerk_id,
            status=status,
            is_staff=is_staff,
            created_at=created_at,
            updated_at=updated_at,
            email=email,
            first_name=first_name,
            last_name=last_name,
            wallet_address=wallet_address,
        )

        user.additional_properties = d
        return user

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
