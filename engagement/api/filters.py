"""Filters of the engagement API; each one is served by an index (see the models' Meta)."""

import django_filters as df

from engagement import models


class ArrayContainsFilter(df.CharFilter):
    """?keyword=x matches rows whose array contains x (GIN index)."""

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(**{f"{self.field_name}__contains": [value]})


class AuthorFilterSet(df.FilterSet):
    archetype_tag = ArrayContainsFilter(field_name="archetype_tags")

    class Meta:
        model = models.Author
        fields = ["platform", "is_power_user", "handle"]


class PostFilterSet(df.FilterSet):
    keyword = ArrayContainsFilter(field_name="keyword_matches")
    keyword_category = ArrayContainsFilter(field_name="keyword_categories")
    processed = df.BooleanFilter(field_name="processed_at", lookup_expr="isnull", exclude=True)
    detected_after = df.IsoDateTimeFilter(field_name="detected_at", lookup_expr="gte")
    detected_before = df.IsoDateTimeFilter(field_name="detected_at", lookup_expr="lt")

    class Meta:
        model = models.Post
        fields = ["platform", "author", "platform_post_id"]


class DecisionFilterSet(df.FilterSet):
    safety_flag = ArrayContainsFilter(field_name="safety_flags")
    composite_min = df.NumberFilter(field_name="composite_score", lookup_expr="gte")
    composite_max = df.NumberFilter(field_name="composite_score", lookup_expr="lte")
    created_after = df.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = df.IsoDateTimeFilter(field_name="created_at", lookup_expr="lt")

    class Meta:
        model = models.Decision
        fields = [
            "post",
            "mode",
            "archetype",
            "experiment",
            "experiment_variant",
            "is_randomized_experiment",
        ]


class ReplyFilterSet(df.FilterSet):
    posted_after = df.IsoDateTimeFilter(field_name="posted_at", lookup_expr="gte")
    posted_before = df.IsoDateTimeFilter(field_name="posted_at", lookup_expr="lt")

    class Meta:
        model = models.Reply
        fields = ["decision", "approval_status", "platform", "reply_type", "archetype", "utm_code"]


class EscalationFilterSet(df.FilterSet):
    created_after = df.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = df.IsoDateTimeFilter(field_name="created_at", lookup_expr="lt")

    class Meta:
        model = models.Escalation
        fields = ["status", "priority", "reason", "assigned_to", "post"]


class ExperimentFilterSet(df.FilterSet):
    class Meta:
        model = models.Experiment
        fields = ["status", "name"]


class KpiMetricFilterSet(df.FilterSet):
    date_after = df.DateFilter(field_name="date", lookup_expr="gte")
    date_before = df.DateFilter(field_name="date", lookup_expr="lte")
    platform_wide = df.BooleanFilter(field_name="platform", lookup_expr="isnull")

    class Meta:
        model = models.KpiMetric
        fields = ["date", "platform", "metric_type", "metric_name"]


class CompetitorFilterSet(df.FilterSet):
    brand_keyword = ArrayContainsFilter(field_name="brand_keywords")

    class Meta:
        model = models.Competitor
        fields = ["category", "name"]


class CommunityChampionFilterSet(df.FilterSet):
    class Meta:
        model = models.CommunityChampion
        fields = ["tier", "advocate_status", "author"]


class AuditLogFilterSet(df.FilterSet):
    created_after = df.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = df.IsoDateTimeFilter(field_name="created_at", lookup_expr="lt")

    class Meta:
        model = models.AuditLog
        fields = ["entity_type", "entity_id", "action", "actor"]
