"""Embedding children in list pages: ``?include=<name>[,<name>]`` (issue 13).

A viewset mixes in ``EmbedMixin`` (before the base viewset) and declares ``embeddable``:
for each name, a function returning the prefetches that load the children of the whole
page in one query (one more per nested level), whatever the page size. ``list_serializer_class`` answers a list page when something
is included (it declares the children, optional, so the schema shows them), and
``plain_list_serializer_class`` (default: ``serializer_class``) when nothing is. An unknown name is a JSON 400 on ``include``.
``include_parameter`` documents the parameter in the OpenAPI schema.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError

INCLUDE = "include"


def include_parameter(description: str, *names: str) -> OpenApiParameter:
    return OpenApiParameter(INCLUDE, OpenApiTypes.STR, enum=names, description=description)


class EmbedMixin:
    # ``embeddable = {name: lambda: [prefetch, ...]}``; ``list_serializer_class`` for
    # included pages. (No docstring: the schema describes a view by the first docstring
    # in its bases.)

    embeddable: dict = {}
    list_serializer_class = None
    plain_list_serializer_class = None

    def includes(self) -> set[str]:
        """The children asked for with ``include`` (comma-separated); 400 if unknown."""
        if getattr(self, "swagger_fake_view", False) or self.request is None:
            return set()
        asked = {
            name.strip()
            for value in self.request.query_params.getlist(INCLUDE)
            for name in value.split(",")
            if name.strip()
        }
        unknown = asked - set(self.embeddable)
        if unknown:
            raise ValidationError(
                {
                    INCLUDE: [
                        f"Unknown: {', '.join(sorted(unknown))}. "
                        f"Choose from: {', '.join(self.embeddable)}."
                    ]
                }
            )
        return asked

    def embed(self, queryset):
        """``queryset`` with the prefetches of what the list page includes."""
        for name in sorted(self.includes()):
            queryset = queryset.prefetch_related(*self.embeddable[name]())
        return queryset

    def get_queryset(self):
        queryset = super().get_queryset()
        if getattr(self, "action", None) == "list":
            queryset = self.embed(queryset)
        return queryset

    def get_serializer_class(self):
        if getattr(self, "action", None) == "list" and self.list_serializer_class is not None:
            if getattr(self, "swagger_fake_view", False) or self.includes():
                return self.list_serializer_class  # the schema shows the optional children
            if self.plain_list_serializer_class is not None:
                return self.plain_list_serializer_class
        return super().get_serializer_class()
