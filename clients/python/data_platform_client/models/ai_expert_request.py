from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expert_specialty_enum import ExpertSpecialtyEnum
from ..models.risk_level_enum import RiskLevelEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="AIExpertRequest")


@_attrs_define
class AIExpertRequest:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            slug (str):
            name (str):
            specialty (ExpertSpecialtyEnum): * `crypto` - Crypto markets
                * `defi` - DeFi
                * `long_term` - Long-term investing
                * `risk` - Risk management
                * `budgeting` - Budgeting and saving
                * `tax` - Tax
            model_name (str): The LLM behind the persona.
            bio (str | Unset):
            avatar_url (str | Unset):
            risk_profile (RiskLevelEnum | Unset): * `low` - Low
                * `medium` - Medium
                * `high` - High
                * `very_high` - Very high
            accuracy_percent (None | str | Unset): Share of tips that played out.
            is_active (bool | Unset):
    """

    slug: str
    name: str
    specialty: ExpertSpecialtyEnum
    model_name: str
    bio: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    risk_profile: RiskLevelEnum | Unset = UNSET
    accuracy_percent: None | str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        specialty = self.specialty.value

        model_name = self.model_name

        bio = self.bio

        avatar_url: str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        risk_profile: str | Unset = UNSET
        if not isinstance(self.risk_profile, Unset):
            risk_profile = self.risk_profile.value

        accuracy_percent: None | str | Unset
        if isinstance(self.accuracy_percent, Unset):
            accuracy_percent = UNSET
        else:
            accuracy_percent = self.accuracy_percent

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "specialty": specialty,
                "model_name": model_name,
            }
        )
        if bio is not UNSET:
            field_dict["bio"] = bio
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if risk_profile is not UNSET:
            field_dict["risk_profile"] = risk_profile
        if accuracy_percent is not UNSET:
            field_dict["accuracy_percent"] = accuracy_percent
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        specialty = ExpertSpecialtyEnum(d.pop("specialty"))

        model_name = d.pop("model_name")

        bio = d.pop("bio", UNSET)

        def _parse_avatar_url(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url", UNSET))

        _risk_profile = d.pop("risk_profile", UNSET)
        risk_profile: RiskLevelEnum | Unset
        if isinstance(_risk_profile, Unset):
            risk_profile = UNSET
        else:
            risk_profile = RiskLevelEnum(_risk_profile)

        def _parse_accuracy_percent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accuracy_percent = _parse_accuracy_percent(d.pop("accuracy_percent", UNSET))

        is_active = d.pop("is_active", UNSET)

        ai_expert_request = cls(
            slug=slug,
            name=name,
            specialty=specialty,
            model_name=model_name,
            bio=bio,
            avatar_url=avatar_url,
            risk_profile=risk_profile,
            accuracy_percent=accuracy_percent,
            is_active=is_active,
        )

        ai_expert_request.additional_properties = d
        return ai_expert_request

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
