from django.urls import path
from rest_framework.routers import SimpleRouter

from accounts.api.views import (
    ApiKeyViewSet,
    MeEmailConfirmView,
    MePreferencesView,
    MeProfileView,
    MeView,
)

router = SimpleRouter()
router.register("accounts/api-keys", ApiKeyViewSet, basename="accounts-apikey")

urlpatterns = [
    path("accounts/me/", MeView.as_view(), name="accounts-me"),
    path("accounts/me/email/", MeEmailConfirmView.as_view(), name="accounts-me-email"),
    path("accounts/me/profile/", MeProfileView.as_view(), name="accounts-me-profile"),
    path("accounts/me/preferences/", MePreferencesView.as_view(), name="accounts-me-preferences"),
]
