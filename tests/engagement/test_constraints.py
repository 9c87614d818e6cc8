"""Raw-SQL proofs of every database rule of the engagement app (one case per constraint).

Each case builds a valid row with a factory, then breaks one rule with raw SQL and expects
PostgreSQL to name the constraint (``tests/test_constraint_coverage.py`` fails when a rule
has no case).
"""

import pytest
from django.db import ProgrammingError, connection

from tests.engagement import factories as f
from tests.utils import assert_sql_rejected, rejected, run_sql

pytestmark = pytest.mark.django_db

U = "UPDATE {table} SET {set} WHERE id = %s"

# constraint -> (factory, SET clause) for UPDATE-based cases
UPDATE_CASES = {
    # authors
    "engagement_author_platform_valid": (f.AuthorFactory, "platform = 'MYSPACE'"),
    "engagement_author_power_tier_valid": (
        f.AuthorFactory,
        "is_power_user = true, power_tier = 'GIGA'",
    ),
    "engagement_author_archetype_tags_valid": (
        f.AuthorFactory,
        "archetype_tags = ARRAY['COACH', 'SHOUTY']",
    ),
    "engagement_author_handle_format": (f.AuthorFactory, "handle = 'bad handle!'"),
    "engagement_author_platform_id_not_blank": (f.AuthorFactory, "platform_id = ''"),
    "engagement_author_follower_count_non_negative": (f.AuthorFactory, "follower_count = -1"),
    "engagement_author_relationship_score_range": (f.AuthorFactory, "relationship_score = 1.01"),
    "engagement_author_seen_order": (
        f.AuthorFactory,
        "last_seen_at = first_seen_at - interval '1 day'",
    ),
    "engagement_author_power_tier_needs_power_user": (
        f.AuthorFactory,
        "is_power_user = false, power_tier = 'MEGA'",
    ),
    # posts
    "engagement_post_platform_valid": (f.PostFactory, "platform = 'MYSPACE'"),
    "engagement_post_platform_post_id_format": (f.PostFactory, "platform_post_id = 'abc/def'"),
    "engagement_post_content_length": (f.PostFactory, "content = ''"),
    "engagement_post_keyword_matches_count": (f.PostFactory, "keyword_matches = '{}'"),
    "engagement_post_error_count_non_negative": (f.PostFactory, "error_count = -1"),
    # decisions
    "engagement_decision_mode_valid": (f.DecisionFactory, "mode = 'ANGRY'"),
    "engagement_decision_predicted_mode_valid": (f.DecisionFactory, "predicted_mode = 'ANGRY'"),
    "engagement_decision_archetype_valid": (f.DecisionFactory, "archetype = 'PIRATE'"),
    "engagement_decision_experiment_variant_valid": (f.DecisionFactory, "experiment_variant = 'C'"),
    "engagement_decision_sss_score_range": (f.DecisionFactory, "sss_score = -0.1"),
    "engagement_decision_ars_score_range": (f.DecisionFactory, "ars_score = 1.5"),
    "engagement_decision_evs_score_range": (f.DecisionFactory, "evs_score = 2"),
    "engagement_decision_trs_score_range": (f.DecisionFactory, "trs_score = -1"),
    "engagement_decision_composite_score_range": (f.DecisionFactory, "composite_score = 1.0001"),
    "engagement_decision_variant_needs_experiment": (
        f.DecisionFactory,
        "experiment_variant = 'A', experiment_id = NULL",
    ),
    "engagement_decision_randomized_needs_prediction": (
        f.DecisionFactory,
        "is_randomized_experiment = true, predicted_mode = NULL",
    ),
    # replies
    "engagement_reply_archetype_valid": (f.ReplyFactory, "archetype = 'PIRATE'"),
    "engagement_reply_platform_valid": (f.ReplyFactory, "platform = 'MYSPACE'"),
    "engagement_reply_approval_status_valid": (f.ReplyFactory, "approval_status = 'MAYBE'"),
    "engagement_reply_reply_type_valid": (f.ReplyFactory, "reply_type = 'SPAM'"),
    "engagement_reply_content_length": (f.ReplyFactory, "content = 'too short'"),
    "engagement_reply_platform_post_id_format": (f.ReplyFactory, "platform_post_id = 'has space'"),
    "engagement_reply_utm_code_format": (f.ReplyFactory, "utm_code = 'Has-Upper'"),
    "engagement_reply_help_count_non_negative": (f.ReplyFactory, "help_count = -1"),
    "engagement_reply_approved_has_approver": (f.ReplyFactory, "approval_status = 'APPROVED'"),
    "engagement_reply_rejected_has_reviewer": (f.ReplyFactory, "approval_status = 'REJECTED'"),
    "engagement_reply_posted_needs_approval": (f.ReplyFactory, "posted_at = now()"),
    "engagement_reply_deleted_has_reason": (
        f.ReplyFactory,
        "deleted_at = now(), delete_reason = ''",
    ),
    "engagement_reply_decision_or_snapshot": (
        f.ReplyFactory,
        "decision_id = NULL, answered_snapshot = NULL",
    ),
    # competitors, mentions, champions
    "engagement_competitor_category_valid": (f.CompetitorFactory, "category = 'MAGIC'"),
    "engagement_competitor_price_point_valid": (f.CompetitorFactory, "price_point = 'FREE'"),
    "engagement_competitor_name_not_blank": (f.CompetitorFactory, "name = ''"),
    "engagement_competitivemention_sentiment_valid": (
        f.CompetitiveMentionFactory,
        "sentiment = 'MEH'",
    ),
    "engagement_competitivemention_satisfaction_valid": (
        f.CompetitiveMentionFactory,
        "satisfaction = 'MEH'",
    ),
    "engagement_competitivemention_opportunity_score_range": (
        f.CompetitiveMentionFactory,
        "opportunity_score = 1.2",
    ),
    "engagement_communitychampion_tier_valid": (f.CommunityChampionFactory, "tier = 'WOOD'"),
    "engagement_communitychampion_dm_response_valid": (
        f.CommunityChampionFactory,
        "dm_sent_at = now(), dm_response = 'MAYBE'",
    ),
    "engagement_communitychampion_advocate_status_valid": (
        f.CommunityChampionFactory,
        "advocate_status = 'FAN'",
    ),
    "engagement_communitychampion_engagement_count_non_negative": (
        f.CommunityChampionFactory,
        "engagement_count = -1",
    ),
    "engagement_communitychampion_dm_response_needs_dm": (
        f.CommunityChampionFactory,
        "dm_sent_at = NULL, dm_response = 'POSITIVE'",
    ),
    # kpi metrics
    "engagement_kpimetric_platform_valid": (f.KpiMetricFactory, "platform = 'MYSPACE'"),
    "engagement_kpimetric_metric_type_valid": (f.KpiMetricFactory, "metric_type = 'VANITY'"),
    "engagement_kpimetric_metric_name_format": (f.KpiMetricFactory, "metric_name = 'Has Spaces'"),
    # escalations
    "engagement_escalation_reason_valid": (f.EscalationFactory, "reason = 'BORED'"),
    "engagement_escalation_priority_valid": (f.EscalationFactory, "priority = 9"),
    "engagement_escalation_status_valid": (f.EscalationFactory, "status = 'LIMBO'"),
    "engagement_escalation_closed_has_resolved_at": (f.EscalationFactory, "status = 'RESOLVED'"),
    "engagement_escalation_assigned_has_assignee": (f.EscalationFactory, "status = 'ASSIGNED'"),
    "engagement_escalation_resolved_order": (
        f.EscalationFactory,
        "status = 'RESOLVED', resolved_at = created_at - interval '1 hour'",
    ),
    "engagement_escalation_has_subject": (f.EscalationFactory, "post_id = NULL"),
    # experiments and learning
    "engagement_experiment_status_valid": (f.ExperimentFactory, "status = 'MAYBE'"),
    "engagement_experiment_winner_valid": (
        f.ExperimentFactory,
        "status = 'COMPLETED', winner = 'C'",
    ),
    "engagement_experiment_traffic_split_range": (f.ExperimentFactory, "traffic_split = 1.5"),
    "engagement_experiment_name_not_blank": (f.ExperimentFactory, "name = ''"),
    "engagement_experiment_metric_not_blank": (f.ExperimentFactory, "metric = ''"),
    "engagement_experiment_date_order": (
        f.ExperimentFactory,
        "start_date = now(), end_date = now() - interval '1 day'",
    ),
    "engagement_experiment_winner_needs_completed": (
        f.ExperimentFactory,
        "status = 'RUNNING', winner = 'A'",
    ),
    "engagement_weightadjustmentlog_action_valid": (
        f.WeightAdjustmentLogFactory,
        "action = 'GUESSED'",
    ),
    "engagement_weightadjustmentlog_valid_segments_non_negative": (
        f.WeightAdjustmentLogFactory,
        "valid_segments = -1",
    ),
    "engagement_weightadjustmentlog_segments_order": (
        f.WeightAdjustmentLogFactory,
        "valid_segments = 9, total_segments = 5",
    ),
    "engagement_learningevent_adjustment_type_format": (
        f.LearningEventFactory,
        "adjustment_type = 'Bad Type'",
    ),
    "engagement_learningevent_accuracy_range": (
        f.LearningEventFactory,
        "evaluated_at = now(), actual_improvement = 0.1, accuracy = 1.5",
    ),
    "engagement_learningevent_evaluation_complete": (f.LearningEventFactory, "accuracy = 0.5"),
    "engagement_randomizedexperiment_predicted_mode_valid": (
        f.RandomizedExperimentFactory,
        "predicted_mode = 'X'",
    ),
    "engagement_randomizedexperiment_actual_mode_valid": (
        f.RandomizedExperimentFactory,
        "actual_mode = 'X'",
    ),
    "engagement_randomizedexperiment_predicted_outcome_range": (
        f.RandomizedExperimentFactory,
        "predicted_outcome = -0.5",
    ),
    "engagement_randomizedexperiment_actual_outcome_range": (
        f.RandomizedExperimentFactory,
        "actual_outcome = 1.5",
    ),
    "engagement_segmentedweight_segment_type_valid": (
        f.SegmentedWeightFactory,
        "segment_type = 'MOON_PHASE'",
    ),
    "engagement_segmentedweight_segment_key_not_blank": (
        f.SegmentedWeightFactory,
        "segment_key = ''",
    ),
    "engagement_segmentedweight_sss_weight_range": (f.SegmentedWeightFactory, "sss_weight = 1.1"),
    "engagement_segmentedweight_ars_weight_range": (f.SegmentedWeightFactory, "ars_weight = -0.1"),
    "engagement_segmentedweight_evs_weight_range": (f.SegmentedWeightFactory, "evs_weight = 3"),
    "engagement_segmentedweight_trs_weight_range": (f.SegmentedWeightFactory, "trs_weight = -3"),
    "engagement_segmentedweight_performance_range": (
        f.SegmentedWeightFactory,
        "performance = 1.01",
    ),
    "engagement_segmentedweight_sample_size_non_negative": (
        f.SegmentedWeightFactory,
        "sample_size = -5",
    ),
}

