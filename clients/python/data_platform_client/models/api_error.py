from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """Every API error. `detail` says what went wrong and `code` is stable for programs (`not_found`, `invalid`,
    `conflict`, `constraint_violation`, `invalid_data`, `not_authenticated`, `permission_denied`, `throttled`, ...). A
    broken database rule names it in `constraint` (and the column in `field`). Validation errors (400) carry one key per
    field with a list of messages, `non_field_errors` for rules spanning fields, and a nested object for nested fields.

        Example:
            {'name': ['This field is required.']}

        Attributes:
            detail (str | Unset): A human-readable message.
            code (str | Unset): A stable, machine-readable error code.
            constraint (str | Unset): The PostgreSQL constraint that rejected the write (400, 409).
            limit_bytes (int | Unset): The body limit in bytes (413).
            field (str | Unset): The column or field concerned.
            non_field_errors (list[str] | Unset): Validation messages that concern no single field.
    """

    detail: str | Unset = UNSET
    code: str | Unset = UNSET
    constraint: str | Unset = UNSET
    limit_bytes: int | Unset = UNSET
    field: str | Unset = UNSET
    non_field_errors: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        code = self.code

        constraint = self.constraint

        limit_bytes = self.limit_bytes

        field = self.field

        non_field_errors: list[str] | Unset = UNSET
        if not isinstance(self.non_field_errors, Unset):
            non_field_errors = self.non_field_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if code is not UNSET:
            field_dict["code"] = code
        if constraint is not UNSET:
            field_dict["constraint"] = constraint
        if limit_bytes is not UNSET:
            field_dict["limit_bytes"] = limit_bytes
        if field is not UNSET:
            field_dict["field"] = field
        if non_field_errors is not UNSET:
            field_dict["non_field_errors"] = non_field_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail", UNSET)

        code = d.pop("code", UNSET)

        constraint = d.pop("constraint", UNSET)

        limit_bytes = d.pop("limit_bytes", UNSET)

        field = d.pop("field", UNSET)

        non_field_errors = cast(list[str], d.pop("non_field_errors", UNSET))

        api_error = cls(
            detail=detail,
            code=code,
            constraint=constraint,
            limit_bytes=limit_bytes,
            field=field,
            non_field_errors=non_field_errors,
        )

        api_error.additional_properties = d
        return api_error

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
