"""The landed migrations of this app, squashed (issue 14; docs/migrations.md).

Same state and schema as the migrations in ``replaces``: constraints and indexes
are created with their tables (CreateModel options), triggers right after.
A database that applied the replaced names counts this one as applied.
"""
import core.models
import django.contrib.postgres.indexes
import django.core.validators
import django.db.models.deletion
import django.db.models.fields.json
import django.db.models.functions.datetime
import django.db.models.functions.text
import django.db.models.lookups
import pgtrigger.compiler
import pgtrigger.migrations
import uuid
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    replaces = [('ideas', '0001_initial'), ('ideas', '0002_evaluation_requires_submitted_idea')]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='BusinessIdea',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('title', models.CharField(max_length=200)),
                ('description', models.TextField(help_text='50 to 5000 characters (FR1).')),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('submitted', 'Submitted'), ('evaluating', 'Evaluating'), ('completed', 'Completed')], db_default='draft', default='draft', editable=False, max_length=16)),
                ('deleted_at', models.DateTimeField(blank=True, editable=False, help_text='Set when the owner deletes the idea; staff can restore it.', null=True)),
                ('user', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.DB_CASCADE, related_name='business_ideas', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'business idea',
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['user', '-created_at'], name='idea_user_created_idx'), models.Index(fields=['user', 'status'], name='idea_user_status_idx'), models.Index(fields=['status', '-created_at'], name='idea_status_created_idx'), models.Index(fields=['-created_at'], name='idea_created_idx'), models.Index(condition=models.Q(('deleted_at__isnull', False)), fields=['deleted_at'], name='idea_deleted_idx')],
                'constraints': [models.CheckConstraint(condition=models.Q(('status__in', ['draft', 'submitted', 'evaluating', 'completed'])), name='ideas_businessidea_status_valid'), models.CheckConstraint(condition=models.Q(('title__regex', '\\S')), name='ideas_businessidea_title_not_blank', violation_error_message='A title is required.'), models.CheckConstraint(condition=models.Q(django.db.models.lookups.GreaterThanOrEqual(django.db.models.functions.text.Length(models.Func(models.F('description'), models.Value(' \t\n\r\x0c\x0b'), function='btrim', output_field=models.TextField())), 50), django.db.models.lookups.LessThanOrEqual(django.db.models.functions.text.Length('description'), 5000)), name='ideas_businessidea_description_length', violation_error_message='A description has 50 to 5000 characters.')],
            },
        ),
        migrations.CreateModel(
            name='Evaluation',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('status', models.CharField(choices=[('pending', 'Pending'), ('analyzing', 'Analyzing'), ('completed', 'Completed'), ('failed', 'Failed')], db_default='pending', default='pending', editable=False, max_length=16)),
                ('priority', models.CharField(choices=[('low', 'Low'), ('normal', 'Normal'), ('high', 'High')], db_default='normal', default='normal', max_length=8)),
                ('started_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('completed_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('results', models.JSONField(blank=True, editable=False, help_text='Aggregated results (a JSON object).', null=True)),
                ('error_message', models.TextField(blank=True, db_default='', default='', editable=False)),
                ('idea', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.DB_CASCADE, related_name='evaluations', to='ideas.businessidea')),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['idea', '-created_at'], name='eval_idea_created_idx'), models.Index(fields=['status', 'priority', 'created_at'], name='eval_status_prio_idx'), models.Index(fields=['priority', '-created_at'], name='eval_priority_idx'), models.Index(fields=['-created_at'], name='eval_created_idx'), models.Index(django.db.models.fields.json.KeyTransform('overall_score', 'results'), name='eval_overall_score_idx'), django.contrib.postgres.indexes.GinIndex(fields=['results'], name='eval_results_gin', opclasses=['jsonb_path_ops'])],
                'constraints': [models.CheckConstraint(condition=models.Q(('status__in', ['pending', 'analyzing', 'completed', 'failed'])), name='ideas_evaluation_status_valid'), models.CheckConstraint(condition=models.Q(('priority__in', ['low', 'normal', 'high'])), name='ideas_evaluation_priority_valid'), models.CheckConstraint(condition=models.Q(models.Q(('status', 'pending'), _negated=True), models.Q(('completed_at__isnull', True), ('started_at__isnull', True)), _connector='OR'), name='ideas_evaluation_pending_not_started'), models.CheckConstraint(condition=models.Q(('status', 'pending'), ('started_at__isnull', False), _connector='OR'), name='ideas_evaluation_started_at_set'), models.CheckConstraint(condition=models.Q(models.Q(('completed_at__isnull', False), ('status__in', ['completed', 'failed'])), models.Q(models.Q(('status__in', ['completed', 'failed']), _negated=True), ('completed_at__isnull', True)), _connector='OR'), name='ideas_evaluation_completed_at_iff_done'), models.CheckConstraint(condition=models.Q(('completed_at__isnull', True), ('started_at__isnull', True), ('completed_at__gte', models.F('started_at')), _connector='OR'), name='ideas_evaluation_completed_after_started'), models.CheckConstraint(condition=models.Q(models.Q(('status', 'failed'), _negated=True), ('error_message__regex', '\\S'), _connector='OR'), name='ideas_evaluation_failed_has_error', violation_error_message='A failed evaluation needs an error message.'), models.CheckConstraint(condition=models.Q(models.Q(('status', 'completed'), _negated=True), ('results__isnull', False), _connector='OR'), name='ideas_evaluation_completed_has_results'), models.CheckConstraint(condition=models.Q(('results__isnull', True), django.db.models.lookups.Exact(models.Func(models.F('results'), function='jsonb_typeof', output_field=models.TextField()), 'object'), _connector='OR'), name='ideas_evaluation_results_object'), models.UniqueConstraint(condition=models.Q(('status__in', ['pending', 'analyzing'])), fields=('idea',), name='ideas_evaluation_one_open_per_idea', violation_error_message='This idea already has an evaluation in progress.')],
            },
        ),
        migrations.CreateModel(
            name='AgentResult',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('agent_type', models.CharField(choices=[('market-research', 'Market research'), ('competitive-analysis', 'Competitive analysis'), ('customer-research', 'Customer research'), ('financial-analysis', 'Financial analysis'), ('technical-feasibility', 'Technical feasibility'), ('risk-assessment', 'Risk assessment')], max_length=32)),
                ('status', models.CharField(choices=[('pending', 'Pending'), ('running', 'Running'), ('completed', 'Completed'), ('failed', 'Failed')], db_default='pending', default='pending', editable=False, max_length=16)),
                ('input_data', models.JSONField(blank=True, db_default={}, default=dict)),
                ('output_data', models.JSONField(blank=True, null=True)),
                ('insights', models.JSONField(blank=True, null=True)),
                ('score', models.FloatField(blank=True, help_text='0 to 100.', null=True, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(100)])),
                ('started_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('completed_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('error_message', models.TextField(blank=True, db_default='', default='', editable=False)),
                ('evaluation', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.DB_CASCADE, related_name='agent_results', to='ideas.evaluation')),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['agent_type', 'score'], name='agres_type_score_idx'), models.Index(fields=['status', '-created_at'], name='agres_status_created_idx'), models.Index(fields=['-created_at', '-id'], name='agres_created_idx'), models.Index(fields=['score'], name='agres_score_idx'), django.contrib.postgres.indexes.GinIndex(fields=['output_data'], name='agres_output_gin', opclasses=['jsonb_path_ops']), django.contrib.postgres.indexes.GinIndex(fields=['insights'], name='agres_insights_gin')],
                'constraints': [models.CheckConstraint(condition=models.Q(('agent_type__in', ['market-research', 'competitive-analysis', 'customer-research', 'financial-analysis', 'technical-feasibility', 'risk-assessment'])), name='ideas_agentresult_agent_type_valid'), models.CheckConstraint(condition=models.Q(('status__in', ['pending', 'running', 'completed', 'failed'])), name='ideas_agentresult_status_valid'), models.UniqueConstraint(fields=('evaluation', 'agent_type'), name='ideas_agentresult_one_per_agent', violation_error_message='This evaluation already has a result for this agent.'), models.CheckConstraint(condition=models.Q(('score__isnull', True), models.Q(('score__gte', 0), ('score__lte', 100)), _connector='OR'), name='ideas_agentresult_score_range', violation_error_message='A score is between 0 and 100.'), models.CheckConstraint(condition=models.Q(models.Q(('status', 'pending'), _negated=True), models.Q(('completed_at__isnull', True), ('started_at__isnull', True)), _connector='OR'), name='ideas_agentresult_pending_not_started'), models.CheckConstraint(condition=models.Q(('status', 'pending'), ('started_at__isnull', False), _connector='OR'), name='ideas_agentresult_started_at_set'), models.CheckConstraint(condition=models.Q(models.Q(('completed_at__isnull', False), ('status__in', ['completed', 'failed'])), models.Q(models.Q(('status__in', ['completed', 'failed']), _negated=True), ('completed_at__isnull', True)), _connector='OR'), name='ideas_agentresult_completed_at_iff_done'), models.CheckConstraint(condition=models.Q(('completed_at__isnull', True), ('started_at__isnull', True), ('completed_at__gte', models.F('started_at')), _connector='OR'), name='ideas_agentresult_completed_after_started'), models.CheckConstraint(condition=models.Q(models.Q(('status', 'failed'), _negated=True), ('error_message__regex', '\\S'), _connector='OR'), name='ideas_agentresult_failed_has_error'), models.CheckConstraint(condition=models.Q(models.Q(('status', 'completed'), _negated=True), ('output_data__isnull', False), _connector='OR'), name='ideas_agentresult_completed_has_output'), models.CheckConstraint(condition=models.Q(django.db.models.lookups.Exact(models.Func(models.F('input_data'), function='jsonb_typeof', output_field=models.TextField()), 'object')), name='ideas_agentresult_input_object'), models.CheckConstraint(condition=models.Q(('output_data__isnull', True), django.db.models.lookups.Exact(models.Func(models.F('output_data'), function='jsonb_typeof', output_field=models.TextField()), 'object'), _connector='OR'), name='ideas_agentresult_output_object'), models.CheckConstraint(condition=models.Q(('insights__isnull', True), django.db.models.lookups.Exact(models.Func(models.F('insights'), function='jsonb_typeof', output_field=models.TextField()), 'object'), _connector='OR'), name='ideas_agentresult_insights_object')],
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='businessidea',
            trigger=pgtrigger.compiler.Trigger(name='draft_has_no_evaluations', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (NEW."status" = \'draft\')', func="IF EXISTS (SELECT 1 FROM ideas_evaluation e WHERE e.idea_id = NEW.id) THEN RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'ideas_businessidea_draft_has_no_evaluations', MESSAGE = format('ideas_businessidea_draft_has_no_evaluations: idea %s has evaluations and cannot be a draft', NEW.id); END IF; RETURN NEW;", hash='a3b605e99cd98c7f9353d43abd969184f67d64a8', operation='UPDATE OF "status"', pgid='pgtrigger_draft_has_no_evaluations_d5677', table='ideas_businessidea', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='evaluation',
            trigger=pgtrigger.compiler.Trigger(name='idea_not_draft', sql=pgtrigger.compiler.UpsertTriggerSql(func="IF EXISTS (SELECT 1 FROM ideas_businessidea i WHERE i.id = NEW.idea_id AND i.status = 'draft') THEN RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'ideas_evaluation_idea_not_draft', MESSAGE = format('ideas_evaluation_idea_not_draft: idea %s is a draft: submit it before it is evaluated', NEW.idea_id); END IF; RETURN NEW;", hash='f8e4aded8824dc64df1b7de4ba0dc7ef11665865', operation='INSERT OR UPDATE OF "idea_id"', pgid='pgtrigger_idea_not_draft_f7afd', table='ideas_evaluation', when='BEFORE')),
        ),
        migrations.RunSQL(
            sql='',
            reverse_sql=['DROP FUNCTION IF EXISTS pgtrigger_draft_has_no_evaluations_d5677() CASCADE;', 'DROP FUNCTION IF EXISTS pgtrigger_idea_not_draft_f7afd() CASCADE;'],
        ),
    ]
