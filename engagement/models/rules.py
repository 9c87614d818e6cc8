"""Builders for the CHECK constraints every model here repeats (named <app>_<model>_<rule>)."""

from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import Range

NAME = "%(app_label)s_%(class)s_"


def choice(field: str, choices) -> models.CheckConstraint:
    """The column holds one of the enum's values (NULL passes: nullability is the column's)."""
    return models.CheckConstraint(
        condition=models.Q(**{f"{field}__in": choices.values}), name=f"{NAME}{field}_valid"
    )


def unit_range(*fields: str) -> list[models.CheckConstraint]:
    """Scores and fractions in 0.0 .. 1.0."""
    return [
        models.CheckConstraint(
            condition=models.Q(**{f"{f}__gte": 0.0, f"{f}__lte": 1.0}), name=f"{NAME}{f}_range"
        )
        for f in fields
    ]


def non_negative(*fields: str) -> list[models.CheckConstraint]:
    return [
        models.CheckConstraint(
            condition=models.Q(**{f"{f}__gte": 0}), name=f"{NAME}{f}_non_negative"
        )
        for f in fields
    ]


def length(field: str, low: int, high: int) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Range(Length(field), (low, high)), name=f"{NAME}{field}_length"
    )


def regex(field: str, pattern: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=models.Q(**{f"{field}__regex": pattern}), name=f"{NAME}{field}_format"
    )


def not_blank(*fields: str) -> list[models.CheckConstraint]:
    return [
        models.CheckConstraint(condition=~models.Q(**{f: ""}), name=f"{NAME}{f}_not_blank")
        for f in fields
    ]


def check(name: str, condition, violation_error_message=None) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=condition, name=f"{NAME}{name}", violation_error_message=violation_error_message
    )
