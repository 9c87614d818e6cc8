"""The admin base every app's ModelAdmins derive from.

What they share: timestamps read-only, 50 rows a page, no full-table COUNT on the
changelist (principle 6), an optional "never deleted here" switch, and a database
refusal (a CHECK or UNIQUE the form could not see, a trigger, a domain rule a service
raises) shown to staff as an error message on the same page instead of a 500.

At scale (issue 14) the base also keeps every changelist's cost independent of the
table's size: the paginator (core.db.pagination) counts from the planner's estimate
past a threshold and takes a deep page's keys first (the back half from the end), a
list filter on a column without choices reads its values through the column's index
(a loose index scan) instead of ``SELECT DISTINCT`` over the table, ``=field`` search
entries are exact lookups their btree index serves (no ``UPPER()``), and a search
across a relation is a union of per-field id lookups instead of one OR over a join.
"""

from django.contrib import admin, messages
from django.contrib.admin import widgets
from django.contrib.admin.filters import AllValuesFieldListFilter
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connections, models, router, transaction
from django.db.models import Q
from django.db.models.constants import LOOKUP_SEP
from django.http import HttpResponseRedirect
from django.utils.text import smart_split, unescape_string_literal

from core.db.pagination import (
    ESTIMATED_COUNT_THRESHOLD,
    EstimatedCountPaginator,
    planner_row_estimate,
)
from core.errors import DomainError
from core.presentation import (
    is_linked_relation,
    plain_help,
    presented_column,
    short_id_column,
)

TIMESTAMPS = ("created_at", "updated_at")


def refusal_message(model, exc: Exception) -> str:
    """Staff-readable words for a database refusal: the constraint's
    ``violation_error_message`` when the model declares it, else PostgreSQL's message."""
    if isinstance(exc, DomainError):
        return exc.message
    diag = getattr(exc.__cause__, "diag", None)
    name = getattr(diag, "constraint_name", None)
    primary = getattr(diag, "message_primary", None) or str(exc).splitlines()[0]
    for constraint in model._meta.constraints:
        if constraint.name == name and constraint.violation_error_message:
            if constraint.violation_error_message != constraint.default_violation_error_message:
                return f"{constraint.get_violation_error_message()} ({name})"
    return f"{primary} ({name})" if name and name not in primary else primary


def indexed_values(model, field, limit: int) -> list:
    """The distinct values of ``field``'s column, read through the btree index it leads
    (a recursive "loose index scan": one probe per value, no skip scan needed)."""
    table = model._meta.db_table
    alias = router.db_for_read(model)
    qn = connections[alias].ops.quote_name
    column = qn(field.column)
    sql = f"""
        WITH RECURSIVE v(val) AS (
            (SELECT {column} FROM {qn(table)}
             WHERE {column} IS NOT NULL ORDER BY 1 LIMIT 1)
            UNION ALL
            SELECT (SELECT {column} FROM {qn(table)}
                    WHERE {column} > v.val ORDER BY 1 LIMIT 1)
            FROM v WHERE v.val IS NOT NULL
        )
        SELECT val FROM v WHERE val IS NOT NULL LIMIT %s"""
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, [limit])
        return [row[0] for row in cursor.fetchall()]


def _leading_column(model, field_name: str):
    """For a column that is only the second column of a btree index or unique constraint
    (``(platform, platform_post_id)``), that index's first column; else None."""
    field = model._meta.get_field(field_name)
    if field.primary_key or field.unique or field.db_index or _indexed_leading(model, field_name):
        return None
    candidates = [i.fields for i in model._meta.indexes if type(i) is models.Index]
    candidates += [
        c.fields
        for c in model._meta.constraints
        if isinstance(c, models.UniqueConstraint) and c.condition is None
    ]
    for fields in candidates:
        if len(fields) >= 2 and fields[1].lstrip("-") == field_name:
            return model._meta.get_field(fields[0].lstrip("-"))
    return None


