from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.investment_experience_enum import InvestmentExperienceEnum
from ..models.risk_tolerance_enum import RiskToleranceEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProfileRequest")


@_attrs_define
class UserProfileRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            display_name (str | Unset):
            bio (str | Unset):
            avatar_url (str | Unset):
            country (str | Unset): ISO 3166-1 alpha-2
            date_of_birth (datetime.date | None | Unset):
            risk_tolerance (RiskToleranceEnum | Unset): * `conservative` - Conservative
                * `moderate` - Moderate
                * `aggressive` - Aggressive
            investment_experience (InvestmentExperienceEnum | Unset): * `none` - None
                * `beginner` - Beginner
                * `intermediate` - Intermediate
                * `advanced` - Advanced
    """

    display_name: str | Unset = UNSET
    bio: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    country: str | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    risk_tolerance: RiskToleranceEnum | Unset = UNSET
    investment_experience: InvestmentExperienceEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        bio = self.bio

        avatar_url: str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        country = self.country

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        risk_tolerance: str | Unset = UNSET
        if not isinstance(self.risk_tolerance, Unset):
            risk_tolerance = self.risk_tolerance.value

        investment_experience: str | Unset = UNSET
        if not isinstance(self.investment_experience, Unset):
            investment_experience = self.investment_experience.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if bio is not UNSET:
            field_dict["bio"] = bio
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if country is not UNSET:
            field_dict["country"] = country
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if risk_tolerance is not UNSET:
            field_dict["risk_tolerance"] = risk_tolerance
        if investment_experience is not UNSET:
            field_dict["investment_experience"] = investment_experience

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name", UNSET)

        bio = d.pop("bio", UNSET)

        def _parse_avatar_url(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url", UNSET))

        country = d.pop("country", UNSET)

        def _parse_date_of_birth(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_birth_type_0 = datetime.date.fromisoformat(data)

                return date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_of_birth = _parse_date_of_birth(d.pop("date_of_birth", UNSET))

        _risk_tolerance = d.pop("risk_tolerance", UNSET)
        risk_tolerance: RiskToleranceEnum | Unset
        if isinstance(_risk_tolerance, Unset):
            risk_tolerance = UNSET
        else:
            risk_tolerance = RiskToleranceEnum(_risk_tolerance)

        _investment_experience = d.pop("investment_experience", UNSET)
        investment_experience: InvestmentExperienceEnum | Unset
        if isinstance(_investment_experience, Unset):
            investment_experience = UNSET
        else:
            investment_experience = InvestmentExperienceEnum(_investment_experience)

        user_profile_request = cls(
            display_name=display_name,
            bio=bio,
            avatar_url=avatar_url,
            country=country,
            date_of_birth=date_of_birth,
            risk_tolerance=risk_tolerance,
            investment_experience=investment_experience,
        )

        user_profile_request.additional_properties = d
        return user_profile_request

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
