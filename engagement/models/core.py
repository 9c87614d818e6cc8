"""Core tables of seed 002: authors, posts, decisions, replies."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models.functions import Now

from core.db import constraints as rules
from core.models import choice_field
from engagement import finality
from engagement import validation as v
from engagement.choices import (
    ApprovalStatus,
    Archetype,
    OperationalMode,
    Platform,
    PowerTier,
    ReplyType,
)
from engagement.models.base import CreatedModel, TimestampedUUIDModel

Q = models.Q


def platform_field(**kwargs):
    return models.CharField(max_length=16, choices=Platform, **kwargs)


def mode_field(**kwargs):
    return models.CharField(max_length=16, choices=OperationalMode, **kwargs)


def archetype_field(**kwargs):
    return models.CharField(max_length=32, choices=Archetype, **kwargs)


def score_field(**kwargs):
    return models.FloatField(validators=v.SCORE_VALIDATORS, **kwargs)


def reviewer_field(related_name: str):
    """The staff member who reviewed a row; NO ACTION: the reviewer's user row stays."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        null=True,
        blank=True,
        related_name=related_name,
    )


def counter_field(help_text=""):
    return models.IntegerField(
        default=0, db_default=0, validators=[v.non_negative], help_text=help_text
    )


class Author(TimestampedUUIDModel):
    """A social account the bot has seen: the permanent relationship memory."""

    platform = platform_field()
    platform_id = models.CharField(max_length=100, help_text="The account id on its platform.")
    handle = models.CharField(max_length=50, validators=[v.validate_handle])
    display_name = models.CharField(max_length=200, null=True, blank=True)
    follower_count = counter_field()
    is_verified = models.BooleanField(default=False, db_default=False)
    is_power_user = models.BooleanField(default=False, db_default=False)
    power_tier = models.CharField(max_length=8, choices=PowerTier, null=True, blank=True)
    archetype_tags = ArrayField(
        models.CharField(max_length=32, choices=Archetype),
        default=list,
        db_default=[],
        blank=True,
        help_text="Reply archetypes that worked with this author.",
    )
    relationship_score = score_field(default=0.5, db_default=0.5)
    interaction_history = models.JSONField(default=list, db_default=[], blank=True)
    first_seen_at = models.DateTimeField(db_default=Now())
    last_seen_at = models.DateTimeField(db_default=Now())

    class Meta:
        ordering = ["platform", "handle"]
        constraints = [
            models.UniqueConstraint(
                fields=["platform", "platform_id"],
                name="%(app_label)s_%(class)s_platform_id_unique",
            ),
            rules.valid_choice("platform", Platform),
            rules.valid_choice("power_tier", PowerTier),
            rules.check(
                "archetype_tags_valid",
                Q(archetype_tags__contained_by=Archetype.values),
                "Every archetype tag must be a known archetype.",
            ),
            rules.matches("handle", r"^[a-zA-Z0-9_]{1,50}$"),
            rules.not_blank("platform_id"),
            rules.non_negative("follower_count"),
            rules.unit_range("relationship_score"),
            rules.check(
                "seen_order",
                Q(last_seen_at__gte=models.F("first_seen_at")),
                "last_seen_at cannot be before first_seen_at.",
            ),
            rules.check(
                "power_tier_needs_power_user",
                Q(power_tier__isnull=True) | Q(is_power_user=True),
                "Only a power user has a power tier.",
            ),
        ]
        indexes = [
            models.Index(fields=["is_power_user"], name="eng_author_power_user_idx"),
            models.Index(fields=["platform", "handle"], name="eng_author_platform_handle_idx"),
            models.Index(fields=["handle"], name="eng_author_handle_idx"),
            GinIndex(fields=["archetype_tags"], name="eng_author_archetypes_gin"),
        ]

    def __str__(self):
        return f"@{self.handle} ({self.get_platform_display()})"


