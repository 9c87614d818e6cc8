from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loan_application_status_enum import LoanApplicationStatusEnum
from ..models.loan_purpose_enum import LoanPurposeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoanApplication")


@_attrs_define
class LoanApplication:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (int):
            requested_amount (str):
            term_months (int):
            status (LoanApplicationStatusEnum): * `draft` - Draft
                * `submitted` - Submitted
                * `under_review` - Under review
                * `approved` - Approved
                * `rejected` - Rejected
                * `withdrawn` - Withdrawn
            submitted_at (datetime.datetime | None):
            reviewed_at (datetime.datetime | None):
            decision_note (str):
            offered_interest_rate_percent (None | str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
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

    id: int
    requested_amount: str
    term_months: int
    status: LoanApplicationStatusEnum
    submitted_at: datetime.datetime | None
    reviewed_at: datetime.datetime | None
    decision_note: str
    offered_interest_rate_percent: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    portfolio: int | None | Unset = UNSET
    currency: str | Unset = UNSET
    purpose: LoanPurposeEnum | Unset = UNSET
    annual_income: None | str | Unset = UNSET
    collateral_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        requested_amount = self.requested_amount

        term_months = self.term_months

        status = self.status.value

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        reviewed_at: None | str
        if isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        decision_note = self.decision_note

        offered_interest_rate_percent: None | str
        offered_interest_rate_percent = self.offered_interest_rate_percent

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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
                "id": id,
                "requested_amount": requested_amount,
                "term_months": term_months,
                "status": status,
                "submitted_at": submitted_at,
                "reviewed_at": reviewed_at,
                "decision_note": decision_note,
                "offered_interest_rate_percent": offered_interest_rate_percent,
                "created_at": created_at,
                "updated_at": updated_at,
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
        id = d.pop("id")

        requested_amount = d.pop("requested_amount")

        term_months = d.pop("term_months")

        status = LoanApplicationStatusEnum(d.pop("status"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        def _parse_reviewed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)

                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at"))

        decision_note = d.pop("decision_note")

        def _parse_offered_interest_rate_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        offered_interest_rate_percent = _parse_offered_interest_rate_percent(
            d.pop("offered_interest_rate_percent")
        )

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        loan_application = cls(
            id=id,
            requested_amount=requested_amount,
            term_months=term_months,
            status=status,
            submitted_at=submitted_at,
            reviewed_at=reviewed_at,
            decision_note=decision_note,
            offered_interest_rate_percent=offered_interest_rate_percent,
            created_at=created_at,
            updated_at=updated_at,
            portfolio=portfolio,
            currency=currency,
            purpose=purpose,
            annual_income=annual_income,
            collateral_value=collateral_value,
        )

        loan_application.additional_properties = d
        return loan_application

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
