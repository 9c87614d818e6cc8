"""Competitive intelligence and community advocacy tables of seed 002."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models.functions import Lower

from core.db import constraints as rules
from core.models import choice_field
from engagement.choices import (
    AdvocateStatus,
    ChampionTier,
    CompetitorCategory,
    DmResponseStatus,
    PricePoint,
    Sentiment,
    UserSatisfaction,
)
from engagement.models.base import CreatedModel, TimestampedUUIDModel
from engagement.models.core import Author, Post, counter_field, score_field

Q = models.Q


class Competitor(TimestampedUUIDModel):
    name = models.CharField(max_length=100)
    category = models.CharField(max_length=16, choices=CompetitorCategory)
    primary_mechanism = models.CharField(max_length=200, blank=True, default="", db_default="")
    price_point = models.CharField(max_length=8, choices=PricePoint)
    brand_keywords = ArrayField(
        models.CharField(max_length=100), default=list, db_default=[], blank=True
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="%(app_label)s_%(class)s_name_unique"),
            rules.valid_choice("category", CompetitorCategory),
            rules.valid_choice("price_point", PricePoint),
            rules.not_blank("name"),
        ]
        indexes = [
            models.Index(fields=["category"], name="eng_competitor_category_idx"),
            GinIndex(fields=["brand_keywords"], name="eng_competitor_keywords_gin"),
        ]

    def __str__(self):
        return self.name


class CompetitiveMention(CreatedModel):
    """A competitor named in a post; archived together with its post."""

    post = models.ForeignKey(Post, on_delete=models.DB_CASCADE, related_name="competitive_mentions")
    competitor = models.ForeignKey(
        Competitor,
        on_delete=models.DO_NOTHING,
        related_name="mentions",  # NO ACTION: kept
    )
    sentiment = models.CharField(max_length=8, choices=Sentiment)
    satisfaction = choice_field(UserSatisfaction, UserSatisfaction.UNKNOWN, max_length=12)
    opportunity_score = score_field()
    replied = models.BooleanField(default=False, db_default=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "competitor"], name="%(app_label)s_%(class)s_post_competitor_unique"
            ),
            rules.valid_choice("sentiment", Sentiment),
            rules.valid_choice("satisfaction", UserSatisfaction),
            rules.unit_range("opportunity_score"),
        ]
        indexes = [
            models.Index(fields=["competitor", "-created_at"], name="eng_mention_competitor_idx"),
            models.Index(fields=["opportunity_score"], name="eng_mention_opportunity_idx"),
        ]

    def __str__(self):
        return f"{self.competitor_id} in {self.post_id}"


class CommunityChampion(TimestampedUUIDModel):
    """An author the team is cultivating as an advocate (one row per author)."""

    author = models.ForeignKey(Author, on_delete=models.DB_CASCADE, related_name="champions")
    tier = models.CharField(max_length=8, choices=ChampionTier)
    engagement_count = counter_field("Interactions with the author; bumped atomically.")
    dm_sent_at = models.DateTimeField(null=True, blank=True)
    dm_response = models.CharField(max_length=12, choices=DmResponseStatus, null=True, blank=True)
    sample_sent = models.BooleanField(default=False, db_default=False)
    converted = models.BooleanField(default=False, db_default=False)
    advocate_status = choice_field(AdvocateStatus, AdvocateStatus.PROSPECT, max_length=10)

    class Meta:
        ordering = ["-engagement_count", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["author"], name="%(app_label)s_%(class)s_author_unique"
            ),
            rules.valid_choice("tier", ChampionTier),
            rules.valid_choice("dm_response", DmResponseStatus),
            rules.valid_choice("advocate_status", AdvocateStatus),
            rules.non_negative("engagement_count"),
            rules.check(
                "dm_response_needs_dm",
                Q(dm_response__isnull=True) | Q(dm_sent_at__isnull=False),
                "A DM response needs dm_sent_at.",
            ),
        ]
        indexes = [
            models.Index(fields=["tier"], name="eng_champion_tier_idx"),
            models.Index(fields=["advocate_status"], name="eng_champion_status_idx"),
        ]

    def __str__(self):
        return f"{self.get_tier_display()} champion {self.author_id}"
