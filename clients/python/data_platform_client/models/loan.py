from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loan_status_enum import LoanStatusEnum

T = TypeVar("T", bound="Loan")


@_attrs_define
class Loan:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (int):
            application (int):
            portfolio (int | None):
            principal (str):
            currency (str): ISO 4217 code or token symbol, in capitals.
            interest_rate_percent (str):
            term_months (int):
            outstanding_balance (str):
            loan_to_value_percent (None | str):
            status (LoanStatusEnum): * `pending_disbursement` - Pending disbursement
                * `active` - Active
                * `repaid` - Repaid
                * `defaulted` - Defaulted
                * `liquidated` - Liquidated
                * `cancelled` - Cancelled
            disbursed_at (datetime.datetime | None):
            due_date (datetime.date | None):
            repaid_at (datetime.datetime | None):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
    """

    id: int
    application: int
    portfolio: int | None
    principal: str
    currency: str
    interest_rate_percent: str
    term_months: int
    outstanding_balance: str
    loan_to_value_percent: None | str
    status: LoanStatusEnum
    disbursed_at: datetime.datetime | None
    due_date: datetime.date | None
    repaid_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        application = self.application

        portfolio: int | None
        portfolio = self.portfolio

        principal = self.principal

        currency = self.currency

        interest_rate_percent = self.interest_rate_percent

        term_months = self.term_months

        outstanding_balance = self.outstanding_balance

        loan_to_value_percent: None | str
        loan_to_value_percent = self.loan_to_value_percent

        status = self.status.value

        disbursed_at: None | str
        if isinstance(self.disbursed_at, datetime.datetime):
            disbursed_at = self.disbursed_at.isoformat()
        else:
            disbursed_at = self.disbursed_at

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        repaid_at: None | str
        if isinstance(self.repaid_at, datetime.datetime):
            repaid_at = self.repaid_at.isoformat()
        else:
            repaid_at = self.repaid_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "application": application,
                "portfolio": portfolio,
                "principal": principal,
                "currency": currency,
                "interest_rate_percent": interest_rate_percent,
                "term_months": term_months,
                "outstanding_balance": outstanding_balance,
                "loan_to_value_percent": loan_to_value_percent,
                "status": status,
                "disbursed_at": disbursed_at,
                "due_date": due_date,
                "repaid_at": repaid_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        application = d.pop("application")

        def _parse_portfolio(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        portfolio = _parse_portfolio(d.pop("portfolio"))

        principal = d.pop("principal")

        currency = d.pop("currency")

        interest_rate_percent = d.pop("interest_rate_percent")

        term_months = d.pop("term_months")

        outstanding_balance = d.pop("outstanding_balance")

        def _parse_loan_to_value_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        loan_to_value_percent = _parse_loan_to_value_percent(d.pop("loan_to_value_percent"))

        status = LoanStatusEnum(d.pop("status"))

        def _parse_disbursed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disbursed_at_type_0 = datetime.datetime.fromisoformat(data)

                return disbursed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        disbursed_at = _parse_disbursed_at(d.pop("disbursed_at"))

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        def _parse_repaid_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                repaid_at_type_0 = datetime.datetime.fromisoformat(data)

                return repaid_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        repaid_at = _parse_repaid_at(d.pop("repaid_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        loan = cls(
            id=id,
            application=application,
            portfolio=portfolio,
            principal=principal,
            currency=currency,
            interest_rate_percent=interest_rate_percent,
            term_months=term_months,
            outstanding_balance=outstanding_balance,
            loan_to_value_percent=loan_to_value_percent,
            status=status,
            disbursed_at=disbursed_at,
            due_date=due_date,
            repaid_at=repaid_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        loan.additional_properties = d
        return loan

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
