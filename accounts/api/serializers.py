from rest_framework import serializers

from accounts.models import ApiKey, User, UserPreferences, UserProfile
from core.api.serializers import ModelSerializer


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
        )
        read_only_fields = ("id", "clerk_id", "status", "is_staff", "created_at", "updated_at")


class ApiKeySerializer(ModelSerializer):
    class Meta:
        model = ApiKey
        fields = ("id", "name", "prefix", "created_at", "last_used_at", "expires_at", "revoked_at")
        read_only_fields = ("id", "prefix", "created_at", "last_used_at", "revoked_at")


class ApiKeyCreatedSerializer(ApiKeySerializer):
    """Returned once, on creation: the only time the full key is shown."""

    key = serializers.CharField(read_only=True)

    class Meta(ApiKeySerializer.Meta):
        fields = ApiKeySerializer.Meta.fields + ("key",)