class Post(TimestampedUUIDModel):
    """A post detected by the keyword monitors (kept 90 days, then archived)."""

    platform = platform_field()
    platform_post_id = models.CharField(max_length=100, validators=[v.validate_post_id])
    author = models.ForeignKey(
        Author,
        on_delete=models.DO_NOTHING,  # NO ACTION in PostgreSQL: an author with posts stays
        related_name="posts",
    )
    content = models.TextField(validators=[v.post_content_min, v.post_content_max])
    detected_at = models.DateTimeField(db_default=Now())
    processed_at = models.DateTimeField(null=True, blank=True)
    keyword_matches = ArrayField(
        models.CharField(max_length=100),
        validators=[v.keyword_matches_min, v.keyword_matches_max],
    )
    keyword_categories = ArrayField(
        models.CharField(max_length=50), default=list, db_default=[], blank=True
    )
    spam_filtered = models.BooleanField(default=False, db_default=False)
    raw_metrics = models.JSONField(default=dict, db_default={}, blank=True)
    error_count = counter_field("Processing failures; bumped atomically by workers.")
    error_message = models.TextField(null=True, blank=True)

    class Meta:
        ordering = ["-detected_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["platform", "platform_post_id"],
                name="%(app_label)s_%(class)s_platform_post_id_unique",
            ),
            rules.valid_choice("platform", Platform),
            rules.matches("platform_post_id", r"^[a-zA-Z0-9_-]{1,100}$"),
            rules.length_range("content", 1, 5000),
            rules.check(
                "keyword_matches_count",
                Q(keyword_matches__len__range=(1, 50)),
                "A post has 1 to 50 keyword matches.",
            ),
            rules.non_negative("error_count"),
        ]
        indexes = [
            models.Index(fields=["processed_at"], name="eng_post_processed_idx"),
            models.Index(fields=["platform", "detected_at"], name="eng_post_platform_detected_idx"),
            models.Index(fields=["detected_at", "id"], name="eng_post_detected_idx"),
            GinIndex(fields=["keyword_matches"], name="eng_post_keywords_gin"),
            GinIndex(fields=["keyword_categories"], name="eng_post_kw_categories_gin"),
        ]

    def __str__(self):
        return f"{self.get_platform_display()} post {self.platform_post_id}"


class Decision(CreatedModel):
    """The scoring engine's verdict on one post (kept 90 days, archived with posts)."""

    post = models.ForeignKey(Post, on_delete=models.DB_CASCADE, related_name="decisions")
    sss_score = score_field(help_text="Solution-seeking score.")
    ars_score = score_field(help_text="Audience relevance score.")
    evs_score = score_field(help_text="Engagement value score.")
    trs_score = score_field(help_text="Topic relevance / risk score.")
    composite_score = score_field()
    mode = mode_field()
    archetype = archetype_field(null=True, blank=True)
    safety_flags = ArrayField(
        models.CharField(max_length=50), default=list, db_default=[], blank=True
    )
    signals_json = models.JSONField(default=dict, db_default={}, blank=True)
    temporal_context = models.JSONField(default=dict, db_default={}, blank=True)
    competitor_detected = models.BooleanField(default=False, db_default=False)
    is_power_user = models.BooleanField(default=False, db_default=False)
    experiment = models.ForeignKey(
        "engagement.Experiment",
        on_delete=models.DO_NOTHING,  # NO ACTION: an experiment with decisions stays
        null=True,
        blank=True,
        related_name="decisions",
    )
    experiment_variant = models.CharField(
        max_length=1, choices=[("A", "Variant A"), ("B", "Variant B")], null=True, blank=True
    )
    is_randomized_experiment = models.BooleanField(default=False, db_default=False)
    predicted_mode = mode_field(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            rules.valid_choice("mode", OperationalMode),
            rules.valid_choice("predicted_mode", OperationalMode),
            rules.valid_choice("archetype", Archetype),
            rules.check(
                "experiment_variant_valid",
                Q(experiment_variant__in=["A", "B"]),
                "The experiment variant is A or B.",
            ),
            *rules.each(
                rules.unit_range,
                "sss_score",
                "ars_score",
                "evs_score",
                "trs_score",
                "composite_score",
            ),
            rules.check(
                "variant_needs_experiment",
                Q(experiment_variant__isnull=True) | Q(experiment__isnull=False),
                "An experiment variant needs an experiment.",
            ),
            rules.check(
                "randomized_needs_prediction",
                Q(is_randomized_experiment=False) | Q(predicted_mode__isnull=False),
                "A randomized decision needs a predicted mode.",
            ),
        ]
        indexes = [
            models.Index(fields=["created_at"], name="eng_decision_created_idx"),
            models.Index(fields=["experiment_variant"], name="eng_decision_variant_idx"),
            models.Index(fields=["is_randomized_experiment"], name="eng_decision_randomized_idx"),
            models.Index(fields=["mode"], name="eng_decision_mode_idx"),
            models.Index(fields=["composite_score"], name="eng_decision_composite_idx"),
            models.Index(fields=["archetype"], name="eng_decision_archetype_idx"),
            GinIndex(fields=["safety_flags"], name="eng_decision_safety_gin"),
        ]

    def __str__(self):
        return f"{self.get_mode_display()} decision, score {self.composite_score:.2f}"


