"""The landed migrations of this app, squashed (issue 14; docs/migrations.md).

Same state and schema as the migrations in ``replaces``: constraints and indexes
are created with their tables (CreateModel options), triggers right after.
A database that applied the replaced names counts this one as applied.
"""
import core.models
import django.contrib.postgres.fields
import django.contrib.postgres.indexes
import django.contrib.postgres.validators
import django.core.validators
import django.db.models.deletion
import django.db.models.functions.datetime
import django.db.models.functions.text
import django.db.models.lookups
import engagement.validation
import pgtrigger.compiler
import pgtrigger.migrations
import uuid
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    replaces = [('engagement', '0001_initial'), ('engagement', '0002_trigger_functions_cleanup')]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Author',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('platform', models.CharField(choices=[('TWITTER', 'Twitter / X'), ('REDDIT', 'Reddit'), ('THREADS', 'Threads')], max_length=16)),
                ('platform_id', models.CharField(help_text='The account id on its platform.', max_length=100)),
                ('handle', models.CharField(max_length=50, validators=[django.core.validators.RegexValidator('^[a-zA-Z0-9_]+\\Z', 'Invalid handle format')])),
                ('display_name', models.CharField(blank=True, max_length=200, null=True)),
                ('follower_count', models.IntegerField(db_default=0, default=0, validators=[django.core.validators.MinValueValidator(0, 'Must not be negative')])),
                ('is_verified', models.BooleanField(db_default=False, default=False)),
                ('is_power_user', models.BooleanField(db_default=False, default=False)),
                ('power_tier', models.CharField(blank=True, choices=[('MICRO', 'Micro'), ('MACRO', 'Macro'), ('MEGA', 'Mega')], max_length=8, null=True)),
                ('archetype_tags', django.contrib.postgres.fields.ArrayField(base_field=models.CharField(choices=[('CHECKLIST', 'Checklist'), ('MYTHBUST', 'Myth-bust'), ('COACH', 'Coach'), ('STORYLET', 'Storylet'), ('HUMOR_LIGHT', 'Light humor'), ('CREDIBILITY_ANCHOR', 'Credibility anchor'), ('CONFIDENT_RECOMMENDER', 'Confident recommender'), ('PROBLEM_SOLUTION_DIRECT', 'Problem / solution, direct')], max_length=32), blank=True, db_default=[], default=list, help_text='Reply archetypes that worked with this author.')),
                ('relationship_score', models.FloatField(db_default=0.5, default=0.5, validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
                ('interaction_history', models.JSONField(blank=True, db_default=[], default=list)),
                ('first_seen_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now())),
                ('last_seen_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now())),
            ],
            options={
                'ordering': ['platform', 'handle'],
                'indexes': [models.Index(fields=['is_power_user'], name='eng_author_power_user_idx'), models.Index(fields=['platform', 'handle'], name='eng_author_platform_handle_idx'), models.Index(fields=['handle'], name='eng_author_handle_idx'), django.contrib.postgres.indexes.GinIndex(fields=['archetype_tags'], name='eng_author_archetypes_gin')],
                'constraints': [models.UniqueConstraint(fields=('platform', 'platform_id'), name='engagement_author_platform_id_unique'), models.CheckConstraint(condition=models.Q(('platform__in', ['TWITTER', 'REDDIT', 'THREADS'])), name='engagement_author_platform_valid'), models.CheckConstraint(condition=models.Q(('power_tier__in', ['MICRO', 'MACRO', 'MEGA'])), name='engagement_author_power_tier_valid'), models.CheckConstraint(condition=models.Q(('archetype_tags__contained_by', ['CHECKLIST', 'MYTHBUST', 'COACH', 'STORYLET', 'HUMOR_LIGHT', 'CREDIBILITY_ANCHOR', 'CONFIDENT_RECOMMENDER', 'PROBLEM_SOLUTION_DIRECT'])), name='engagement_author_archetype_tags_valid'), models.CheckConstraint(condition=models.Q(('handle__regex', '^[a-zA-Z0-9_]{1,50}$')), name='engagement_author_handle_format'), models.CheckConstraint(condition=models.Q(('platform_id', ''), _negated=True), name='engagement_author_platform_id_not_blank'), models.CheckConstraint(condition=models.Q(('follower_count__gte', 0)), name='engagement_author_follower_count_non_negative'), models.CheckConstraint(condition=models.Q(('relationship_score__gte', 0.0), ('relationship_score__lte', 1.0)), name='engagement_author_relationship_score_range'), models.CheckConstraint(condition=models.Q(('last_seen_at__gte', models.F('first_seen_at'))), name='engagement_author_seen_order'), models.CheckConstraint(condition=models.Q(('power_tier__isnull', True), ('is_power_user', True), _connector='OR'), name='engagement_author_power_tier_needs_power_user')],
            },
        ),
        migrations.CreateModel(
            name='CommunityChampion',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('tier', models.CharField(choices=[('BRONZE', 'Bronze'), ('SILVER', 'Silver'), ('GOLD', 'Gold'), ('PLATINUM', 'Platinum')], max_length=8)),
                ('engagement_count', models.IntegerField(db_default=0, default=0, help_text='Interactions with the author; bumped atomically.', validators=[django.core.validators.MinValueValidator(0, 'Must not be negative')])),
                ('dm_sent_at', models.DateTimeField(blank=True, null=True)),
                ('dm_response', models.CharField(blank=True, choices=[('PENDING', 'Awaiting response'), ('POSITIVE', 'Positive'), ('NEGATIVE', 'Negative'), ('NO_RESPONSE', 'No response')], max_length=12, null=True)),
                ('sample_sent', models.BooleanField(db_default=False, default=False)),
                ('converted', models.BooleanField(db_default=False, default=False)),
                ('advocate_status', models.CharField(choices=[('PROSPECT', 'Prospect'), ('CONTACTED', 'Contacted'), ('ACTIVE', 'Active advocate'), ('INACTIVE', 'Inactive'), ('DECLINED', 'Declined')], db_default='PROSPECT', default='PROSPECT', max_length=10)),
                ('author', models.ForeignKey(on_delete=django.db.models.deletion.DB_CASCADE, related_name='champions', to='engagement.author')),
            ],
            options={
                'ordering': ['-engagement_count', 'id'],
                'indexes': [models.Index(fields=['tier'], name='eng_champion_tier_idx'), models.Index(fields=['advocate_status'], name='eng_champion_status_idx')],
                'constraints': [models.UniqueConstraint(fields=('author',), name='engagement_communitychampion_author_unique'), models.CheckConstraint(condition=models.Q(('tier__in', ['BRONZE', 'SILVER', 'GOLD', 'PLATINUM'])), name='engagement_communitychampion_tier_valid'), models.CheckConstraint(condition=models.Q(('dm_response__in', ['PENDING', 'POSITIVE', 'NEGATIVE', 'NO_RESPONSE'])), name='engagement_communitychampion_dm_response_valid'), models.CheckConstraint(condition=models.Q(('advocate_status__in', ['PROSPECT', 'CONTACTED', 'ACTIVE', 'INACTIVE', 'DECLINED'])), name='engagement_communitychampion_advocate_status_valid'), models.CheckConstraint(condition=models.Q(('engagement_count__gte', 0)), name='engagement_communitychampion_engagement_count_non_negative'), models.CheckConstraint(condition=models.Q(('dm_response__isnull', True), ('dm_sent_at__isnull', False), _connector='OR'), name='engagement_communitychampion_dm_response_needs_dm')],
            },
        ),
        migrations.CreateModel(
            name='Competitor',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('name', models.CharField(max_length=100)),
                ('category', models.CharField(choices=[('SUPPLEMENT', 'Supplement'), ('ELECTROLYTE', 'Electrolyte drink'), ('IV_THERAPY', 'IV therapy'), ('PHARMACEUTICAL', 'Pharmaceutical'), ('HOME_REMEDY', 'Home remedy'), ('OTHER', 'Other')], max_length=16)),
                ('primary_mechanism', models.CharField(blank=True, db_default='', default='', max_length=200)),
                ('price_point', models.CharField(choices=[('BUDGET', 'Budget'), ('MID', 'Mid-range'), ('PREMIUM', 'Premium')], max_length=8)),
                ('brand_keywords', django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=100), blank=True, db_default=[], default=list)),
            ],
            options={
                'ordering': ['name'],
                'indexes': [models.Index(fields=['category'], name='eng_competitor_category_idx'), django.contrib.postgres.indexes.GinIndex(fields=['brand_keywords'], name='eng_competitor_keywords_gin')],
                'constraints': [models.UniqueConstraint(django.db.models.functions.text.Lower('name'), name='engagement_competitor_name_unique'), models.CheckConstraint(condition=models.Q(('category__in', ['SUPPLEMENT', 'ELECTROLYTE', 'IV_THERAPY', 'PHARMACEUTICAL', 'HOME_REMEDY', 'OTHER'])), name='engagement_competitor_category_valid'), models.CheckConstraint(condition=models.Q(('price_point__in', ['BUDGET', 'MID', 'PREMIUM'])), name='engagement_competitor_price_point_valid'), models.CheckConstraint(condition=models.Q(('name', ''), _negated=True), name='engagement_competitor_name_not_blank')],
            },
        ),
        migrations.CreateModel(
            name='Experiment',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('name', models.CharField(max_length=100)),
                ('description', models.TextField(blank=True, db_default='', default='')),
                ('variant_a', models.JSONField(db_default={}, default=dict)),
                ('variant_b', models.JSONField(db_default={}, default=dict)),
                ('metric', models.CharField(help_text='The KPI the experiment optimises.', max_length=100)),
                ('traffic_split', models.FloatField(db_default=0.5, default=0.5, help_text='Share of traffic sent to variant B (0..1).', validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
                ('status', models.CharField(choices=[('DRAFT', 'Draft'), ('RUNNING', 'Running'), ('PAUSED', 'Paused'), ('COMPLETED', 'Completed'), ('CANCELLED', 'Cancelled')], db_default='DRAFT', default='DRAFT', max_length=10)),
                ('start_date', models.DateTimeField(blank=True, null=True)),
                ('end_date', models.DateTimeField(blank=True, null=True)),
                ('results_json', models.JSONField(blank=True, null=True)),
                ('winner', models.CharField(blank=True, choices=[('A', 'Variant A'), ('B', 'Variant B'), ('INCONCLUSIVE', 'Inconclusive')], max_length=12, null=True)),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['status'], name='eng_experiment_status_idx')],
                'constraints': [models.UniqueConstraint(fields=('name',), name='engagement_experiment_name_unique'), models.CheckConstraint(condition=models.Q(('status__in', ['DRAFT', 'RUNNING', 'PAUSED', 'COMPLETED', 'CANCELLED'])), name='engagement_experiment_status_valid'), models.CheckConstraint(condition=models.Q(('winner__in', ['A', 'B', 'INCONCLUSIVE'])), name='engagement_experiment_winner_valid'), models.CheckConstraint(condition=models.Q(('traffic_split__gte', 0.0), ('traffic_split__lte', 1.0)), name='engagement_experiment_traffic_split_range'), models.CheckConstraint(condition=models.Q(('name', ''), _negated=True), name='engagement_experiment_name_not_blank'), models.CheckConstraint(condition=models.Q(('metric', ''), _negated=True), name='engagement_experiment_metric_not_blank'), models.CheckConstraint(condition=models.Q(('start_date__isnull', True), ('end_date__isnull', True), ('end_date__gte', models.F('start_date')), _connector='OR'), name='engagement_experiment_date_order'), models.CheckConstraint(condition=models.Q(('winner__isnull', True), ('status', 'COMPLETED'), _connector='OR'), name='engagement_experiment_winner_needs_completed')],
            },
        ),
        migrations.CreateModel(
            name='KpiMetric',
            fields=[
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('date', models.DateField()),
                ('platform', models.CharField(blank=True, choices=[('TWITTER', 'Twitter / X'), ('REDDIT', 'Reddit'), ('THREADS', 'Threads')], help_text='Empty: all platforms.', max_length=16, null=True)),
                ('metric_type', models.CharField(choices=[('ENGAGEMENT', 'Engagement'), ('REACH', 'Reach'), ('CONVERSION', 'Conversion'), ('QUALITY', 'Reply quality'), ('SAFETY', 'Safety'), ('OPERATIONS', 'Operations')], max_length=16)),
                ('metric_name', models.CharField(max_length=100)),
                ('value', models.FloatField()),
            ],
            options={
                'ordering': ['-date', 'metric_type', 'metric_name'],
                'indexes': [models.Index(fields=['metric_type', 'date'], name='eng_kpi_type_date_idx'), models.Index(fields=['platform', 'date'], name='eng_kpi_platform_date_idx'), models.Index(fields=['metric_name', 'date'], name='eng_kpi_name_date_idx')],
                'constraints': [models.UniqueConstraint(fields=('date', 'platform', 'metric_type', 'metric_name'), name='engagement_kpimetric_daily_unique', nulls_distinct=False), models.CheckConstraint(condition=models.Q(('platform__in', ['TWITTER', 'REDDIT', 'THREADS'])), name='engagement_kpimetric_platform_valid'), models.CheckConstraint(condition=models.Q(('metric_type__in', ['ENGAGEMENT', 'REACH', 'CONVERSION', 'QUALITY', 'SAFETY', 'OPERATIONS'])), name='engagement_kpimetric_metric_type_valid'), models.CheckConstraint(condition=models.Q(('metric_name__regex', '^[a-z0-9_.]{1,100}$')), name='engagement_kpimetric_metric_name_format')],
            },
        ),
        migrations.CreateModel(
            name='LearningEvent',
            fields=[
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('date', models.DateField()),
                ('adjustment_type', models.CharField(max_length=50)),
                ('adjustment', models.JSONField(blank=True, db_default={}, default=dict)),
                ('predicted_improvement', models.FloatField()),
                ('baseline_performance', models.FloatField()),
                ('actual_improvement', models.FloatField(blank=True, null=True)),
                ('accuracy', models.FloatField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
                ('evaluated_at', models.DateTimeField(blank=True, null=True)),
            ],
            options={
                'ordering': ['-date', '-created_at'],
                'indexes': [models.Index(fields=['date'], name='eng_learning_date_idx')],
                'constraints': [models.CheckConstraint(condition=models.Q(('adjustment_type__regex', '^[a-z_]{1,50}$')), name='engagement_learningevent_adjustment_type_format'), models.CheckConstraint(condition=models.Q(('accuracy__gte', 0.0), ('accuracy__lte', 1.0)), name='engagement_learningevent_accuracy_range'), models.CheckConstraint(condition=models.Q(models.Q(('accuracy__isnull', True), ('actual_improvement__isnull', True), ('evaluated_at__isnull', True)), models.Q(('actual_improvement__isnull', False), ('evaluated_at__isnull', False)), _connector='OR'), name='engagement_learningevent_evaluation_complete')],
            },
        ),
        migrations.CreateModel(
            name='Post',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('platform', models.CharField(choices=[('TWITTER', 'Twitter / X'), ('REDDIT', 'Reddit'), ('THREADS', 'Threads')], max_length=16)),
                ('platform_post_id', models.CharField(max_length=100, validators=[django.core.validators.RegexValidator('^[a-zA-Z0-9_-]+\\Z', 'Invalid post ID format')])),
                ('content', models.TextField(validators=[django.core.validators.MinLengthValidator(1, 'Post content cannot be empty'), django.core.validators.MaxLengthValidator(5000, 'Post content exceeds maximum length')])),
                ('detected_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now())),
                ('processed_at', models.DateTimeField(blank=True, null=True)),
                ('keyword_matches', django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=100), validators=[django.contrib.postgres.validators.ArrayMinLengthValidator(1, 'Must match at least one keyword'), django.contrib.postgres.validators.ArrayMaxLengthValidator(50, 'Too many keyword matches')])),
                ('keyword_categories', django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=50), blank=True, db_default=[], default=list)),
                ('spam_filtered', models.BooleanField(db_default=False, default=False)),
                ('raw_metrics', models.JSONField(blank=True, db_default={}, default=dict)),
                ('error_count', models.IntegerField(db_default=0, default=0, help_text='Processing failures; bumped atomically by workers.', validators=[django.core.validators.MinValueValidator(0, 'Must not be negative')])),
                ('error_message', models.TextField(blank=True, null=True)),
                ('author', models.ForeignKey(on_delete=django.db.models.deletion.DO_NOTHING, related_name='posts', to='engagement.author')),
            ],
            options={
                'ordering': ['-detected_at', '-id'],
                'indexes': [models.Index(fields=['processed_at'], name='eng_post_processed_idx'), models.Index(fields=['platform', 'detected_at'], name='eng_post_platform_detected_idx'), models.Index(fields=['detected_at', 'id'], name='eng_post_detected_idx'), django.contrib.postgres.indexes.GinIndex(fields=['keyword_matches'], name='eng_post_keywords_gin'), django.contrib.postgres.indexes.GinIndex(fields=['keyword_categories'], name='eng_post_kw_categories_gin')],
                'constraints': [models.UniqueConstraint(fields=('platform', 'platform_post_id'), name='engagement_post_platform_post_id_unique'), models.CheckConstraint(condition=models.Q(('platform__in', ['TWITTER', 'REDDIT', 'THREADS'])), name='engagement_post_platform_valid'), models.CheckConstraint(condition=models.Q(('platform_post_id__regex', '^[a-zA-Z0-9_-]{1,100}$')), name='engagement_post_platform_post_id_format'), models.CheckConstraint(condition=django.db.models.lookups.Range(django.db.models.functions.text.Length('content'), (1, 5000)), name='engagement_post_content_length'), models.CheckConstraint(condition=models.Q(('keyword_matches__len__range', (1, 50))), name='engagement_post_keyword_matches_count'), models.CheckConstraint(condition=models.Q(('error_count__gte', 0)), name='engagement_post_error_count_non_negative')],
            },
        ),
        migrations.CreateModel(
            name='Decision',
            fields=[
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('sss_score', models.FloatField(help_text='Solution-seeking score.', validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
                ('ars_score', models.FloatField(help_text='Audience relevance score.', validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
                ('evs_score', models.FloatField(help_text='Engagement value score.', validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
                ('trs_score', models.FloatField(help_text='Topic relevance / risk score.', validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
                ('composite_score', models.FloatField(validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
                ('mode', models.CharField(choices=[('HELPFUL', 'Helpful'), ('ENGAGEMENT', 'Engagement'), ('HYBRID', 'Hybrid'), ('DISENGAGED', 'Disengaged')], max_length=16)),
                ('archetype', models.CharField(blank=True, choices=[('CHECKLIST', 'Checklist'), ('MYTHBUST', 'Myth-bust'), ('COACH', 'Coach'), ('STORYLET', 'Storylet'), ('HUMOR_LIGHT', 'Light humor'), ('CREDIBILITY_ANCHOR', 'Credibility anchor'), ('CONFIDENT_RECOMMENDER', 'Confident recommender'), ('PROBLEM_SOLUTION_DIRECT', 'Problem / solution, direct')], max_length=32, null=True)),
                ('safety_flags', django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=50), blank=True, db_default=[], default=list)),
                ('signals_json', models.JSONField(blank=True, db_default={}, default=dict)),
                ('temporal_context', models.JSONField(blank=True, db_default={}, default=dict)),
                ('competitor_detected', models.BooleanField(db_default=False, default=False)),
                ('is_power_user', models.BooleanField(db_default=False, default=False)),
                ('experiment_variant', models.CharField(blank=True, choices=[('A', 'Variant A'), ('B', 'Variant B')], max_length=1, null=True)),
                ('is_randomized_experiment', models.BooleanField(db_default=False, default=False)),
                ('predicted_mode', models.CharField(blank=True, choices=[('HELPFUL', 'Helpful'), ('ENGAGEMENT', 'Engagement'), ('HYBRID', 'Hybrid'), ('DISENGAGED', 'Disengaged')], max_length=16, null=True)),
                ('experiment', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='decisions', to='engagement.experiment')),
                ('post', models.ForeignKey(on_delete=django.db.models.deletion.DB_CASCADE, related_name='decisions', to='engagement.post')),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['created_at'], name='eng_decision_created_idx'), models.Index(fields=['experiment_variant'], name='eng_decision_variant_idx'), models.Index(fields=['is_randomized_experiment'], name='eng_decision_randomized_idx'), models.Index(fields=['mode'], name='eng_decision_mode_idx'), models.Index(fields=['composite_score'], name='eng_decision_composite_idx'), models.Index(fields=['archetype'], name='eng_decision_archetype_idx'), django.contrib.postgres.indexes.GinIndex(fields=['safety_flags'], name='eng_decision_safety_gin')],
                'constraints': [models.CheckConstraint(condition=models.Q(('mode__in', ['HELPFUL', 'ENGAGEMENT', 'HYBRID', 'DISENGAGED'])), name='engagement_decision_mode_valid'), models.CheckConstraint(condition=models.Q(('predicted_mode__in', ['HELPFUL', 'ENGAGEMENT', 'HYBRID', 'DISENGAGED'])), name='engagement_decision_predicted_mode_valid'), models.CheckConstraint(condition=models.Q(('archetype__in', ['CHECKLIST', 'MYTHBUST', 'COACH', 'STORYLET', 'HUMOR_LIGHT', 'CREDIBILITY_ANCHOR', 'CONFIDENT_RECOMMENDER', 'PROBLEM_SOLUTION_DIRECT'])), name='engagement_decision_archetype_valid'), models.CheckConstraint(condition=models.Q(('experiment_variant__in', ['A', 'B'])), name='engagement_decision_experiment_variant_valid'), models.CheckConstraint(condition=models.Q(('sss_score__gte', 0.0), ('sss_score__lte', 1.0)), name='engagement_decision_sss_score_range'), models.CheckConstraint(condition=models.Q(('ars_score__gte', 0.0), ('ars_score__lte', 1.0)), name='engagement_decision_ars_score_range'), models.CheckConstraint(condition=models.Q(('evs_score__gte', 0.0), ('evs_score__lte', 1.0)), name='engagement_decision_evs_score_range'), models.CheckConstraint(condition=models.Q(('trs_score__gte', 0.0), ('trs_score__lte', 1.0)), name='engagement_decision_trs_score_range'), models.CheckConstraint(condition=models.Q(('composite_score__gte', 0.0), ('composite_score__lte', 1.0)), name='engagement_decision_composite_score_range'), models.CheckConstraint(condition=models.Q(('experiment_variant__isnull', True), ('experiment__isnull', False), _connector='OR'), name='engagement_decision_variant_needs_experiment'), models.CheckConstraint(condition=models.Q(('is_randomized_experiment', False), ('predicted_mode__isnull', False), _connector='OR'), name='engagement_decision_randomized_needs_prediction')],
            },
        ),
        migrations.CreateModel(
            name='CompetitiveMention',
            fields=[
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('sentiment', models.CharField(choices=[('POSITIVE', 'Positive'), ('NEUTRAL', 'Neutral'), ('NEGATIVE', 'Negative')], max_length=8)),
                ('satisfaction', models.CharField(choices=[('SATISFIED', 'Satisfied'), ('NEUTRAL', 'Neutral'), ('DISSATISFIED', 'Dissatisfied'), ('UNKNOWN', 'Unknown')], db_default='UNKNOWN', default='UNKNOWN', max_length=12)),
                ('opportunity_score', models.FloatField(validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
                ('replied', models.BooleanField(db_default=False, default=False)),
                ('competitor', models.ForeignKey(on_delete=django.db.models.deletion.DO_NOTHING, related_name='mentions', to='engagement.competitor')),
                ('post', models.ForeignKey(on_delete=django.db.models.deletion.DB_CASCADE, related_name='competitive_mentions', to='engagement.post')),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['competitor', '-created_at'], name='eng_mention_competitor_idx'), models.Index(fields=['opportunity_score'], name='eng_mention_opportunity_idx')],
                'constraints': [models.UniqueConstraint(fields=('post', 'competitor'), name='engagement_competitivemention_post_competitor_unique'), models.CheckConstraint(condition=models.Q(('sentiment__in', ['POSITIVE', 'NEUTRAL', 'NEGATIVE'])), name='engagement_competitivemention_sentiment_valid'), models.CheckConstraint(condition=models.Q(('satisfaction__in', ['SATISFIED', 'NEUTRAL', 'DISSATISFIED', 'UNKNOWN'])), name='engagement_competitivemention_satisfaction_valid'), models.CheckConstraint(condition=models.Q(('opportunity_score__gte', 0.0), ('opportunity_score__lte', 1.0)), name='engagement_competitivemention_opportunity_score_range')],
            },
        ),
        migrations.CreateModel(
            name='RandomizedExperiment',
            fields=[
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('predicted_mode', models.CharField(choices=[('HELPFUL', 'Helpful'), ('ENGAGEMENT', 'Engagement'), ('HYBRID', 'Hybrid'), ('DISENGAGED', 'Disengaged')], max_length=16)),
                ('actual_mode', models.CharField(choices=[('HELPFUL', 'Helpful'), ('ENGAGEMENT', 'Engagement'), ('HYBRID', 'Hybrid'), ('DISENGAGED', 'Disengaged')], max_length=16)),
                ('predicted_outcome', models.FloatField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
                ('actual_outcome', models.FloatField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
                ('decision', models.ForeignKey(on_delete=django.db.models.deletion.DB_CASCADE, related_name='randomized_experiments', to='engagement.decision')),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'constraints': [models.CheckConstraint(condition=models.Q(('predicted_mode__in', ['HELPFUL', 'ENGAGEMENT', 'HYBRID', 'DISENGAGED'])), name='engagement_randomizedexperiment_predicted_mode_valid'), models.CheckConstraint(condition=models.Q(('actual_mode__in', ['HELPFUL', 'ENGAGEMENT', 'HYBRID', 'DISENGAGED'])), name='engagement_randomizedexperiment_actual_mode_valid'), models.CheckConstraint(condition=models.Q(('predicted_outcome__gte', 0.0), ('predicted_outcome__lte', 1.0)), name='engagement_randomizedexperiment_predicted_outcome_range'), models.CheckConstraint(condition=models.Q(('actual_outcome__gte', 0.0), ('actual_outcome__lte', 1.0)), name='engagement_randomizedexperiment_actual_outcome_range')],
            },
        ),
        migrations.CreateModel(
            name='Reply',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('content', models.TextField(validators=[django.core.validators.MinLengthValidator(10, 'Reply too short'), django.core.validators.MaxLengthValidator(1000, 'Reply exceeds maximum length'), engagement.validation.validate_reply_signature, engagement.validation.validate_no_prohibited_claims])),
                ('archetype', models.CharField(choices=[('CHECKLIST', 'Checklist'), ('MYTHBUST', 'Myth-bust'), ('COACH', 'Coach'), ('STORYLET', 'Storylet'), ('HUMOR_LIGHT', 'Light humor'), ('CREDIBILITY_ANCHOR', 'Credibility anchor'), ('CONFIDENT_RECOMMENDER', 'Confident recommender'), ('PROBLEM_SOLUTION_DIRECT', 'Problem / solution, direct')], max_length=32)),
                ('platform', models.CharField(choices=[('TWITTER', 'Twitter / X'), ('REDDIT', 'Reddit'), ('THREADS', 'Threads')], max_length=16)),
                ('platform_post_id', models.CharField(blank=True, help_text="The reply's own id on the platform, once posted.", max_length=100, null=True, validators=[django.core.validators.RegexValidator('^[a-zA-Z0-9_-]+\\Z', 'Invalid post ID format')])),
                ('utm_code', models.CharField(max_length=64, validators=[django.core.validators.RegexValidator('^[a-z0-9_-]+\\Z', 'Invalid UTM code')])),
                ('help_count', models.IntegerField(db_default=0, default=0, help_text="'This helped' reactions; bumped atomically.", validators=[django.core.validators.MinValueValidator(0, 'Must not be negative')])),
                ('approval_status', models.CharField(choices=[('PENDING', 'Pending review'), ('APPROVED', 'Approved'), ('REJECTED', 'Rejected')], db_default='PENDING', default='PENDING', max_length=16)),
                ('approved_at', models.DateTimeField(blank=True, null=True)),
                ('rejected_at', models.DateTimeField(blank=True, null=True)),
                ('rejection_reason', models.TextField(blank=True, null=True)),
                ('posted_at', models.DateTimeField(blank=True, null=True)),
                ('metrics_json', models.JSONField(blank=True, db_default={}, default=dict)),
                ('deleted_at', models.DateTimeField(blank=True, null=True)),
                ('delete_reason', models.TextField(blank=True, null=True)),
                ('reply_type', models.CharField(choices=[('STANDARD', 'Standard reply'), ('COMPETITIVE', 'Competitive displacement'), ('POWER_USER', 'Power-user engagement'), ('CHAMPION', 'Community champion engagement'), ('FOLLOW_UP', 'Follow-up in a thread')], db_default='STANDARD', default='STANDARD', max_length=16)),
                ('answered_snapshot', models.JSONField(blank=True, editable=False, help_text='What the reply answered (post, author, decision), kept when retention archives the decision and its post.', null=True)),
                ('approved_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='engagement_replies_approved', to=settings.AUTH_USER_MODEL)),
                ('decision', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.DB_SET_NULL, related_name='replies', to='engagement.decision')),
                ('rejected_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='engagement_replies_rejected', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name_plural': 'replies',
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['posted_at'], name='eng_reply_posted_idx'), models.Index(fields=['approval_status'], name='eng_reply_approval_idx'), models.Index(fields=['platform', 'posted_at'], name='eng_reply_platform_posted_idx'), models.Index(condition=models.Q(('deleted_at__isnull', True)), fields=['approval_status', 'created_at'], name='eng_reply_queue_idx'), models.Index(fields=['created_at', 'id'], name='eng_reply_created_idx'), models.Index(fields=['utm_code'], name='eng_reply_utm_idx'), models.Index(fields=['archetype'], name='eng_reply_archetype_idx'), models.Index(fields=['reply_type'], name='eng_reply_type_idx')],
                'constraints': [models.CheckConstraint(condition=models.Q(('archetype__in', ['CHECKLIST', 'MYTHBUST', 'COACH', 'STORYLET', 'HUMOR_LIGHT', 'CREDIBILITY_ANCHOR', 'CONFIDENT_RECOMMENDER', 'PROBLEM_SOLUTION_DIRECT'])), name='engagement_reply_archetype_valid'), models.CheckConstraint(condition=models.Q(('platform__in', ['TWITTER', 'REDDIT', 'THREADS'])), name='engagement_reply_platform_valid'), models.CheckConstraint(condition=models.Q(('approval_status__in', ['PENDING', 'APPROVED', 'REJECTED'])), name='engagement_reply_approval_status_valid'), models.CheckConstraint(condition=models.Q(('reply_type__in', ['STANDARD', 'COMPETITIVE', 'POWER_USER', 'CHAMPION', 'FOLLOW_UP'])), name='engagement_reply_reply_type_valid'), models.CheckConstraint(condition=django.db.models.lookups.Range(django.db.models.functions.text.Length('content'), (10, 1000)), name='engagement_reply_content_length'), models.CheckConstraint(condition=models.Q(('platform_post_id__regex', '^[a-zA-Z0-9_-]{1,100}$')), name='engagement_reply_platform_post_id_format'), models.CheckConstraint(condition=models.Q(('utm_code__regex', '^[a-z0-9_-]{1,64}$')), name='engagement_reply_utm_code_format'), models.CheckConstraint(condition=models.Q(('help_count__gte', 0)), name='engagement_reply_help_count_non_negative'), models.CheckConstraint(condition=models.Q(models.Q(('approval_status', 'APPROVED'), _negated=True), models.Q(('approved_at__isnull', False), ('approved_by__isnull', False)), _connector='OR'), name='engagement_reply_approved_has_approver'), models.CheckConstraint(condition=models.Q(models.Q(('approval_status', 'REJECTED'), _negated=True), models.Q(('rejected_at__isnull', False), ('rejected_by__isnull', False)), _connector='OR'), name='engagement_reply_rejected_has_reviewer'), models.CheckConstraint(condition=models.Q(('posted_at__isnull', True), ('approval_status', 'APPROVED'), _connector='OR'), name='engagement_reply_posted_needs_approval'), models.CheckConstraint(condition=models.Q(('deleted_at__isnull', True), models.Q(('delete_reason__isnull', False), models.Q(('delete_reason', ''), _negated=True)), _connector='OR'), name='engagement_reply_deleted_has_reason'), models.CheckConstraint(condition=models.Q(('decision__isnull', False), ('answered_snapshot__isnull', False), _connector='OR'), name='engagement_reply_decision_or_snapshot')],
            },
        ),
        migrations.CreateModel(
            name='Escalation',
            fields=[
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('reason', models.CharField(choices=[('SAFETY_FLAG', 'Safety flag raised'), ('MEDICAL_QUESTION', 'Medical question'), ('NEGATIVE_SENTIMENT', 'Strongly negative sentiment'), ('POWER_USER', 'Power user involved'), ('COMPETITOR_CONFLICT', 'Competitor conflict'), ('CRISIS', 'Crisis / self-harm signal'), ('LEGAL', 'Legal or regulatory'), ('LOW_CONFIDENCE', 'Low decision confidence'), ('OTHER', 'Other')], max_length=24)),
                ('priority', models.SmallIntegerField(choices=[(1, 'Low'), (2, 'Medium'), (3, 'High'), (4, 'Critical')], db_default=2, default=2)),
                ('status', models.CharField(choices=[('OPEN', 'Open'), ('ASSIGNED', 'Assigned'), ('RESOLVED', 'Resolved'), ('DISMISSED', 'Dismissed')], db_default='OPEN', default='OPEN', max_length=10)),
                ('resolution_notes', models.TextField(blank=True, null=True)),
                ('resolved_at', models.DateTimeField(blank=True, null=True)),
                ('subject_snapshot', models.JSONField(blank=True, editable=False, help_text='The escalated post/decision, kept when retention archives them.', null=True)),
                ('assigned_to', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='engagement_escalations_assigned', to=settings.AUTH_USER_MODEL)),
                ('decision', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.DB_SET_NULL, related_name='escalations', to='engagement.decision')),
                ('resolved_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='engagement_escalations_resolved', to=settings.AUTH_USER_MODEL)),
                ('post', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.DB_SET_NULL, related_name='escalations', to='engagement.post')),
                ('reply', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='escalations', to='engagement.reply')),
            ],
            options={
                'ordering': ['-priority', 'created_at', 'id'],
                'indexes': [models.Index(fields=['status', 'priority'], name='eng_escalation_status_prio_idx'), models.Index(fields=['created_at'], name='eng_escalation_created_idx'), models.Index(fields=['reason'], name='eng_escalation_reason_idx')],
                'constraints': [models.CheckConstraint(condition=models.Q(('reason__in', ['SAFETY_FLAG', 'MEDICAL_QUESTION', 'NEGATIVE_SENTIMENT', 'POWER_USER', 'COMPETITOR_CONFLICT', 'CRISIS', 'LEGAL', 'LOW_CONFIDENCE', 'OTHER'])), name='engagement_escalation_reason_valid'), models.CheckConstraint(condition=models.Q(('priority__in', [1, 2, 3, 4])), name='engagement_escalation_priority_valid'), models.CheckConstraint(condition=models.Q(('status__in', ['OPEN', 'ASSIGNED', 'RESOLVED', 'DISMISSED'])), name='engagement_escalation_status_valid'), models.CheckConstraint(condition=models.Q(models.Q(('resolved_at__isnull', False), ('status__in', ['RESOLVED', 'DISMISSED'])), models.Q(models.Q(('status__in', ['RESOLVED', 'DISMISSED']), _negated=True), ('resolved_at__isnull', True)), _connector='OR'), name='engagement_escalation_closed_has_resolved_at'), models.CheckConstraint(condition=models.Q(models.Q(('status', 'ASSIGNED'), _negated=True), ('assigned_to__isnull', False), _connector='OR'), name='engagement_escalation_assigned_has_assignee'), models.CheckConstraint(condition=models.Q(('resolved_at__isnull', True), ('resolved_at__gte', models.F('created_at')), _connector='OR'), name='engagement_escalation_resolved_order'), models.CheckConstraint(condition=models.Q(('post__isnull', False), ('decision__isnull', False), ('reply__isnull', False), ('subject_snapshot__isnull', False), _connector='OR'), name='engagement_escalation_has_subject', violation_error_message='An escalation needs a post, a decision or a reply.')],
            },
        ),
        migrations.CreateModel(
            name='SegmentedWeight',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('segment_type', models.CharField(choices=[('PLATFORM', 'Platform'), ('ARCHETYPE', 'Archetype'), ('POWER_TIER', 'Power tier'), ('TIME_OF_DAY', 'Time of day'), ('KEYWORD_CATEGORY', 'Keyword category')], max_length=16)),
                ('segment_key', models.CharField(max_length=100)),
                ('sss_weight', models.FloatField(validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
                ('ars_weight', models.FloatField(validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
                ('evs_weight', models.FloatField(validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
                ('trs_weight', models.FloatField(validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
                ('sample_size', models.IntegerField(db_default=0, default=0, validators=[django.core.validators.MinValueValidator(0, 'Must not be negative')])),
                ('performance', models.FloatField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(0.0, 'Scores range from 0.0 to 1.0'), django.core.validators.MaxValueValidator(1.0, 'Scores range from 0.0 to 1.0')])),
            ],
            options={
                'ordering': ['segment_type', 'segment_key'],
                'constraints': [models.UniqueConstraint(fields=('segment_type', 'segment_key'), name='engagement_segmentedweight_segment_unique'), models.CheckConstraint(condition=models.Q(('segment_type__in', ['PLATFORM', 'ARCHETYPE', 'POWER_TIER', 'TIME_OF_DAY', 'KEYWORD_CATEGORY'])), name='engagement_segmentedweight_segment_type_valid'), models.CheckConstraint(condition=models.Q(('segment_key', ''), _negated=True), name='engagement_segmentedweight_segment_key_not_blank'), models.CheckConstraint(condition=models.Q(('sss_weight__gte', 0.0), ('sss_weight__lte', 1.0)), name='engagement_segmentedweight_sss_weight_range'), models.CheckConstraint(condition=models.Q(('ars_weight__gte', 0.0), ('ars_weight__lte', 1.0)), name='engagement_segmentedweight_ars_weight_range'), models.CheckConstraint(condition=models.Q(('evs_weight__gte', 0.0), ('evs_weight__lte', 1.0)), name='engagement_segmentedweight_evs_weight_range'), models.CheckConstraint(condition=models.Q(('trs_weight__gte', 0.0), ('trs_weight__lte', 1.0)), name='engagement_segmentedweight_trs_weight_range'), models.CheckConstraint(condition=models.Q(('performance__gte', 0.0), ('performance__lte', 1.0)), name='engagement_segmentedweight_performance_range'), models.CheckConstraint(condition=models.Q(('sample_size__gte', 0)), name='engagement_segmentedweight_sample_size_non_negative')],
            },
        ),
        migrations.CreateModel(
            name='WeightAdjustmentLog',
            fields=[
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('date', models.DateField()),
                ('action', models.CharField(choices=[('ADJUSTED', 'Weights adjusted'), ('SKIPPED', 'Skipped (insufficient data)'), ('ROLLED_BACK', 'Rolled back')], max_length=12)),
                ('reason', models.TextField(blank=True, db_default='', default='')),
                ('valid_segments', models.IntegerField(db_default=0, default=0, validators=[django.core.validators.MinValueValidator(0, 'Must not be negative')])),
                ('total_segments', models.IntegerField(db_default=0, default=0, validators=[django.core.validators.MinValueValidator(0, 'Must not be negative')])),
                ('sample_sizes', models.JSONField(blank=True, db_default={}, default=dict)),
                ('old_weights', models.JSONField(blank=True, db_default={}, default=dict)),
                ('new_weights', models.JSONField(blank=True, db_default={}, default=dict)),
                ('predicted_improvement', models.FloatField(blank=True, null=True)),
            ],
            options={
                'ordering': ['-date', '-created_at'],
                'indexes': [models.Index(fields=['date'], name='eng_weightlog_date_idx')],
                'constraints': [models.CheckConstraint(condition=models.Q(('action__in', ['ADJUSTED', 'SKIPPED', 'ROLLED_BACK'])), name='engagement_weightadjustmentlog_action_valid'), models.CheckConstraint(condition=models.Q(('valid_segments__gte', 0)), name='engagement_weightadjustmentlog_valid_segments_non_negative'), models.CheckConstraint(condition=models.Q(('valid_segments__lte', models.F('total_segments'))), name='engagement_weightadjustmentlog_segments_order')],
            },
        ),
        migrations.CreateModel(
            name='AuditLog',
            fields=[
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('entity_type', models.CharField(max_length=50)),
                ('entity_id', models.CharField(max_length=64)),
                ('action', models.CharField(choices=[('CREATED', 'Created'), ('UPDATED', 'Updated'), ('APPROVED', 'Approved'), ('REJECTED', 'Rejected'), ('DELETED', 'Deleted'), ('POSTED', 'Posted'), ('ESCALATED', 'Escalated'), ('ASSIGNED', 'Assigned'), ('RESOLVED', 'Resolved'), ('DISMISSED', 'Dismissed'), ('ARCHIVED', 'Archived by retention')], max_length=16)),
                ('actor_label', models.CharField(blank=True, db_default='', default='', help_text="Who acted, as text: the user's email or the worker name.", max_length=254)),
                ('details_json', models.JSONField(blank=True, db_default={}, default=dict)),
                ('actor', models.ForeignKey(blank=True, help_text='Empty for the bot / a system process (see actor_label).', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='engagement_audit_logs', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['entity_type', 'entity_id', 'created_at'], name='eng_audit_entity_idx'), models.Index(fields=['created_at', 'id'], name='eng_audit_created_idx'), models.Index(fields=['action', 'created_at'], name='eng_audit_action_idx')],
                'constraints': [models.CheckConstraint(condition=models.Q(('action__in', ['CREATED', 'UPDATED', 'APPROVED', 'REJECTED', 'DELETED', 'POSTED', 'ESCALATED', 'ASSIGNED', 'RESOLVED', 'DISMISSED', 'ARCHIVED'])), name='engagement_auditlog_action_valid'), models.CheckConstraint(condition=models.Q(('entity_type__regex', '^[a-z_]{1,50}$')), name='engagement_auditlog_entity_type_format'), models.CheckConstraint(condition=models.Q(('entity_id', ''), _negated=True), name='engagement_auditlog_entity_id_not_blank')],
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='auditlog',
            trigger=pgtrigger.compiler.Trigger(name='audit_append_only', sql=pgtrigger.compiler.UpsertTriggerSql(func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;", hash='7bc3b267630c0e50433b0742f0fea2f42d3219e6', operation='UPDATE OR DELETE', pgid='pgtrigger_audit_append_only_b48b6', table='engagement_auditlog', when='BEFORE')),
        ),
        migrations.RunSQL(
            sql='',
            reverse_sql=['DROP FUNCTION IF EXISTS pgtrigger_audit_append_only_b48b6() CASCADE;'],
        ),
    ]
