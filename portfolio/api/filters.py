"""FilterSets; every field filtered here has an index (see the models' Meta.indexes)."""

import django_filters

from portfolio.models import Notification


class NotificationFilterSet(django_filters.FilterSet):
    is_read = django_filters.BooleanFilter(
        field_name="read_at", lookup_expr="isnull", exclude=True, label="Read"
    )

    class Meta:
        model = Notification
        fields = ("notification_type", "channel", "is_read")
