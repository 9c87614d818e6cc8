from drf_spectacular.utils import extend_schema
from rest_framework import generics, mixins, status, viewsets
from rest_framework.response import Response

from accounts.api.serializers import (
    ApiKeyCreatedSerializer,
    ApiKeySerializer,
    UserPreferencesSerializer,
    UserProfileSerializer,
    UserSerializer,
)
from accounts.models import ApiKey, UserPreferences, UserProfile


class MeView(generics.RetrieveUpdateAPIView):
    """The authenticated user."""

    serializer_class = UserSerializer

    def get_object(self):
        return self.request.user


class MeProfileView(generics.RetrieveUpdateAPIView):
    serializer_class = UserProfileSerializer

    def get_object(self):
        return UserProfile.objects.get_or_create(user=self.request.user)[0]


class MePreferencesView(generics.RetrieveUpdateAPIView):
    serializer_class = UserPreferencesSerializer

    def get_object(self):
        return UserPreferences.objects.get_or_create(user=self.request.user)[0]


class ApiKeyViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """The caller's API keys. Create shows the full key once; delete revokes."""

    serializer_class = ApiKeySerializer
    ordering_fields = ("created_at", "last_used_at")

    queryset = ApiKey.objects.none()  # for the schema; rows come from get_queryset

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return ApiKey.objects.none()
        return ApiKey.objects.filter(user=self.request.user).order_by("-created_at", "-id")

    @extend_schema(responses={201: ApiKeyCreatedSerializer})
    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        api_key, key = ApiKey.issue(user=request.user, **serializer.validated_data)
        api_key.key = key
        return Response(ApiKeyCreatedSerializer(api_key).data, status=status.HTTP_201_CREATED)

    def perform_destroy(self, instance):
        instance.revoke()
