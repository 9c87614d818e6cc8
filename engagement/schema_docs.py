"""What the schema docs generator cannot read from the database (see docs/development.md)."""

SEED_FILE = "002_8f6b5feb1cd225b4.txt"

SUMMARY = (
    "Social engagement bot (seed 002, Story 1.3): the bot's relationship memory (`Author`), "
    "the posts its keyword monitors detect (`Post`), the scoring engine's verdicts "
    "(`Decision`), the replies it drafts (`Reply`, human-approved, soft-deleted, kept forever), "
    "competitive intelligence (`Competitor`, `CompetitiveMention`), advocacy "
    "(`CommunityChampion`), daily KPIs (`KpiMetric`), human oversight (`Escalation`, the "
    "append-only `AuditLog`), A/B tests (`Experiment`) and the learning system "
    "(`WeightAdjustmentLog`, `LearningEvent`, `RandomizedExperiment`, `SegmentedWeight`). "
    "Every enum, score range, length and format rule of the seed is a PostgreSQL CHECK; "
    "a retention command archives expired posts, decisions, KPIs and audit rows."
)

# model -> {field: the seed's column (acceptance criteria 2 and 3)}
SEED_FIELDS = {
    "Author": {
        "id": "id",
        "platform": "platform",
        "platform_id": "platform_id",
        "handle": "handle",
        "display_name": "display_name",
        "follower_count": "follower_count",
        "is_verified": "is_verified",
        "is_power_user": "is_power_user",
        "power_tier": "power_tier",
        "archetype_tags": "archetype_tags",
        "relationship_score": "relationship_score",
        "interaction_history": "interaction_history",
        "first_seen_at": "first_seen_at",
        "last_seen_at": "last_seen_at",
        "created_at": "created_at",
        "updated_at": "updated_at",
    },
    "Post": {
        "id": "id",
        "platform": "platform",
        "platform_post_id": "platform_post_id",
        "author": "author_id",
        "content": "content",
        "detected_at": "detected_at",
        "processed_at": "processed_at",
        "keyword_matches": "keyword_matches",
        "keyword_categories": "keyword_categories",
        "spam_filtered": "spam_filtered",
        "raw_metrics": "raw_metrics",
        "error_count": "error_count",
        "error_message": "error_message",
        "created_at": "created_at",
        "updated_at": "updated_at",
    },
    "Decision": {
        "id": "id",
        "post": "post_id",
        "sss_score": "sss_score",
        "ars_score": "ars_score",
        "evs_score": "evs_score",
        "trs_score": "trs_score",
        "composite_score": "composite_score",
        "mode": "mode",
        "archetype": "archetype",
        "safety_flags": "safety_flags",
        "signals_json": "signals_json",
        "temporal_context": "temporal_context",
        "competitor_detected": "competitor_detected",
        "is_power_user": "is_power_user",
        "experiment": "experiment_id",
        "experiment_variant": "experiment_variant",
        "is_randomized_experiment": "is_randomized_experiment",
        "predicted_mode": "predicted_mode",
        "created_at": "created_at",
    },
    "Reply": {
        "id": "id",
        "decision": "decision_id",
        "content": "content",
        "archetype": "archetype",
        "platform": "platform",
        "platform_post_id": "platform_post_id",
        "utm_code": "utm_code",
        "help_count": "help_count",
        "approval_status": "approval_status",
        "approved_by": "approved_by",
        "approved_at": "approved_at",
        "posted_at": "posted_at",
        "metrics_json": "metrics_json",
        "deleted_at": "deleted_at",
        "delete_reason": "delete_reason",
        "reply_type": "reply_type",
        "created_at": "created_at",
        "updated_at": "updated_at",
    },
    "Competitor": {
        "id": "id",
        "name": "name",
        "category": "category",
        "primary_mechanism": "primary_mechanism",
        "price_point": "price_point",
        "brand_keywords": "brand_keywords",
        "created_at": "created_at",
        "updated_at": "updated_at",
    },
    "CompetitiveMention": {
        "id": "id",
        "post": "post_id",
        "competitor": "competitor_id",
        "sentiment": "sentiment",
        "satisfaction": "satisfaction",
        "opportunity_score": "opportunity_score",
        "replied": "replied",
        "created_at": "created_at",
    },
    "CommunityChampion": {
        "id": "id",
        "author": "author_id",
        "tier": "tier",
        "engagement_count": "engagement_count",
        "dm_sent_at": "dm_sent_at",
        "dm_response": "dm_response",
        "sample_sent": "sample_sent",
        "converted": "converted",
        "advocate_status": "advocate_status",
        "created_at": "created_at",
        "updated_at": "updated_at",
    },
    "KpiMetric": {
        "id": "id",
        "date": "date",
        "platform": "platform",
        "metric_type": "metric_type",
        "metric_name": "metric_name",
        "value": "value",
        "created_at": "created_at",
    },
    "Escalation": {
        "id": "id",
        "post": "post_id",
        "decision": "decision_id",
        "reply": "reply_id",
        "reason": "reason",
        "priority": "priority",
        "status": "status",
        "assigned_to": "assigned_to",
        "resolved_by": "resolved_by",
        "resolution_notes": "resolution_notes",
        "created_at": "created_at",
        "resolved_at": "resolved_at",
    },
    "AuditLog": {
        "id": "id",
        "entity_type": "entity_type",
        "entity_id": "entity_id",
        "action": "action",
        "actor": "actor",
        "details_json": "details_json",
        "created_at": "created_at",
    },
    "Experiment": {
        "id": "id",
        "name": "name",
        "description": "description",
        "variant_a": "variant_a",
        "variant_b": "variant_b",
        "metric": "metric",
        "traffic_split": "traffic_split",
        "status": "status",
        "start_date": "start_date",
        "end_date": "end_date",
        "results_json": "results_json",
        "winner": "winner",
        "created_at": "created_at",
        "updated_at": "updated_at",
    },
    "WeightAdjustmentLog": {
        "id": "id",
        "date": "date",
        "action": "action",
        "reason": "reason",
        "valid_segments": "valid_segments",
        "total_segments": "total_segments",
        "sample_sizes": "sample_sizes",
        "old_weights": "old_weights",
        "new_weights": "new_weights",
        "predicted_improvement": "predicted_improvement",
        "created_at": "created_at",
    },
    "LearningEvent": {
        "id": "id",
        "date": "date",
        "adjustment_type": "adjustment_type",
        "adjustment": "adjustment",
        "predicted_improvement": "predicted_improvement",
        "baseline_performance": "baseline_performance",
        "actual_improvement": "actual_improvement",
        "accuracy": "accuracy",
        "evaluated_at": "evaluated_at",
        "created_at": "created_at",
    },
    "RandomizedExperiment": {
        "id": "id",
        "decision": "decision_id",
        "predicted_mode": "predicted_mode",
        "actual_mode": "actual_mode",
        "predicted_outcome": "predicted_outcome",
        "actual_outcome": "actual_outcome",
        "created_at": "created_at",
    },
    "SegmentedWeight": {
        "id": "id",
        "segment_type": "segment_type",
        "segment_key": "segment_key",
        "sss_weight": "sss_weight",
        "ars_weight": "ars_weight",
        "evs_weight": "evs_weight",
        "trs_weight": "trs_weight",
        "sample_size": "sample_size",
        "performance": "performance",
        "updated_at": "updated_at",
        "created_at": "created_at",
    },
}

