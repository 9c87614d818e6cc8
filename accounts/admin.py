from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.utils.html import format_html

from accounts.models import ApiKey, User, UserPreferences, UserProfile
from core.admin import BaseModelAdmin
from core.products import PRODUCTS


class UserCreationForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ("email", "clerk_id", "first_name", "last_name")


class UserEditForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


class UserProfileInline(admin.StackedInline):
    model = UserProfile
    can_delete = False
    extra = 0
    readonly_fields = ("created_at", "updated_at")


class UserPreferencesInline(admin.StackedInline):
    model = UserPreferences
    can_delete = False
    extra = 0
    readonly_fields = ("created_at", "updated_at")


@admin.register(User)
class UserAdmin(BaseModelAdmin, DjangoUserAdmin):
    form = UserEditForm
    add_form = UserCreationForm
    ordering = ("-created_at",)
    list_display = ("email", "clerk_id", "wallet", "status", "is_staff", "created_at")
    list_filter = ("status", "is_staff", "is_superuser", "is_active")
    search_fields = ("email", "clerk_id", "wallet_address", "first_name", "last_name")
    readonly_fields = ("created_at", "updated_at", "last_login")
    inlines = (UserProfileInline, UserPreferencesInline)

    @admin.display(description="wallet", ordering="wallet_address")
    def wallet(self, obj):
        """0x5290…6EE7: the address's ends, the whole of it on hover (fits at 1280 px)."""
        address = obj.wallet_address
        if not address:
            return "-"
        return format_html('<span title="{}">{}…{}</span>', address, address[:6], address[-4:])

    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (
            "Identity",
            {"fields": ("first_name", "last_name", "clerk_id", "wallet_address", "status")},
        ),
        (
            "Permissions",
            {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        ("Dates", {"fields": ("last_login", "created_at", "updated_at")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": (
                    "email",
                    "clerk_id",
                    "first_name",
                    "last_name",
                    "password1",
                    "password2",
                ),
            },
        ),
    )


class ApiKeyForm(forms.ModelForm):
    products = forms.MultipleChoiceField(
        choices=[(p, p) for p in PRODUCTS],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Narrows the key to these products; none ticked: all of its user's products.",
    )

    class Meta:
        model = ApiKey
        fields = ("user", "name", "products", "read_only", "expires_at", "revoked_at")


@admin.register(ApiKey)
class ApiKeyAdmin(BaseModelAdmin):
    form = ApiKeyForm
    list_display = (
        "name",
        "prefix",
        "user",
        "products",
        "read_only",
        "created_at",
        "last_used_at",
        "expires_at",
        "revoked_at",
    )
    list_filter = ("read_only", "revoked_at", "expires_at")
    list_select_related = ("user",)
    search_fields = ("name", "prefix", "user__email")
    autocomplete_fields = ("user",)
    readonly_fields = ("prefix", "created_at", "last_used_at")
    actions = ("revoke_keys",)

    def save_model(self, request, obj, form, change):
        if not change:
            key = obj.assign_new_key()
            super().save_model(request, obj, form, change)
            messages.warning(
                request,
                f"The new API key is {key} — copy it now: it is shown only this once "
                "and only its hash is stored.",
            )
            return
        super().save_model(request, obj, form, change)

    @admin.action(description="Revoke the selected API keys")
    def revoke_keys(self, request, queryset):
        from django.utils import timezone

        count = queryset.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())
        self.message_user(request, f"Revoked {count} API key(s).")


@admin.register(UserProfile)
class UserProfileAdmin(BaseModelAdmin):
    list_display = ("user", "display_name", "country", "risk_tolerance", "kyc_status")
    list_filter = ("risk_tolerance", "kyc_status", "investment_experience")
    list_select_related = ("user",)
    search_fields = ("user__email", "display_name")
    autocomplete_fields = ("user",)
    readonly_fields = ("created_at", "updated_at")


@admin.register(UserPreferences)
class UserPreferencesAdmin(BaseModelAdmin):
    list_display = ("user", "currency", "language", "timezone", "theme")
    list_filter = ("theme", "currency")
    list_select_related = ("user",)
    search_fields = ("user__email",)
    autocomplete_fields = ("user",)
    readonly_fields = ("created_at", "updated_at")
