"""UserProfile and UserPreferences (seed 004 User Management), one per user."""

from django.conf import settings
from django.db import models

from accounts.choices import InvestmentExperience, KycStatus, RiskTolerance, Theme
from core.db import constraints as rules
from core.models import TimeStampedModel, choice_field


class UserProfile(TimeStampedModel):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.DB_CASCADE, related_name="profile"
    )
    display_name = models.CharField(max_length=100, blank=True, default="", db_default="")
    bio = models.TextField(blank=True, default="", db_default="")
    avatar_url = models.URLField(max_length=500, blank=True, default="", db_default="")
    country = models.CharField(
        max_length=2, blank=True, default="", db_default="", help_text="ISO 3166-1 alpha-2"
    )
    date_of_birth = models.DateField(null=True, blank=True)
    risk_tolerance = choice_field(RiskTolerance, RiskTolerance.MODERATE, max_length=16)
    investment_experience = choice_field(
        InvestmentExperience, InvestmentExperience.NONE, max_length=16
    )
    kyc_status = choice_field(KycStatus, KycStatus.NOT_STARTED, max_length=16)

    class Meta:
        constraints = [
            rules.valid_choice("risk_tolerance", RiskTolerance),
            rules.valid_choice(
                "investment_experience", InvestmentExperience, rule="experience_valid"
            ),
            rules.valid_choice("kyc_status", KycStatus),
            rules.check(
                "country_format",
                models.Q(country="") | models.Q(country__regex=r"^[A-Z]{2}$"),
                "Country is a two-letter ISO code in capitals.",
            ),
        ]

    def __str__(self):
        return f"Profile of {self.user}"


class UserPreferences(TimeStampedModel):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.DB_CASCADE, related_name="preferences"
    )
    currency = models.CharField(max_length=3, default="USD", db_default="USD")
    language = models.CharField(max_length=10, default="en", db_default="en")
    timezone = models.CharField(max_length=64, default="UTC", db_default="UTC")
    theme = choice_field(Theme, Theme.SYSTEM, max_length=8)
    email_notifications = models.BooleanField(default=True, db_default=True)
    push_notifications = models.BooleanField(default=True, db_default=True)
    marketing_opt_in = models.BooleanField(default=False, db_default=False)
    settings = models.JSONField(default=dict, db_default={}, blank=True)

    class Meta:
        verbose_name_plural = "user preferences"
        constraints = [
            rules.matches(
                "currency",
                r"^[A-Z]{3}$",
                message="Currency is a three-letter ISO 4217 code in capitals.",
            ),
            rules.valid_choice("theme", Theme),
            rules.matches(
                "language",
                r"^[a-z]{2}(-[A-Z]{2})?$",
                message="Language is an ISO 639-1 code, optionally with a region (en, pt-BR).",
            ),
        ]

    def __str__(self):
        return f"Preferences of {self.user}"