class ReplyQuerySet(models.QuerySet):
    def alive(self):
        return self.filter(deleted_at__isnull=True)

    def waiting_review(self):
        return self.filter(Reply.WAITING_REVIEW)


class Reply(TimestampedUUIDModel):
    """A reply the bot drafted: kept forever (soft-deleted only), the permanent audit trail."""

    #: A reply staff still have to decide on (the review queue, the dashboard).
    WAITING_REVIEW = Q(approval_status=ApprovalStatus.PENDING, deleted_at__isnull=True)

    #: Set only by the review services (approve, reject, posted, help, soft delete).
    REVIEW_FIELDS = (
        "approval_status",
        "approved_by",
        "approved_at",
        "rejected_by",
        "rejected_at",
        "rejection_reason",
        "posted_at",
        "platform_post_id",
        "help_count",
        "deleted_at",
        "delete_reason",
        "answered_snapshot",
    )

    decision = models.ForeignKey(
        Decision,
        on_delete=models.DB_SET_NULL,  # decisions expire after 90 days; answered_snapshot stays
        null=True,
        blank=True,
        related_name="replies",
    )
    content = models.TextField(
        validators=[
            v.reply_content_min,
            v.reply_content_max,
            v.validate_reply_signature,
            v.validate_no_prohibited_claims,
        ]
    )
    archetype = archetype_field()
    platform = platform_field()
    platform_post_id = models.CharField(
        max_length=100,
        null=True,
        blank=True,
        validators=[v.validate_post_id],
        help_text="The reply's own id on the platform, once posted.",
    )
    utm_code = models.CharField(max_length=64, validators=[v.validate_utm_code])
    help_count = counter_field("'This helped' reactions; bumped atomically.")
    approval_status = choice_field(ApprovalStatus, ApprovalStatus.PENDING, max_length=16)
    approved_by = reviewer_field("engagement_replies_approved")
    approved_at = models.DateTimeField(null=True, blank=True)
    rejected_by = reviewer_field("engagement_replies_rejected")
    rejected_at = models.DateTimeField(null=True, blank=True)
    rejection_reason = models.TextField(null=True, blank=True)
    posted_at = models.DateTimeField(null=True, blank=True)
    metrics_json = models.JSONField(default=dict, db_default={}, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    delete_reason = models.TextField(null=True, blank=True)
    reply_type = choice_field(ReplyType, ReplyType.STANDARD, max_length=16)
    answered_snapshot = models.JSONField(
        null=True,
        blank=True,
        editable=False,
        help_text="What the reply answered (post, author, decision), kept when retention "
        "archives the decision and its post.",
    )

    objects = ReplyQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "replies"
        constraints = [
            rules.valid_choice("archetype", Archetype),
            rules.valid_choice("platform", Platform),
            rules.valid_choice("approval_status", ApprovalStatus),
            rules.valid_choice("reply_type", ReplyType),
            rules.length_range("content", 10, 1000),
            # seed 002's editorial rules, the validators' rule (engagement/validation.py);
            # the signature is the setting's at migration time: changing it is a migration
            rules.check(
                "content_signed",
                Q(content__contains=settings.ENGAGEMENT_REPLY_SIGNATURE),
                v.SIGNATURE_MESSAGE % {"signature": settings.ENGAGEMENT_REPLY_SIGNATURE},
            ),
            rules.check(
                "content_no_prohibited_claims",
                ~Q(content__iregex=v.PROHIBITED_CLAIMS_SQL_REGEX),
                v.PROHIBITED_CLAIMS_MESSAGE,
            ),
            rules.matches("platform_post_id", r"^[a-zA-Z0-9_-]{1,100}$"),
            rules.matches("utm_code", r"^[a-z0-9_-]{1,64}$"),
            rules.non_negative("help_count"),
            rules.check(
                "approved_has_approver",
                ~Q(approval_status=ApprovalStatus.APPROVED)
                | Q(approved_by__isnull=False, approved_at__isnull=False),
                "An approved reply needs approved_by and approved_at.",
            ),
            rules.check(
                "rejected_has_reviewer",
                ~Q(approval_status=ApprovalStatus.REJECTED)
                | Q(rejected_by__isnull=False, rejected_at__isnull=False),
                "A rejected reply needs rejected_by and rejected_at.",
            ),
            rules.check(
                "posted_needs_approval",
                Q(posted_at__isnull=True) | Q(approval_status=ApprovalStatus.APPROVED),
                "Only an approved reply can be posted.",
            ),
            rules.check(
                "deleted_has_reason",
                Q(deleted_at__isnull=True)
                | (Q(delete_reason__isnull=False) & ~Q(delete_reason="")),
                "A deleted reply needs a delete reason.",
            ),
            rules.check(
                "decision_or_snapshot",
                Q(decision__isnull=False) | Q(answered_snapshot__isnull=False),
                "A reply needs its decision or an answered snapshot.",
            ),
        ]
        indexes = [
            models.Index(fields=["posted_at"], name="eng_reply_posted_idx"),
            models.Index(fields=["approval_status"], name="eng_reply_approval_idx"),
            models.Index(fields=["platform", "posted_at"], name="eng_reply_platform_posted_idx"),
            # the admin's exact search by the platform's id of a posted reply (issue 14)
            models.Index(fields=["platform_post_id"], name="eng_reply_platform_post_id_idx"),
            models.Index(
                fields=["approval_status", "created_at"],
                condition=Q(deleted_at__isnull=True),
                name="eng_reply_queue_idx",
            ),
            models.Index(fields=["created_at", "id"], name="eng_reply_created_idx"),
            models.Index(fields=["utm_code"], name="eng_reply_utm_idx"),
            models.Index(fields=["archetype"], name="eng_reply_archetype_idx"),
            models.Index(fields=["reply_type"], name="eng_reply_type_idx"),
        ]
        triggers = [
            finality.final_unless_corrected(
                name="reply_decided_content_final",
                constraint="engagement_reply_decided_content_final",
                entity_type="reply",
                condition="(OLD.approval_status = 'APPROVED' OR OLD.posted_at IS NOT NULL) "
                "AND NEW.content IS DISTINCT FROM OLD.content",
                what="an approved or posted reply's content cannot change",
            ),
            finality.never_deleted(
                name="reply_never_deleted",
                constraint="engagement_reply_never_deleted",
                what="replies are a permanent audit trail, soft delete with deleted_at",
            ),
        ]

    def __str__(self):
        return f"{self.get_archetype_display()} reply {self.utm_code}"

    @property
    def content_is_final(self) -> bool:
        """Approved or posted: the content no longer changes (trigger
        reply_decided_content_final; the service and the admin read this)."""
        return self.approval_status == ApprovalStatus.APPROVED or self.posted_at is not None
