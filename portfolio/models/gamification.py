"""Gamification (seed 004 group 4): levels, quests, achievements, battle passes.

Catalogue rows (Quest, Achievement, BattlePass) are PROTECTed while users reference
them (deactivate instead of deleting); the users' own rows go with the user.
"""

from django.conf import settings
from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import DateTimeRangeField, RangeOperators
from django.db import models
from django.db.models.functions import Now

from core.db.constraints import (
    check,
    implies,
    matches,
    non_negative,
    not_blank,
    positive,
    valid_choice,
)
from core.models import TimeStampedModel, choice_field
from portfolio.choices import (
    AchievementCategory,
    AchievementTier,
    QuestCategory,
    QuestFrequency,
    QuestStatus,
)
from portfolio.models.base import (
    CURRENCY_REGEX,
    SLUG_REGEX,
    currency,
    money,
    user_fk,
)

PERIOD_REGEX = r"^(once|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-W[0-9]{2}|[0-9]{4}-[0-9]{2})$"


class TsTzRange(models.Func):
    function = "TSTZRANGE"
    output_field = DateTimeRangeField()


class UserLevel(TimeStampedModel):
    """A user's experience points, level and activity streak."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.DB_CASCADE, related_name="level"
    )
    level = models.PositiveIntegerField(default=1, db_default=1)
    experience_points = models.PositiveIntegerField(default=0, db_default=0)
    current_streak_days = models.PositiveIntegerField(default=0, db_default=0)
    longest_streak_days = models.PositiveIntegerField(default=0, db_default=0)
    last_activity_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-level", "-experience_points", "id"]
        constraints = [
            positive("level"),
            check(
                "longest_streak_covers_current",
                models.Q(longest_streak_days__gte=models.F("current_streak_days")),
                "The longest streak cannot be shorter than the current one.",
            ),
        ]
        indexes = [models.Index(fields=["-experience_points"], name="userlevel_xp_idx")]

    def __str__(self):
        return f"{self.user} level {self.level}"


class Quest(TimeStampedModel):
    """A task users complete for XP; repeatable per day/week/month or once."""

    slug = models.SlugField(max_length=100)
    title = models.CharField(max_length=150)
    description = models.TextField(blank=True, default="", db_default="")
    category = choice_field(QuestCategory, max_length=16)
    frequency = choice_field(QuestFrequency, default=QuestFrequency.ONE_TIME, max_length=16)
    target_count = models.PositiveIntegerField(default=1, db_default=1)
    xp_reward = models.PositiveIntegerField(default=0, db_default=0)
    is_active = models.BooleanField(default=True, db_default=True)
    starts_at = models.DateTimeField(null=True, blank=True)
    ends_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["title", "id"]
        constraints = [
            matches("slug", SLUG_REGEX, nullable=True),
            not_blank("title"),
            valid_choice("category", QuestCategory),
            valid_choice("frequency", QuestFrequency),
            positive("target_count"),
            check(
                "ends_after_start",
                models.Q(starts_at__isnull=True)
                | models.Q(ends_at__isnull=True)
                | models.Q(ends_at__gt=models.F("starts_at")),
                "A quest ends after it starts.",
            ),
            models.UniqueConstraint(fields=["slug"], name="portfolio_quest_slug_unique"),
        ]
        indexes = [
            models.Index(fields=["is_active", "category"], name="quest_active_category_idx"),
            models.Index(fields=["frequency"], name="quest_frequency_idx"),
            models.Index(fields=["category"], name="quest_category_idx"),
        ]

    def __str__(self):
        return self.title


class UserQuest(TimeStampedModel):
    """A user's progress on a quest in one period (``once``, a day, an ISO week or a month)."""

    user = user_fk("quests")
    quest = models.ForeignKey(
        Quest,
        on_delete=models.DO_NOTHING,  # restrict: NO ACTION foreign key
        related_name="user_quests",
    )
    period = models.CharField(
        max_length=10,
        default="once",
        db_default="once",
        help_text="once, YYYY-MM-DD (daily), YYYY-Www (weekly) or YYYY-MM (monthly).",
    )
    status = choice_field(QuestStatus, default=QuestStatus.IN_PROGRESS, max_length=16)
    progress = models.PositiveIntegerField(default=0, db_default=0)
    completed_at = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            matches("period", PERIOD_REGEX, nullable=True),
            valid_choice("status", QuestStatus),
            implies(
                "completed_has_date",
                models.Q(status__in=[QuestStatus.COMPLETED, QuestStatus.CLAIMED]),
                models.Q(completed_at__isnull=False),
                "A completed quest needs its completion date.",
            ),
            implies(
                "claimed_has_date",
                models.Q(status=QuestStatus.CLAIMED),
                models.Q(claimed_at__isnull=False),
                "A claimed quest needs its claim date.",
            ),
            models.UniqueConstraint(
                fields=["user", "quest", "period"],
                name="portfolio_userquest_user_quest_period_unique",
                violation_error_message="This quest is already tracked for this period.",
            ),
        ]
        indexes = [
            models.Index(fields=["user", "status"], name="userquest_user_status_idx"),
        ]

    def __str__(self):
        return f"{self.user} – {self.quest} ({self.period})"