class IndexedValuesFieldListFilter(AllValuesFieldListFilter):
    """The distinct values of an indexed column without reading the table.

    ``AllValuesFieldListFilter`` runs ``SELECT DISTINCT col`` over the whole table.
    This walks the column's btree index instead, one probe per distinct value (a
    recursive "loose index scan"), which PostgreSQL 15, without skip scan, also
    serves from the index: O(distinct values x log n)."""

    max_values = 200

    def __init__(self, field, request, params, model, model_admin, field_path):
        self._model, self._field = model, field
        super().__init__(field, request, params, model, model_admin, field_path)

    def _loose_index_scan(self):
        return indexed_values(self._model, self._field, self.max_values)

    @property
    def lookup_choices(self):
        return self._loose_index_scan()

    @lookup_choices.setter
    def lookup_choices(self, value):  # the parent assigns its DISTINCT queryset here
        pass


def _indexed_leading(model, column_name: str) -> bool:
    for index in model._meta.indexes:
        if getattr(index, "fields", None) and index.fields[0].lstrip("-") == column_name:
            if type(index).__name__ == "Index":
                return True
    field = model._meta.get_field(column_name)
    return bool(field.db_index or field.unique or field.primary_key)


class _SafeAutocomplete:
    """Django's autocomplete widget looks the posted value up to re-render the form; a
    value that is no key at all ("-1" for a UUID) raised there (a 500). Drop such values:
    the form's own error names the field."""

    def optgroups(self, name, value, attr=None):
        target = self.field.target_field
        valid = []
        for item in value:
            try:
                target.to_python(item)
            except (ValidationError, ValueError, TypeError):
                continue
            valid.append(item)
        return super().optgroups(name, valid, attr)


class SafeAutocompleteSelect(_SafeAutocomplete, widgets.AutocompleteSelect):
    pass


class SafeAutocompleteSelectMultiple(_SafeAutocomplete, widgets.AutocompleteSelectMultiple):
    pass


def _safe_autocomplete(formfield):
    widget = getattr(formfield, "widget", None)
    if type(widget) is widgets.AutocompleteSelect:
        widget.__class__ = SafeAutocompleteSelect
    elif type(widget) is widgets.AutocompleteSelectMultiple:
        widget.__class__ = SafeAutocompleteSelectMultiple
    return formfield


def run_service(modeladmin, request, queryset, label, call):
    """Apply a service to each selected row; report successes and refusals."""
    done, refused = 0, []
    for obj in queryset:
        try:
            call(obj)
            done += 1
        except DomainError as exc:
            refused.append(f"{obj}: {exc.message}")
    if done:
        modeladmin.message_user(request, f"{label}: {done} row(s).", messages.SUCCESS)
    for message in refused:
        modeladmin.message_user(request, message, messages.WARNING)


def service_action(description: str, label: str, call):
    """An admin action that applies ``call(obj, user)`` (a service call) to each
    selected row, ``user`` being the staff member; see ``run_service``."""

    @admin.action(description=description)
    def action(modeladmin, request, queryset):
        run_service(modeladmin, request, queryset, label, lambda obj: call(obj, request.user))

    return action


