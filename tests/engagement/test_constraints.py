"""Raw-SQL proofs of every database rule of the engagement app (one case per constraint).

Each case builds a valid row with a factory, then breaks one rule with raw SQL and expects
PostgreSQL to name the constraint (``tests/test_constraint_coverage.py`` fails when a rule
has no case).
"""

import pytest
from django.db import ProgrammingError, connection

from engagement.models import ALL_MODELS, AuditLog
from tests.engagement import factories as f
from tests.utils import assert_sql_rejected, factory_for, rejected, run_sql, table_of

pytestmark = pytest.mark.django_db

# the factory that builds a valid row of each table the cases break (audit rows are
# written by the services and refused UPDATE: their cases are below, apart)
FACTORIES = {m._meta.db_table: factory_for(m) for m in ALL_MODELS if m is not AuditLog}

# (constraint, SET clause on a valid row of the constraint's table): one bad value per rule.
UPDATE_CASES = [
    # authors
    ("engagement_author_platform_valid", "platform = 'MYSPACE'"),
    ("engagement_author_power_tier_valid", "is_power_user = true, power_tier = 'GIGA'"),
    ("engagement_author_archetype_tags_valid", "archetype_tags = ARRAY['COACH', 'SHOUTY']"),
    ("engagement_author_handle_format", "handle = 'bad handle!'"),
    ("engagement_author_platform_id_not_blank", "platform_id = ''"),
    ("engagement_author_follower_count_non_negative", "follower_count = -1"),
    ("engagement_author_relationship_score_range", "relationship_score = 1.01"),
    ("engagement_author_seen_order", "last_seen_at = first_seen_at - interval '1 day'"),
    ("engagement_author_power_tier_needs_power_user", "is_power_user = false, power_tier = 'MEGA'"),
    # posts
    ("engagement_post_platform_valid", "platform = 'MYSPACE'"),
    ("engagement_post_platform_post_id_format", "platform_post_id = 'abc/def'"),
    ("engagement_post_content_length", "content = ''"),
    ("engagement_post_keyword_matches_count", "keyword_matches = '{}'"),
    ("engagement_post_error_count_non_negative", "error_count = -1"),
    # decisions
    ("engagement_decision_mode_valid", "mode = 'ANGRY'"),
    ("engagement_decision_predicted_mode_valid", "predicted_mode = 'ANGRY'"),
    ("engagement_decision_archetype_valid", "archetype = 'PIRATE'"),
    ("engagement_decision_experiment_variant_valid", "experiment_variant = 'C'"),
    ("engagement_decision_sss_score_range", "sss_score = -0.1"),
    ("engagement_decision_ars_score_range", "ars_score = 1.5"),
    ("engagement_decision_evs_score_range", "evs_score = 2"),
    ("engagement_decision_trs_score_range", "trs_score = -1"),
    ("engagement_decision_composite_score_range", "composite_score = 1.0001"),
    (
        "engagement_decision_variant_needs_experiment",
        "experiment_variant = 'A', experiment_id = NULL",
    ),
    (
        "engagement_decision_randomized_needs_prediction",
        "is_randomized_experiment = true, predicted_mode = NULL",
    ),
    # replies
    ("engagement_reply_archetype_valid", "archetype = 'PIRATE'"),
    ("engagement_reply_platform_valid", "platform = 'MYSPACE'"),
    ("engagement_reply_approval_status_valid", "approval_status = 'MAYBE'"),
    ("engagement_reply_reply_type_valid", "reply_type = 'SPAM'"),
    ("engagement_reply_content_length", "content = 'too short'"),
    ("engagement_reply_platform_post_id_format", "platform_post_id = 'has space'"),
    ("engagement_reply_utm_code_format", "utm_code = 'Has-Upper'"),
    ("engagement_reply_help_count_non_negative", "help_count = -1"),
    ("engagement_reply_approved_has_approver", "approval_status = 'APPROVED'"),
    ("engagement_reply_rejected_has_reviewer", "approval_status = 'REJECTED'"),
    ("engagement_reply_posted_needs_approval", "posted_at = now()"),
    ("engagement_reply_deleted_has_reason", "deleted_at = now(), delete_reason = ''"),
    ("engagement_reply_decision_or_snapshot", "decision_id = NULL, answered_snapshot = NULL"),
    # competitors, mentions, champions
    ("engagement_competitor_category_valid", "category = 'MAGIC'"),
    ("engagement_competitor_price_point_valid", "price_point = 'FREE'"),
    ("engagement_competitor_name_not_blank", "name = ''"),
    ("engagement_competitivemention_sentiment_valid", "sentiment = 'MEH'"),
    ("engagement_competitivemention_satisfaction_valid", "satisfaction = 'MEH'"),
    ("engagement_competitivemention_opportunity_score_range", "opportunity_score = 1.2"),
    ("engagement_communitychampion_tier_valid", "tier = 'WOOD'"),
    ("engagement_communitychampion_dm_response_valid", "dm_sent_at = now(), dm_response = 'MAYBE'"),
    ("engagement_communitychampion_advocate_status_valid", "advocate_status = 'FAN'"),
    ("engagement_communitychampion_engagement_count_non_negative", "engagement_count = -1"),
    (
        "engagement_communitychampion_dm_response_needs_dm",
        "dm_sent_at = NULL, dm_response = 'POSITIVE'",
    ),
    # kpi metrics
    ("engagement_kpimetric_platform_valid", "platform = 'MYSPACE'"),
    ("engagement_kpimetric_metric_type_valid", "metric_type = 'VANITY'"),
    ("engagement_kpimetric_metric_name_format", "metric_name = 'Has Spaces'"),
    # escalations
    ("engagement_escalation_reason_valid", "reason = 'BORED'"),
    ("engagement_escalation_priority_valid", "priority = 9"),
    ("engagement_escalation_status_valid", "status = 'LIMBO'"),
    ("engagement_escalation_closed_has_resolved_at", "status = 'RESOLVED'"),
    ("engagement_escalation_assigned_has_assignee", "status = 'ASSIGNED'"),
    (
        "engagement_escalation_resolved_order",
        "status = 'RESOLVED', resolved_at = created_at - interval '1 hour'",
    ),
    ("engagement_escalation_has_subject", "post_id = NULL"),
    # experiments and learning
    ("engagement_experiment_status_valid", "status = 'MAYBE'"),
    ("engagement_experiment_winner_valid", "status = 'COMPLETED', winner = 'C'"),
    ("engagement_experiment_traffic_split_range", "traffic_split = 1.5"),
    ("engagement_experiment_name_not_blank", "name = ''"),
    ("engagement_experiment_metric_not_blank", "metric = ''"),
    ("engagement_experiment_date_order", "start_date = now(), end_date = now() - interval '1 day'"),
    ("engagement_experiment_winner_needs_completed", "status = 'RUNNING', winner = 'A'"),
    ("engagement_weightadjustmentlog_action_valid", "action = 'GUESSED'"),
    ("engagement_weightadjustmentlog_valid_segments_non_negative", "valid_segments = -1"),
    ("engagement_weightadjustmentlog_segments_order", "valid_segments = 9, total_segments = 5"),
    ("engagement_learningevent_adjustment_type_format", "adjustment_type = 'Bad Type'"),
    (
        "engagement_learningevent_accuracy_range",
        "evaluated_at = now(), actual_improvement = 0.1, accuracy = 1.5",
    ),
    ("engagement_learningevent_evaluation_complete", "accuracy = 0.5"),
    ("engagement_randomizedexperiment_predicted_mode_valid", "predicted_mode = 'X'"),
    ("engagement_randomizedexperiment_actual_mode_valid", "actual_mode = 'X'"),
    ("engagement_randomizedexperiment_predicted_outcome_range", "predicted_outcome = -0.5"),
    ("engagement_randomizedexperiment_actual_outcome_range", "actual_outcome = 1.5"),
    ("engagement_segmentedweight_segment_type_valid", "segment_type = 'MOON_PHASE'"),
    ("engagement_segmentedweight_segment_key_not_blank", "segment_key = ''"),
    ("engagement_segmentedweight_sss_weight_range", "sss_weight = 1.1"),
    ("engagement_segmentedweight_ars_weight_range", "ars_weight = -0.1"),
    ("engagement_segmentedweight_evs_weight_range", "evs_weight = 3"),
    ("engagement_segmentedweight_trs_weight_range", "trs_weight = -3"),
    ("engagement_segmentedweight_performance_range", "performance = 1.01"),
    ("engagement_segmentedweight_sample_size_non_negative", "sample_size = -5"),
]

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


@pytest.mark.parametrize(("name", "assignment"), UPDATE_CASES, ids=[c[0] for c in UPDATE_CASES])
def test_check_rejects_bad_update(name, assignment):
    table = table_of(name)
    row = FACTORIES[table]()
    assert_sql_rejected(name, f"UPDATE {table} SET {assignment} WHERE id = %s", [row.pk])


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
