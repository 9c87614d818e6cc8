"""The admin base every app's ModelAdmins derive from.

What they share: timestamps read-only, 50 rows a page, no full-table COUNT on the
changelist (principle 6), an optional "never deleted here" switch, and a database
refusal (a CHECK or UNIQUE the form could not see, a trigger, a domain rule a service
raises) shown to staff as an error message on the same page instead of a 500.
"""

from django.contrib import admin, messages
from django.contrib.admin import widgets
from django.core.exceptions import ValidationError
from django.db import IntegrityError, router, transaction
from django.http import HttpResponseRedirect

from core.errors import DomainError

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


class BaseModelAdmin(admin.ModelAdmin):
    """Shared defaults for every ModelAdmin of every app."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        return _safe_autocomplete(super().formfield_for_foreignkey(db_field, request, **kwargs))

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        return _safe_autocomplete(super().formfield_for_manytomany(db_field, request, **kwargs))

    deletable = True  # False: staff never delete these rows here (audit, money, retention)
    list_per_page = 50
    show_full_result_count = False

    def get_readonly_fields(self, request, obj=None):
        own = [f.name for f in self.model._meta.fields if f.name in TIMESTAMPS]
        return [*own, *[f for f in super().get_readonly_fields(request, obj) if f not in own]]

    def has_delete_permission(self, request, obj=None):
        return self.deletable and super().has_delete_permission(request, obj)

    def _refused(self, request, exc):
        self.message_user(
            request,
            f"The database refused this change: {refusal_message(self.model, exc)}",
            messages.ERROR,
        )
        return HttpResponseRedirect(request.get_full_path())

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # ModelAdmin runs the save in a transaction, rolled back before we get here
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
                return super().response_action(request, queryset, *args, **kwargs)
        except (IntegrityError, DomainError) as exc:
            return self._refused(request, exc)


__all__ = ["TIMESTAMPS", "BaseModelAdmin", "refusal_message"]
