import copy

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models
from rest_framework import serializers

from accounts.models import ApiKey, User, UserPreferences, UserProfile
from core.api.serializers import ModelSerializer
from core.products import PRODUCTS


class UserProfileSerializer(ModelSerializer):
    class Meta:
        model = UserProfile
        fields = (
            "display_name",
            "bio",
            "avatar_url",
            "country",
            "date_of_birth",
            "risk_tolerance",
            "investment_experience",
            "kyc_status",
            "updated_at",
        )
        read_only_fields = ("kyc_status", "updated_at")


class UserPreferencesSerializer(ModelSerializer):
    class Meta:
        model = UserPreferences
        fields = (
            "currency",
            "language",
            "timezone",
            "theme",
            "email_notifications",
            "push_notifications",
            "marketing_opt_in",
            "settings",
            "updated_at",
        )
        read_only_fields = ("updated_at",)


class UserSerializer(ModelSerializer):
    """The caller. A new ``email`` (the login) needs ``current_password`` and is not
    applied here: a confirmation goes to the new address (accounts/email_change.py), and
    the answer is the same whether the address is free or another account's."""

    current_password = serializers.CharField(
        write_only=True,
        required=False,
        allow_blank=True,
        trim_whitespace=False,
        style={"input_type": "password"},
        help_text="Required with a new email. The change waits for the confirmation "
        "token mailed to the new address (POST accounts/me/email/).",
    )
    new_email = None  # set by validate(): the change to confirm

    class Meta:
        model = User
        fields = (
            "id",
            "email",
            "first_name",
            "last_name",
            "clerk_id",
            "wallet_address",
            "status",
            "is_staff",
            "created_at",
            "updated_at",
            "current_password",
        )
        read_only_fields = ("id", "clerk_id", "status", "is_staff", "created_at", "updated_at")

    def validate(self, attrs):
        email = attrs.pop("email", None)
        password = attrs.pop("current_password", None)
        attrs = super().validate(attrs)
        user = self.instance
        if email is None or user is None or email == user.email:
            return attrs
        if not password or not user.check_password(password):
            raise serializers.ValidationError(
                {"current_password": ["Your current password is required to change the email."]}
            )
        # the address's own rules (format, email or Clerk), never its uniqueness: that
        # would tell the caller whether another account has it
        candidate = copy.copy(user)
        candidate.email = email
        messages = []
        for constraint in type(user)._meta.constraints:
            if (
                isinstance(constraint, models.CheckConstraint)
                and "email" in constraint.condition.referenced_base_fields
            ):
                try:
                    constraint.validate(type(user), candidate)
                except DjangoValidationError as exc:
                    messages += exc.messages
        if messages:
            raise serializers.ValidationError({"email": messages})
        self.new_email = email
        return attrs


class EmailChangeConfirmSerializer(serializers.Serializer):
    token = serializers.CharField(help_text="The token mailed to the new address.")


class ApiKeySerializer(ModelSerializer):
    products = serializers.ListField(
        child=serializers.ChoiceField(choices=PRODUCTS),
        required=False,
        help_text="Narrow the key to these products; empty or absent: all of yours.",
    )

    class Meta:
        model = ApiKey
        fields = (
            "id",
            "name",
            "prefix",
            "products",
            "read_only",
            "created_at",
            "last_used_at",
            "expires_at",
            "revoked_at",
        )
        read_only_fields = ("id", "prefix", "created_at", "last_used_at", "revoked_at")

    def validate_products(self, products):
        return sorted(set(products))

    def validate(self, attrs):
        """A request made with a narrowed key cannot mint a broader key."""
        attrs = super().validate(attrs)
        request = self.context.get("request")
        caller_key = getattr(request, "auth", None) if request else None
        narrowed_to = getattr(caller_key, "products", None)
        if narrowed_to:
            products = attrs.get("products") or []
            if not products or not set(products) <= set(narrowed_to):
                raise serializers.ValidationError(
                    {
                        "products": f"This key is narrowed to {', '.join(narrowed_to)}; "
                        "a key it creates must be narrowed within them."
                    }
                )
        return attrs


class ApiKeyCreatedSerializer(ApiKeySerializer):
    """Returned once, on creation: the only time the full key is shown."""

    key = serializers.CharField(read_only=True)

    class Meta(ApiKeySerializer.Meta):
        fields = ApiKeySerializer.Meta.fields + ("key",)