class BaseModelAdmin(admin.ModelAdmin):
    """Shared defaults for every ModelAdmin of every app."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and formfield.help_text:
            formfield.help_text = plain_help(formfield.help_text)
        return formfield

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        return _safe_autocomplete(super().formfield_for_foreignkey(db_field, request, **kwargs))

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        return _safe_autocomplete(super().formfield_for_manytomany(db_field, request, **kwargs))

    def get_list_display(self, request):
        """Columns as staff read them (core/presentation.py): an amount with its row's
        currency at that currency's precision (the separate currency column dropped), a
        ``*_percent`` with 2 decimals, a quantity without trailing zeros, and a related row
        as a link to its page. The first column stays the row's own link (a UUID key shown
        as its short id)."""
        names = list(super().get_list_display(request))
        first = short_id_column(self.model, names[0])
        columns = [
            first,
            *(
                name if name in self.list_editable else presented_column(self.model, name)
                for name in names[1:]
            ),
        ]
        if any(getattr(c, "money_column", False) for c in columns):
            columns = [c for c in columns if c not in ("currency", "base_currency")]
        return columns

    def get_list_select_related(self, request):
        """The related rows the linked columns show, in the changelist's one query."""
        chosen = super().get_list_select_related(request)
        linked = [
            name
            for name in list(super().get_list_display(request))[1:]
            if isinstance(name, str) and is_linked_relation(self.model, name)
        ]
        if chosen is True or not linked:
            return chosen
        return [*(chosen or ()), *(n for n in linked if n not in (chosen or ()))]

    deletable = True  # False: staff never delete these rows here (audit, money, retention)
    addable = True  # False: rows are created elsewhere (a service, a command, the database)
    changeable = True  # False: staff only read these rows here
    #: Reverse relations whose rows keep this one (a NO ACTION foreign key): no delete
    #: while any exists; a bulk delete skips such rows.
    kept_by: tuple[str, ...] = ()
    list_per_page = 50
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    estimated_count_threshold = ESTIMATED_COUNT_THRESHOLD

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        paginator = super().get_paginator(
            request, queryset, per_page, orphans, allow_empty_first_page
        )
        if isinstance(paginator, EstimatedCountPaginator):
            paginator.threshold = self.estimated_count_threshold
        return paginator

    def get_list_filter(self, request):
        """Bare field names that Django would filter with ``SELECT DISTINCT`` over the
        table (a local column without choices) read their values through the index."""
        filters = []
        for entry in super().get_list_filter(request):
            if isinstance(entry, str) and LOOKUP_SEP not in entry:
                field = self.model._meta.get_field(entry)
                if (
                    not field.is_relation
                    and not field.choices
                    and field.get_internal_type() in ("CharField", "TextField", "SlugField")
                    and _indexed_leading(self.model, entry)
                ):
                    entry = (entry, IndexedValuesFieldListFilter)
            filters.append(entry)
        return filters

    def get_search_results(self, request, queryset, search_term):
        """``=field`` entries become exact lookups (served by the field's btree index;
        Django's default ``iexact`` compares ``UPPER(col)``, which no index covers).
        When any entry crosses a relation, each term matches the union of one id
        lookup per entry instead of an OR across the join. An exact text column that is
        only the second column of an index (``(platform, platform_post_id)``) is looked up
        with the first column's values (``platform IN (...) AND platform_post_id = x``):
        one index probe per value, also on PostgreSQL 15, which has no skip scan."""
        search_fields = list(self.get_search_fields(request))
        if not search_fields or not search_term:
            return super().get_search_results(request, queryset, search_term)
        rewritten = [f"{f[1:]}__exact" if str(f).startswith("=") else str(f) for f in search_fields]
        expanded = {f: e for f in rewritten if (e := self._expanded_exact(f)) is not None}
        crosses = bool(expanded) or any(self._crosses_relation(f) for f in rewritten)
        # the ModelAdmin is shared by every request: the override rides on the request
        request._search_fields_override = rewritten
        try:
            if not crosses:
                return super().get_search_results(request, queryset, search_term)
            model = queryset.model
            for bit in smart_split(search_term):
                if bit.startswith(('"', "'")) and bit[0] == bit[-1]:
                    bit = unescape_string_literal(bit)
                branches = []
                for field in rewritten:
                    if field in expanded:
                        prefix, values = expanded[field]
                        lookups = {f"{prefix}__in": values, field: bit}
                        branch = model._default_manager.filter(**lookups)
                    else:
                        request._search_fields_override = [field]
                        branch, _ = super().get_search_results(
                            request, model._default_manager.all(), bit
                        )
                    branches.append(branch.order_by().values("pk"))
                union = branches[0].union(*branches[1:]) if len(branches) > 1 else branches[0]
                queryset = queryset.filter(Q(pk__in=union))
            return queryset, False
        finally:
            del request._search_fields_override

    def get_search_fields(self, request):
        return getattr(request, "_search_fields_override", None) or super().get_search_fields(
            request
        )

    def _expanded_exact(self, lookup: str):
        """(lookup of the leading column, its values) for an exact text lookup that
        only the second column of an index serves (see ``get_search_results``)."""
        if not lookup.endswith("__exact"):
            return None
        *hops, name = lookup.removesuffix("__exact").split(LOOKUP_SEP)
        model = self.model
        try:
            for hop in hops:
                model = model._meta.get_field(hop).related_model
            field = model._meta.get_field(name)
        except Exception:  # noqa: BLE001 - an unknown name is Django's error to raise
            return None
        if field.get_internal_type() not in ("CharField", "TextField"):
            return None
        leading = _leading_column(model, name)
        if leading is None:
            return None
        values = [v for v, _ in leading.flatchoices] or indexed_values(model, leading, 200)
        return LOOKUP_SEP.join([*hops, leading.name]), values

    def _crosses_relation(self, lookup: str) -> bool:
        name = lookup.split(LOOKUP_SEP)[0]
        try:
            return self.model._meta.get_field(name).is_relation
        except Exception:  # noqa: BLE001 - an unknown name is Django's error to raise
            return False

    def get_readonly_fields(self, request, obj=None):
        own = [f.name for f in self.model._meta.fields if f.name in TIMESTAMPS]
        return [*own, *[f for f in super().get_readonly_fields(request, obj) if f not in own]]

    def has_add_permission(self, request):
        return self.addable and super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        return self.changeable and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and any(getattr(obj, name).exists() for name in self.kept_by):
            return False
        return self.deletable and super().has_delete_permission(request, obj)

    def _refused(self, request, exc):
        self.message_user(
            request,
            f"The database refused this change: {refusal_message(self.model, exc)}",
            messages.ERROR,
        )
        return HttpResponseRedirect(request.get_full_path())

    def _check_deferred(self):
        """Fire the DEFERRABLE INITIALLY DEFERRED constraint triggers now (a basket's
        allocations adding up to 100 %), inside the admin's atomic block, so their refusal
        reaches the form like any CHECK instead of surfacing at COMMIT."""
        with connections[router.db_for_write(self.model)].cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        self._check_deferred()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        self._check_deferred()

    def delete_queryset(self, request, queryset):
        for name in self.kept_by:
            queryset = queryset.filter(**{f"{name}__isnull": True})
        super().delete_queryset(request, queryset)
        self._check_deferred()

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        refusal = getattr(request, "_admin_refusal", None)
        if refusal is None:
            return form
        message = f"The database refused this change: {refusal_message(self.model, refusal)}"
        field = getattr(refusal, "field", None)

        class RefusedForm(form):
            """The form as posted, with the refusal as its error (field or whole form)."""

            def clean(self):
                cleaned = super().clean()
                self.add_error(field if field in self.fields else None, message)
                return cleaned

        RefusedForm.__name__ = form.__name__
        return RefusedForm

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # ModelAdmin runs the save in a transaction, rolled back before we get here. A
        # refused save is shown again as posted, the refusal as the form's error.
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except (IntegrityError, DomainError) as exc:
            if request.method != "POST" or hasattr(request, "_admin_refusal"):
                return self._refused(request, exc)
            request._admin_refusal = exc
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except (IntegrityError, DomainError) as exc:
            return self._refused(request, exc)

    def delete_view(self, request, object_id, extra_context=None):
        try:
            return super().delete_view(request, object_id, extra_context)
        except (IntegrityError, DomainError) as exc:
            return self._refused(request, exc)

    def response_action(self, request, queryset, *args, **kwargs):
        try:
            with transaction.atomic(using=router.db_for_write(self.model)):
                response = super().response_action(request, queryset, *args, **kwargs)
                self._check_deferred()
                return response
        except (IntegrityError, DomainError) as exc:
            return self._refused(request, exc)


__all__ = [
    "ESTIMATED_COUNT_THRESHOLD",
    "TIMESTAMPS",
    "BaseModelAdmin",
    "EstimatedCountPaginator",
    "IndexedValuesFieldListFilter",
    "planner_row_estimate",
    "refusal_message",
    "run_service",
    "service_action",
]