# audit rows cannot be UPDATEd at all (trigger), so their CHECKs are proven with INSERTs
AUDIT_INSERT = "INSERT INTO engagement_auditlog (entity_type, entity_id, action) VALUES ({values})"
INSERT_CASES = {
    "engagement_auditlog_action_valid": AUDIT_INSERT.format(values="'reply', 'x', 'SHRUGGED'"),
    "engagement_auditlog_entity_type_format": AUDIT_INSERT.format(
        values="'Reply!', 'x', 'CREATED'"
    ),
    "engagement_auditlog_entity_id_not_blank": AUDIT_INSERT.format(values="'reply', '', 'CREATED'"),
}

# unique rules: (factory kwargs, INSERT ... SELECT that copies the row's key)
UNIQUE_CASES = {
    "engagement_author_platform_id_unique": (
        f.AuthorFactory,
        {},
        "INSERT INTO engagement_author (platform, platform_id, handle) "
        "SELECT platform, platform_id, 'other_handle' FROM engagement_author WHERE id = %s",
    ),
    "engagement_post_platform_post_id_unique": (
        f.PostFactory,
        {},
        "INSERT INTO engagement_post (platform, platform_post_id, author_id, content, keyword_matches) "
        "SELECT platform, platform_post_id, author_id, 'again', keyword_matches FROM engagement_post WHERE id = %s",
    ),
    "engagement_kpimetric_daily_unique": (
        f.KpiMetricFactory,
        {"platform": None},  # platform-wide row: NULLS NOT DISTINCT
        "INSERT INTO engagement_kpimetric (date, platform, metric_type, metric_name, value) "
        "SELECT date, NULL, metric_type, metric_name, 99 FROM engagement_kpimetric WHERE id = %s",
    ),
    "engagement_segmentedweight_segment_unique": (
        f.SegmentedWeightFactory,
        {},
        "INSERT INTO engagement_segmentedweight (segment_type, segment_key, sss_weight, ars_weight, "
        "evs_weight, trs_weight) SELECT segment_type, segment_key, 0, 0, 0, 0 "
        "FROM engagement_segmentedweight WHERE id = %s",
    ),
    "engagement_communitychampion_author_unique": (
        f.CommunityChampionFactory,
        {},
        "INSERT INTO engagement_communitychampion (author_id, tier) "
        "SELECT author_id, 'GOLD' FROM engagement_communitychampion WHERE id = %s",
    ),
    "engagement_experiment_name_unique": (
        f.ExperimentFactory,
        {},
        "INSERT INTO engagement_experiment (name, metric) "
        "SELECT name, 'other' FROM engagement_experiment WHERE id = %s",
    ),
    "engagement_competitivemention_post_competitor_unique": (
        f.CompetitiveMentionFactory,
        {},
        "INSERT INTO engagement_competitivemention (post_id, competitor_id, sentiment, opportunity_score) "
        "SELECT post_id, competitor_id, 'POSITIVE', 0.1 FROM engagement_competitivemention WHERE id = %s",
    ),
    "engagement_competitor_name_unique": (  # a unique index on lower(name)
        f.CompetitorFactory,
        {"name": "Liquid IV"},
        "INSERT INTO engagement_competitor (name, category, price_point) "
        "SELECT upper(name), category, price_point FROM engagement_competitor WHERE id = %s",
    ),
}


