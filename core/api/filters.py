"""The API's filter backend: a filter by a foreign id sees what the caller sees.

django-filter builds a ``ModelChoiceFilter`` (``?portfolio=``, ``?basket=``) over every
row of the related model, so an id the caller may not see (another user's portfolio,
an unpublished basket) was a valid choice (``200 []``) while an unknown id was a 400:
an existence oracle. Here each such filter's choices are narrowed to the rows the
caller may see through that model's own route (``core.api.viewsets.visible``, the
rule that also narrows foreign keys in request bodies), so both are the same 400
"Select a valid choice". Filters that take a bare id (``UUIDFilter`` on ``<fk>_id``)
validate only its form, and an unseen id matches none of the caller's rows: ``200
[]``, as for an unknown one.
"""

from django_filters import rest_framework as df


class ScopedFilterBackend(df.DjangoFilterBackend):
    def get_filterset(self, request, queryset, view):
        from core.api.viewsets import visible  # viewsets imports DRF, which imports us

        filterset = super().get_filterset(request, queryset, view)
        if filterset is not None:
            for filter_ in filterset.filters.values():
                if isinstance(filter_, df.ModelChoiceFilter | df.ModelMultipleChoiceFilter):
                    # filterset.filters is the instance's deep copy: the class stays as is
                    filter_.queryset = visible(filter_.get_queryset(request), request)
        return filterset
