from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loan_purpose_enum import LoanPurposeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoanApplicationRequest")


@_attrs_define
class LoanApplicationRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            requested_amount (str):
            term_months (int):
            portfolio (int | None | Unset):
            currency (str | Unset): ISO 4217 code or token symbol, in capitals.
            purpose (LoanPurposeEnum | Unset): * `personal` - Personal
                * `investment` - Investment
                * `education` - Education
                * `home` - Home
                * `business` - Business
                * `other` - Other
            annual_income (None | str | Unset):
            collateral_value (None | str | Unset):
    """

    requested_amount: str
    term_months: int
    portfolio: int | None | Unset = UNSET
    currency: str | Unset = UNSET
    purpose: LoanPurposeEnum | Unset = UNSET
    annual_income: None | str | Unset = UNSET
    collateral_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested_amount = self.requested_amount

        term_months = self.term_months

        portfolio: int | None | Unset
        if isinstance(self.portfolio, Unset):
            portfolio = UNSET
        else:
            portfolio = self.portfolio

        currency = self.currency

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value

        annual_income: None | str | Unset
        if isinstance(self.annual_income, Unset):
            annual_income = UNSET
        else:
            annual_income = self.annual_income

        collateral_value: None | str | Unset
        if isinstance(self.collateral_value, Unset):
            collateral_value = UNSET
        else:
            collateral_value = self.collateral_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requested_amount": requested_amount,
                "term_months": term_months,
            }
        )
        if portfolio is not UNSET:
            field_dict["portfolio"] = portfolio
        if currency is not UNSET:
            field_dict["currency"] = currency
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if annual_income is not UNSET:
            field_dict["annual_income"] = annual_income
        if collateral_value is not UNSET:
            field_dict["collateral_value"] = collateral_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requested_amount = d.pop("requested_amount")

        term_months = d.pop("term_months")

        def _parse_portfolio(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        portfolio = _parse_portfolio(d.pop("portfolio", UNSET))

        currency = d.pop("currency", UNSET)

        _purpose = d.pop("purpose", UNSET)
        purpose: LoanPurposeEnum | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = LoanPurposeEnum(_purpose)

        def _parse_annual_income(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        annual_income = _parse_annual_income(d.pop("annual_income", UNSET))

        def _parse_collateral_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collateral_value = _parse_collateral_value(d.pop("collateral_value", UNSET))

        loan_application_request = cls(
            requested_amount=requested_amount,
            term_months=term_months,
            portfolio=portfolio,
            currency=currency,
            purpose=purpose,
            annual_income=annual_income,
            collateral_value=collateral_value,
        )

        loan_application_request.additional_properties = d
        return loan_application_request

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