NOTES = """
**Tables.** Django names them `engagement_<model>` (`engagement_author` for the seed's
`authors`). Every primary key is a UUID with a `gen_random_uuid()` database default.

**Enums chosen here** (the seed lists them without values; Platform, OperationalMode,
Archetype and PowerTier are the seed's): ApprovalStatus PENDING/APPROVED/REJECTED;
ReplyType STANDARD/COMPETITIVE/POWER_USER/CHAMPION/FOLLOW_UP; CompetitorCategory
SUPPLEMENT/ELECTROLYTE/IV_THERAPY/PHARMACEUTICAL/HOME_REMEDY/OTHER; PricePoint
BUDGET/MID/PREMIUM; Sentiment POSITIVE/NEUTRAL/NEGATIVE; UserSatisfaction
SATISFIED/NEUTRAL/DISSATISFIED/UNKNOWN; ChampionTier BRONZE/SILVER/GOLD/PLATINUM;
DmResponseStatus PENDING/POSITIVE/NEGATIVE/NO_RESPONSE; AdvocateStatus
PROSPECT/CONTACTED/ACTIVE/INACTIVE/DECLINED; ExperimentStatus
DRAFT/RUNNING/PAUSED/COMPLETED/CANCELLED; KpiType
ENGAGEMENT/REACH/CONVERSION/QUALITY/SAFETY/OPERATIONS; EscalationReason
SAFETY_FLAG/MEDICAL_QUESTION/NEGATIVE_SENTIMENT/POWER_USER/COMPETITOR_CONFLICT/CRISIS/LEGAL/
LOW_CONFIDENCE/OTHER; EscalationStatus OPEN/ASSIGNED/RESOLVED/DISMISSED. EscalationPriority
is a small integer (1 LOW, 2 MEDIUM, 3 HIGH, 4 CRITICAL) so the queue orders by the
criterion-9 index (status, priority). Also added: SegmentType, WeightAdjustmentAction,
AuditAction, experiment variant A/B and winner A/B/INCONCLUSIVE.

**kpi_metrics unique with an empty platform.** `platform` NULL means platform-wide; the
unique constraint is `UNIQUE NULLS NOT DISTINCT` (PostgreSQL 15), so two platform-wide rows
for one day and metric are rejected like two TWITTER rows.

**Deletes.** Decision.post, CompetitiveMention.post, RandomizedExperiment.decision and
CommunityChampion.author cascade in PostgreSQL (DB_CASCADE). Reply.decision and
Escalation.post/decision are DB_SET_NULL: replies are kept forever and escalations are
oversight records, so when retention archives a decision or post it first writes
`Reply.answered_snapshot` / `Escalation.subject_snapshot`, and CHECKs
(`reply_decision_or_snapshot`, `escalation_has_subject`) refuse to orphan them.
Post.author, Decision.experiment, CompetitiveMention.competitor, Escalation.reply and the
reviewer user links are NO ACTION (Django DO_NOTHING: Django 6.1 forbids mixing Python
PROTECT with database-level variants on one model), so PostgreSQL refuses those deletes.
AuditLog.actor is PROTECT, and a pgtrigger refuses every UPDATE and DELETE on audit rows
except the retention command's.

**Added columns.** Reply: rejected_by, rejected_at, rejection_reason (who rejected and when),
answered_snapshot. Escalation: subject_snapshot. AuditLog: actor is a user link plus
actor_label (the email or worker name).
"""