@pytest.mark.parametrize("name", sorted(UPDATE_CASES))
def test_check_rejects_bad_update(name):
    factory, set_clause = UPDATE_CASES[name]
    row = factory()
    assert_sql_rejected(name, U.format(table=row._meta.db_table, set=set_clause), [row.pk])


@pytest.mark.parametrize("name", sorted(INSERT_CASES))
def test_check_rejects_bad_insert(name):
    assert_sql_rejected(name, INSERT_CASES[name])


@pytest.mark.parametrize("name", sorted(UNIQUE_CASES))
def test_unique_rejects_duplicate(name):
    factory, kwargs, sql = UNIQUE_CASES[name]
    row = factory(**kwargs)
    assert_sql_rejected(name, sql, [row.pk])


def test_kpi_rows_for_different_platforms_coexist_with_the_platform_wide_row():
    row = f.KpiMetricFactory(platform=None)
    for platform in ("TWITTER", "REDDIT"):
        run_sql(
            "INSERT INTO engagement_kpimetric (date, platform, metric_type, metric_name, value) "
            "SELECT date, %s, metric_type, metric_name, 1 FROM engagement_kpimetric WHERE id = %s",
            [platform, row.pk],
        )


# --- foreign keys: the deliberate on_delete of each link ----------------------------------


