from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.archetype_enum import ArchetypeEnum
from ..models.blank_enum import BlankEnum
from ..models.experiment_variant_enum import ExperimentVariantEnum
from ..models.operational_mode_enum import OperationalModeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Decision")


@_attrs_define
class Decision:
    """The ModelSerializer every app's serializers derive from: a value the database would
    refuse (CHECK, UNIQUE, EXCLUDE of ``Meta.constraints``) is a 400 with the constraint's
    ``violation_error_message`` on its field, before any write.

        Attributes:
            id (UUID):
            created_at (datetime.datetime):
            post (UUID):
            sss_score (float): Solution-seeking score.
            ars_score (float): Audience relevance score.
            evs_score (float): Engagement value score.
            trs_score (float): Topic relevance / risk score.
            composite_score (float):
            mode (OperationalModeEnum): * `HELPFUL` - Helpful
                * `ENGAGEMENT` - Engagement
                * `HYBRID` - Hybrid
                * `DISENGAGED` - Disengaged
            archetype (ArchetypeEnum | BlankEnum | None | Unset):
            safety_flags (list[str] | Unset):
            signals_json (Any | Unset):
            temporal_context (Any | Unset):
            competitor_detected (bool | Unset):
            is_power_user (bool | Unset):
            experiment (None | Unset | UUID):
            experiment_variant (BlankEnum | ExperimentVariantEnum | None | Unset):
            is_randomized_experiment (bool | Unset):
            predicted_mode (BlankEnum | None | OperationalModeEnum | Unset):
    """

    id: UUID
    created_at: datetime.datetime
    post: UUID
    sss_score: float
    ars_score: float
    evs_score: float
    trs_score: float
    composite_score: float
    mode: OperationalModeEnum
    archetype: ArchetypeEnum | BlankEnum | None | Unset = UNSET
    safety_flags: list[str] | Unset = UNSET
    signals_json: Any | Unset = UNSET
    temporal_context: Any | Unset = UNSET
    competitor_detected: bool | Unset = UNSET
    is_power_user: bool | Unset = UNSET
    experiment: None | Unset | UUID = UNSET
    experiment_variant: BlankEnum | ExperimentVariantEnum | None | Unset = UNSET
    is_randomized_experiment: bool | Unset = UNSET
    predicted_mode: BlankEnum | None | OperationalModeEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        post = str(self.post)

        sss_score = self.sss_score

        ars_score = self.ars_score

        evs_score = self.evs_score

        trs_score = self.trs_score

        composite_score = self.composite_score

        mode = self.mode.value

        archetype: None | str | Unset
        if isinstance(self.archetype, Unset):
            archetype = UNSET
        elif isinstance(self.archetype, ArchetypeEnum):
            archetype = self.archetype.value
        elif isinstance(self.archetype, BlankEnum):
            archetype = self.archetype.value
        else:
            archetype = self.archetype

        safety_flags: list[str] | Unset = UNSET
        if not isinstance(self.safety_flags, Unset):
            safety_flags = self.safety_flags

        signals_json = self.signals_json

        temporal_context = self.temporal_context

        competitor_detected = self.competitor_detected

        is_power_user = self.is_power_user

        experiment: None | str | Unset
        if isinstance(self.experiment, Unset):
            experiment = UNSET
        elif isinstance(self.experiment, UUID):
            experiment = str(self.experiment)
        else:
            experiment = self.experiment

        experiment_variant: None | str | Unset
        if isinstance(self.experiment_variant, Unset):
            experiment_variant = UNSET
        elif isinstance(self.experiment_variant, ExperimentVariantEnum):
            experiment_variant = self.experiment_variant.value
        elif isinstance(self.experiment_variant, BlankEnum):
            experiment_variant = self.experiment_variant.value
        else:
            experiment_variant = self.experiment_variant

        is_randomized_experiment = self.is_randomized_experiment

        predicted_mode: None | str | Unset
        if isinstance(self.predicted_mode, Unset):
            predicted_mode = UNSET
        elif isinstance(self.predicted_mode, OperationalModeEnum):
            predicted_mode = self.predicted_mode.value
        elif isinstance(self.predicted_mode, BlankEnum):
            predicted_mode = self.predicted_mode.value
        else:
            predicted_mode = self.predicted_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "post": post,
                "sss_score": sss_score,
                "ars_score": ars_score,
                "evs_score": evs_score,
                "trs_score": trs_score,
                "composite_score": composite_score,
                "mode": mode,
            }
        )
        if archetype is not UNSET:
            field_dict["archetype"] = archetype
        if safety_flags is not UNSET:
            field_dict["safety_flags"] = safety_flags
        if signals_json is not UNSET:
            field_dict["signals_json"] = signals_json
        if temporal_context is not UNSET:
            field_dict["temporal_context"] = temporal_context
        if competitor_detected is not UNSET:
            field_dict["competitor_detected"] = competitor_detected
        if is_power_user is not UNSET:
            field_dict["is_power_user"] = is_power_user
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if experiment_variant is not UNSET:
            field_dict["experiment_variant"] = experiment_variant
        if is_randomized_experiment is not UNSET:
            field_dict["is_randomized_experiment"] = is_randomized_experiment
        if predicted_mode is not UNSET:
            field_dict["predicted_mode"] = predicted_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        post = UUID(d.pop("post"))

        sss_score = d.pop("sss_score")

        ars_score = d.pop("ars_score")

        evs_score = d.pop("evs_score")

        trs_score = d.pop("trs_score")

        composite_score = d.pop("composite_score")

        mode = OperationalModeEnum(d.pop("mode"))

        def _parse_archetype(data: object) -> ArchetypeEnum | BlankEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archetype_type_0 = ArchetypeEnum(data)

                return archetype_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archetype_type_1 = BlankEnum(data)

                return archetype_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArchetypeEnum | BlankEnum | None | Unset, data)

        archetype = _parse_archetype(d.pop("archetype", UNSET))

        safety_flags = cast(list[str], d.pop("safety_flags", UNSET))

        signals_json = d.pop("signals_json", UNSET)

        temporal_context = d.pop("temporal_context", UNSET)

        competitor_detected = d.pop("competitor_detected", UNSET)

        is_power_user = d.pop("is_power_user", UNSET)

        def _parse_experiment(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                experiment_type_0 = UUID(data)

                return experiment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        experiment = _parse_experiment(d.pop("experiment", UNSET))

        def _parse_experiment_variant(
            data: object,
        ) -> BlankEnum | ExperimentVariantEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                experiment_variant_type_0 = ExperimentVariantEnum(data)

                return experiment_variant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                experiment_variant_type_1 = BlankEnum(data)

                return experiment_variant_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlankEnum | ExperimentVariantEnum | None | Unset, data)

        experiment_variant = _parse_experiment_variant(d.pop("experiment_variant", UNSET))

        is_randomized_experiment = d.pop("is_randomized_experiment", UNSET)

        def _parse_predicted_mode(data: object) -> BlankEnum | None | OperationalModeEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                predicted_mode_type_0 = OperationalModeEnum(data)

                return predicted_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                predicted_mode_type_1 = BlankEnum(data)

                return predicted_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlankEnum | None | OperationalModeEnum | Unset, data)

        predicted_mode = _parse_predicted_mode(d.pop("predicted_mode", UNSET))

        decision = cls(
            id=id,
            created_at=created_at,
            post=post,
            sss_score=sss_score,
            ars_score=ars_score,
            evs_score=evs_score,
            trs_score=trs_score,
            composite_score=composite_score,
            mode=mode,
            archetype=archetype,
            safety_flags=safety_flags,
            signals_json=signals_json,
            temporal_context=temporal_context,
            competitor_detected=competitor_detected,
            is_power_user=is_power_user,
            experiment=experiment,
            experiment_variant=experiment_variant,
            is_randomized_experiment=is_randomized_experiment,
            predicted_mode=predicted_mode,
        )

        decision.additional_properties = d
        return decision

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
