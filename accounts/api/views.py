from drf_spectacular.utils import extend_schema
from rest_framework import generics, mixins, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from accounts.api.serializers import (
    ApiKeyCreatedSerializer,
    ApiKeySerializer,
    EmailChangeConfirmSerializer,
    UserPreferencesSerializer,
    UserProfileSerializer,
    UserSerializer,
)
from accounts.email_change import email_change_confirm, email_change_request
from accounts.models import ApiKey, UserPreferences, UserProfile
from core.api.scopes import Owner, Self
from core.api.viewsets import ScopedMixin, ScopedViewSet


class MeView(ScopedMixin, generics.RetrieveUpdateAPIView):
    """The authenticated user."""

    scope = Self()
    serializer_class = UserSerializer

    def get_object(self):
        return self.request.user

    def perform_update(self, serializer):
        super().perform_update(serializer)
        if serializer.new_email is not None:
            email_change_request(user=serializer.instance, new_email=serializer.new_email)


class MeEmailConfirmView(ScopedMixin, generics.GenericAPIView):
    """Apply a login-email change with the token mailed to the new address."""

    scope = Self()
    serializer_class = EmailChangeConfirmSerializer

    @extend_schema(request=EmailChangeConfirmSerializer, responses={200: UserSerializer})
    def post(self, request):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        if not email_change_confirm(user=request.user, token=serializer.validated_data["token"]):
            raise ValidationError({"token": ["This token is invalid or has expired."]})
        return Response(UserSerializer(request.user).data)


class MeProfileView(ScopedMixin, generics.RetrieveUpdateAPIView):
    scope = Self()
    serializer_class = UserProfileSerializer

    def get_object(self):
        return UserProfile.objects.get_or_create(user=self.request.user)[0]


class MePreferencesView(ScopedMixin, generics.RetrieveUpdateAPIView):
    scope = Self()
    serializer_class = UserPreferencesSerializer

    def get_object(self):
        return UserPreferences.objects.get_or_create(user=self.request.user)[0]


class ApiKeyViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    ScopedViewSet,
):
    """The caller's API keys. Create shows the full key once; delete revokes.
    A key narrowed to products can only create keys narrowed within them."""

    scope = Owner("user")
    product = None  # the caller's own account: no product needed
    queryset = ApiKey.objects.all()
    serializer_class = ApiKeySerializer
    ordering_fields = ("created_at", "last_used_at")

    @extend_schema(responses={201: ApiKeyCreatedSerializer})
    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        api_key, key = ApiKey.issue(user=request.user, **serializer.validated_data)
        api_key.key = key
        return Response(ApiKeyCreatedSerializer(api_key).data, status=status.HTTP_201_CREATED)

    def perform_destroy(self, instance):
        instance.revoke()