def delete_sql(table):
    return f"DELETE FROM {table} WHERE id = %s"


def test_author_with_posts_cannot_be_deleted():
    post = f.PostFactory()
    assert_sql_rejected(
        None,
        delete_sql("engagement_author"),
        [post.author_id],
        match="engagement_post_author_id",
        immediate=True,
    )


def test_deleting_a_post_cascades_to_decisions_mentions_and_nulls_escalations():
    decision = f.DecisionFactory()
    mention = f.CompetitiveMentionFactory(post=decision.post)
    randomized = f.RandomizedExperimentFactory(decision=decision)
    escalation = f.EscalationFactory(post=decision.post, subject_snapshot={"post": "kept"})
    run_sql(delete_sql("engagement_post"), [decision.post_id], immediate=True)
    assert not type(decision).objects.filter(pk=decision.pk).exists()
    assert not type(mention).objects.filter(pk=mention.pk).exists()
    assert not type(randomized).objects.filter(pk=randomized.pk).exists()
    escalation.refresh_from_db()
    assert escalation.post_id is None


def test_a_decision_with_a_reply_cannot_be_deleted_without_the_reply_snapshot():
    reply = f.ReplyFactory()
    assert_sql_rejected(
        "engagement_reply_decision_or_snapshot",
        delete_sql("engagement_decision"),
        [reply.decision_id],
    )
    run_sql("UPDATE engagement_reply SET answered_snapshot = '{}' WHERE id = %s", [reply.pk])
    run_sql(delete_sql("engagement_decision"), [reply.decision_id], immediate=True)
    reply.refresh_from_db()
    assert reply.decision_id is None