class Achievement(TimeStampedModel):
    """A badge a user earns once."""

    slug = models.SlugField(max_length=100)
    name = models.CharField(max_length=150)
    description = models.TextField(blank=True, default="", db_default="")
    category = choice_field(AchievementCategory, max_length=16)
    tier = choice_field(AchievementTier, default=AchievementTier.BRONZE, max_length=16)
    xp_reward = models.PositiveIntegerField(default=0, db_default=0)
    icon_url = models.URLField(max_length=500, blank=True, default="", db_default="")
    is_hidden = models.BooleanField(default=False, db_default=False)
    criteria = models.JSONField(default=dict, db_default={}, blank=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            matches("slug", SLUG_REGEX, nullable=True),
            not_blank("name"),
            valid_choice("category", AchievementCategory),
            valid_choice("tier", AchievementTier),
            models.UniqueConstraint(fields=["slug"], name="portfolio_achievement_slug_unique"),
        ]
        indexes = [
            models.Index(fields=["category", "tier"], name="achievement_category_tier_idx"),
            models.Index(fields=["tier"], name="achievement_tier_idx"),
        ]

    def __str__(self):
        return self.name


class UserAchievement(models.Model):
    user = user_fk("achievements")
    achievement = models.ForeignKey(
        Achievement,
        on_delete=models.DO_NOTHING,  # restrict: NO ACTION foreign key
        related_name="user_achievements",
    )
    earned_at = models.DateTimeField(db_default=Now())
    is_showcased = models.BooleanField(default=False, db_default=False)

    class Meta:
        ordering = ["-earned_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "achievement"],
                name="portfolio_userachievement_user_achievement_unique",
                violation_error_message="This achievement is already earned.",
            ),
        ]
        indexes = [
            models.Index(fields=["user", "-earned_at"], name="userach_user_earned_idx"),
        ]

    def __str__(self):
        return f"{self.user} – {self.achievement}"


class BattlePass(TimeStampedModel):
    """A season: tiers unlocked by XP, with an optional premium track."""

    season = models.PositiveIntegerField()
    name = models.CharField(max_length=100)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    max_tier = models.PositiveIntegerField(default=50, db_default=50)
    xp_per_tier = models.PositiveIntegerField(default=1000, db_default=1000)
    premium_price = money(default=0, db_default=0, help_text="Zero: the premium track is free.")
    currency = currency()

    class Meta:
        verbose_name_plural = "battle passes"
        ordering = ["-season"]
        constraints = [
            positive("season"),
            not_blank("name"),
            positive("max_tier"),
            positive("xp_per_tier"),
            non_negative("premium_price", finite=True),
            matches("currency", CURRENCY_REGEX, nullable=True),
            check(
                "ends_after_start",
                models.Q(ends_at__gt=models.F("starts_at")),
                "A season ends after it starts.",
            ),
            models.UniqueConstraint(fields=["season"], name="portfolio_battlepass_season_unique"),
            ExclusionConstraint(
                name="portfolio_battlepass_no_overlap",
                expressions=[(TsTzRange("starts_at", "ends_at"), RangeOperators.OVERLAPS)],
                violation_error_message="Seasons cannot overlap.",
            ),
        ]

    def __str__(self):
        return f"Season {self.season}: {self.name}"


class UserBattlePass(TimeStampedModel):
    """A user's enrolment in one season (one per user and season)."""

    user = user_fk("battle_passes")
    battle_pass = models.ForeignKey(
        BattlePass,
        on_delete=models.DO_NOTHING,  # restrict: NO ACTION foreign key
        related_name="enrolments",
    )
    is_premium = models.BooleanField(default=False, db_default=False)
    purchased_at = models.DateTimeField(null=True, blank=True)
    current_tier = models.PositiveIntegerField(default=0, db_default=0)
    experience_points = models.PositiveIntegerField(default=0, db_default=0)

    class Meta:
        verbose_name_plural = "user battle passes"
        ordering = ["-created_at", "-id"]
        constraints = [
            implies(
                "premium_has_purchase",
                models.Q(is_premium=True),
                models.Q(purchased_at__isnull=False),
                "A premium pass needs its purchase date.",
            ),
            models.UniqueConstraint(
                fields=["user", "battle_pass"],
                name="portfolio_userbattlepass_user_season_unique",
                violation_error_message="Already enrolled in this season.",
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.battle_pass}"
