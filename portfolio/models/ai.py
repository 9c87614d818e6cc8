"""AI Features (seed 004 group 5): AIExpert, AITip, UserAIInteraction."""

from django.db import models
from django.db.models.functions import Now

from core.db.constraints import (
    check,
    implies,
    in_range,
    matches,
    not_blank,
    percentage,
    valid_choice,
)
from core.models import TimeStampedModel, choice_field
from portfolio.choices import ExpertSpecialty, InteractionType, RiskLevel, TipCategory
from portfolio.models.base import (
    ASSET_SYMBOL_REGEX,
    SLUG_REGEX,
    percent,
    user_fk,
)


class AIExpert(TimeStampedModel):
    """An AI persona users ask questions and receive tips from."""

    slug = models.SlugField(max_length=100)
    name = models.CharField(max_length=100)
    specialty = choice_field(ExpertSpecialty, max_length=16)
    bio = models.TextField(blank=True, default="", db_default="")
    avatar_url = models.URLField(max_length=500, blank=True, default="", db_default="")
    risk_profile = choice_field(RiskLevel, default=RiskLevel.MEDIUM, max_length=16)
    model_name = models.CharField(max_length=100, help_text="The LLM behind the persona.")
    system_prompt = models.TextField(blank=True, default="", db_default="")
    accuracy_percent = percent(null=True, blank=True, help_text="Share of tips that played out.")
    is_active = models.BooleanField(default=True, db_default=True)

    class Meta:
        verbose_name = "AI expert"
        ordering = ["name", "id"]
        constraints = [
            matches("slug", SLUG_REGEX, nullable=True),
            not_blank("name"),
            not_blank("model_name"),
            valid_choice("specialty", ExpertSpecialty),
            valid_choice("risk_profile", RiskLevel),
            percentage("accuracy_percent"),
            models.UniqueConstraint(fields=["slug"], name="portfolio_aiexpert_slug_unique"),
        ]
        indexes = [
            models.Index(fields=["is_active", "specialty"], name="aiexpert_active_spec_idx"),
            models.Index(fields=["specialty"], name="aiexpert_specialty_idx"),
        ]

    def __str__(self):
        return self.name


class AITip(TimeStampedModel):
    """A tip an expert publishes, optionally about a basket or an asset."""

    expert = models.ForeignKey(AIExpert, on_delete=models.DB_CASCADE, related_name="tips")
    title = models.CharField(max_length=200)
    content = models.TextField()
    category = choice_field(TipCategory, max_length=16)
    risk_level = choice_field(RiskLevel, default=RiskLevel.MEDIUM, max_length=16)
    basket = models.ForeignKey(
        "portfolio.Basket",
        on_delete=models.DB_SET_NULL,
        null=True,
        blank=True,
        related_name="tips",
    )
    asset_symbol = models.CharField(max_length=20, blank=True, default="", db_default="")
    confidence_percent = percent(null=True, blank=True)
    is_published = models.BooleanField(default=False, db_default=False)
    published_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "AI tip"
        ordering = ["-published_at", "-id"]
        constraints = [
            not_blank("title"),
            not_blank("content"),
            valid_choice("category", TipCategory),
            valid_choice("risk_level", RiskLevel),
            matches("asset_symbol", ASSET_SYMBOL_REGEX, nullable=True, blank_ok=True),
            percentage("confidence_percent"),
            implies(
                "published_has_date",
                models.Q(is_published=True),
                models.Q(published_at__isnull=False),
                "A published tip needs its publication date.",
            ),
            check(
                "expires_after_publish",
                models.Q(expires_at__isnull=True)
                | models.Q(published_at__isnull=True)
                | models.Q(expires_at__gt=models.F("published_at")),
                "A tip expires after it is published.",
            ),
        ]
        indexes = [
            models.Index(fields=["expert", "-published_at"], name="aitip_expert_pub_idx"),
            models.Index(fields=["is_published", "category"], name="aitip_pub_category_idx"),
            models.Index(fields=["category"], name="aitip_category_idx"),
        ]

    def __str__(self):
        return self.title


class UserAIInteraction(models.Model):
    """A question to an expert or a reaction to a tip (append-only log)."""

    user = user_fk("ai_interactions")
    expert = models.ForeignKey(
        AIExpert,
        on_delete=models.DO_NOTHING,  # restrict: NO ACTION foreign key
        related_name="interactions",
    )
    tip = models.ForeignKey(
        AITip, on_delete=models.DB_SET_NULL, null=True, blank=True, related_name="interactions"
    )
    interaction_type = choice_field(InteractionType, max_length=16)
    prompt = models.TextField(blank=True, default="", db_default="")
    response = models.TextField(blank=True, default="", db_default="")
    rating = models.PositiveSmallIntegerField(null=True, blank=True, help_text="1..5 stars.")
    tokens_used = models.PositiveIntegerField(default=0, db_default=0)
    metadata = models.JSONField(default=dict, db_default={}, blank=True)
    created_at = models.DateTimeField(db_default=Now(), editable=False)

    class Meta:
        verbose_name = "user AI interaction"
        ordering = ["-created_at", "-id"]
        constraints = [
            valid_choice("interaction_type", InteractionType),
            in_range("rating", 1, 5),
            implies(
                "question_has_prompt",
                models.Q(interaction_type=InteractionType.QUESTION),
                ~models.Q(prompt=""),
                "A question needs its prompt.",
            ),
        ]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="aiint_user_created_idx"),
            models.Index(fields=["interaction_type"], name="aiint_type_idx"),
        ]

    def __str__(self):
        return f"{self.user} – {self.interaction_type}"