def test_an_escalation_losing_its_only_subject_is_refused():
    escalation = f.EscalationFactory()
    assert_sql_rejected(
        "engagement_escalation_has_subject", delete_sql("engagement_post"), [escalation.post_id]
    )


def test_competitor_with_mentions_cannot_be_deleted():
    mention = f.CompetitiveMentionFactory()
    assert_sql_rejected(
        None,
        delete_sql("engagement_competitor"),
        [mention.competitor_id],
        match='still referenced from table "engagement_competitivemention"',
        immediate=True,
    )


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE engagement_auditlog SET action = 'UPDATED' WHERE id = %s",
        "DELETE FROM engagement_auditlog WHERE id = %s",
    ],
)
def test_audit_rows_cannot_be_updated_or_deleted(sql):
    row = f.AuditLogFactory()
    with rejected(
        "pgtrigger_audit_append_only", match="Cannot update or delete", error=ProgrammingError
    ):
        run_sql(sql, [row.pk])


def test_database_defaults_fill_raw_inserts():
    author = f.AuthorFactory()
    run_sql(
        "INSERT INTO engagement_post (platform, platform_post_id, author_id, content, keyword_matches) "
        "VALUES ('TWITTER', 'raw-1', %s, 'x', ARRAY['hangover'])",
        [author.pk],
    )
    assert run_sql(
        "SELECT id IS NOT NULL, error_count, spam_filtered, raw_metrics::text, keyword_categories, "
        "detected_at IS NOT NULL FROM engagement_post WHERE platform_post_id = 'raw-1'"
    ) == [(True, 0, False, "{}", [], True)]


# --- indexes -------------------------------------------------------------------------------

CRITERION_9_INDEXES = [
    ("engagement_decision", ["created_at"]),
    ("engagement_decision", ["experiment_variant"]),
    ("engagement_decision", ["is_randomized_experiment"]),
    ("engagement_decision", ["mode"]),
    ("engagement_decision", ["composite_score"]),
    ("engagement_reply", ["posted_at"]),
    ("engagement_reply", ["approval_status"]),
    ("engagement_reply", ["platform", "posted_at"]),
    ("engagement_weightadjustmentlog", ["date"]),
    ("engagement_author", ["is_power_user"]),
    ("engagement_author", ["platform", "handle"]),
    ("engagement_post", ["processed_at"]),
    ("engagement_post", ["platform", "detected_at"]),
    ("engagement_escalation", ["status", "priority"]),
    ("engagement_escalation", ["created_at"]),
    # criterion 9's unique constraints are unique indexes too
    ("engagement_author", ["platform", "platform_id"]),
    ("engagement_post", ["platform", "platform_post_id"]),
    ("engagement_kpimetric", ["date", "platform", "metric_type", "metric_name"]),
    ("engagement_segmentedweight", ["segment_type", "segment_key"]),
    ("engagement_communitychampion", ["author_id"]),
]


def index_catalog():
    """{table: [(index name, [columns], access method, is unique)]} from pg_index."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT t.relname, i.relname, am.amname, ix.indisunique,
                   array_agg(a.attname ORDER BY k.ord)
            FROM pg_index ix
            JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_am am ON am.oid = i.relam
            CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
            LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
            WHERE t.relname LIKE 'engagement\\_%%'
            GROUP BY 1, 2, 3, 4
            """
        )
        catalog = {}
        for table, name, method, unique, columns in cursor.fetchall():
            catalog.setdefault(table, []).append((name, list(columns), method, unique))
        return catalog


@pytest.mark.parametrize(("table", "columns"), CRITERION_9_INDEXES)
def test_criterion_9_index_exists(table, columns):
    assert any(cols == columns for _, cols, _, _ in index_catalog()[table]), (table, columns)


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("engagement_post", "keyword_matches"),
        ("engagement_post", "keyword_categories"),
        ("engagement_author", "archetype_tags"),
        ("engagement_competitor", "brand_keywords"),
        ("engagement_decision", "safety_flags"),
    ],
)
def test_searched_arrays_have_gin_indexes(table, column):
    assert any(
        cols == [column] and method == "gin" for _, cols, method, _ in index_catalog()[table]
    )
