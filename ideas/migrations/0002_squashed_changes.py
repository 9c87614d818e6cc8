"""The changes made after the landed migrations, folded (issue 14).

The CHECKs it adds NOT VALID are validated by 0003, in a transaction of its own.

Takes a database at the landed state (``0001_initial_squashed``) to the current
one; the unreleased migrations it folds are in ``replaces``, so a development
database that applied all of them counts this one as applied.
"""
import core.db.operations
import django.contrib.postgres.operations
import django.core.validators
import django.db.models.lookups
import pgtrigger.compiler
import pgtrigger.migrations
from django.conf import settings
from django.db import migrations, models


def blank_to_null(apps, schema_editor):
    """An empty error_message ('' was the old "no error") becomes NULL."""
    db = schema_editor.connection.alias
    for name in ("Evaluation", "AgentResult"):
        model = apps.get_model("ideas", name)
        model.objects.using(db).filter(error_message="").update(error_message=None)


def null_to_blank(apps, schema_editor):
    """Back: NULL becomes '' and a NULL input_data {} again, so NOT NULL can come back."""
    db = schema_editor.connection.alias
    for name in ("Evaluation", "AgentResult"):
        model = apps.get_model("ideas", name)
        model.objects.using(db).filter(error_message__isnull=True).update(error_message="")
    agent_result = apps.get_model("ideas", "AgentResult")
    agent_result.objects.using(db).filter(input_data__isnull=True).update(input_data={})


class Migration(migrations.Migration):
    safety_reviewed = {
        "rename": "Seed 001's services read and write business_idea_id, so the old name is "
        "the bug being fixed; Django code using the old name stops with the deploy (stop the "
        "ideas workers for it).",
    }

    replaces = [('ideas', '0003_evaluation_business_idea'), ('ideas', '0004_error_message_input_data_nullable'), ('ideas', '0005_error_message_blank_to_null'), ('ideas', '0006_agentresult_agent_type_open'), ('ideas', '0008_constraint_messages')]

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ('ideas', '0001_initial_squashed'),
    ]

    operations = [
        pgtrigger.migrations.RemoveTrigger(
            model_name='businessidea',
            name='draft_has_no_evaluations',
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name='evaluation',
            name='idea_not_draft',
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveConstraint(
                    model_name='evaluation',
                    name='ideas_evaluation_one_open_per_idea',
                ),
                migrations.RemoveIndex(
                    model_name='evaluation',
                    name='eval_idea_created_idx',
                ),
            ],
        ),
        migrations.RenameField(
            model_name='evaluation',
            old_name='idea',
            new_name='business_idea',
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(
                    model_name='evaluation',
                    index=models.Index(fields=['business_idea', '-created_at'], name='eval_idea_created_idx'),
                ),
                migrations.AddConstraint(
                    model_name='evaluation',
                    constraint=models.UniqueConstraint(condition=models.Q(('status__in', ['pending', 'analyzing'])), fields=('business_idea',), name='ideas_evaluation_one_open_per_idea', violation_error_message='This idea already has an evaluation in progress.'),
                ),
            ],
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='businessidea',
            trigger=pgtrigger.compiler.Trigger(name='draft_has_no_evaluations', sql=pgtrigger.compiler.UpsertTriggerSql(condition='WHEN (NEW."status" = \'draft\')', func="IF EXISTS (SELECT 1 FROM ideas_evaluation e WHERE e.business_idea_id = NEW.id) THEN RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'ideas_businessidea_draft_has_no_evaluations', MESSAGE = format('ideas_businessidea_draft_has_no_evaluations: idea %s has evaluations and cannot be a draft', NEW.id); END IF; RETURN NEW;", hash='0c0bfc5953c55871ff66d3d81a1e6f82b4d5a5c2', operation='UPDATE OF "status"', pgid='pgtrigger_draft_has_no_evaluations_d5677', table='ideas_businessidea', when='BEFORE')),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name='evaluation',
            trigger=pgtrigger.compiler.Trigger(name='idea_not_draft', sql=pgtrigger.compiler.UpsertTriggerSql(func="IF EXISTS (SELECT 1 FROM ideas_businessidea i WHERE i.id = NEW.business_idea_id AND i.status = 'draft') THEN RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'ideas_evaluation_idea_not_draft', MESSAGE = format('ideas_evaluation_idea_not_draft: idea %s is a draft: submit it before it is evaluated', NEW.business_idea_id); END IF; RETURN NEW;", hash='672aa8e9c420aa76862236c86e66243e75a221ef', operation='INSERT OR UPDATE OF "business_idea_id"', pgid='pgtrigger_idea_not_draft_f7afd', table='ideas_evaluation', when='BEFORE')),
        ),
        migrations.RemoveConstraint(
            model_name='agentresult',
            name='ideas_agentresult_failed_has_error',
        ),
        migrations.RemoveConstraint(
            model_name='agentresult',
            name='ideas_agentresult_input_object',
        ),
        migrations.RemoveConstraint(
            model_name='evaluation',
            name='ideas_evaluation_failed_has_error',
        ),
        migrations.AlterField(
            model_name='agentresult',
            name='error_message',
            field=models.TextField(blank=True, editable=False, help_text='Why it failed; NULL otherwise (seed 001).', null=True),
        ),
        migrations.AlterField(
            model_name='agentresult',
            name='input_data',
            field=models.JSONField(blank=True, help_text='Agent input parameters.', null=True),
        ),
        migrations.AlterField(
            model_name='evaluation',
            name='error_message',
            field=models.TextField(blank=True, editable=False, help_text='Why it failed; NULL otherwise (seed 001).', null=True),
        ),
        django.contrib.postgres.operations.AddConstraintNotValid(
            model_name='agentresult',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'failed'), _negated=True), models.Q(('error_message__isnull', False), ('error_message__regex', '\\S')), _connector='OR'), name='ideas_agentresult_failed_has_error'),
        ),
        django.contrib.postgres.operations.AddConstraintNotValid(
            model_name='agentresult',
            constraint=models.CheckConstraint(condition=models.Q(('input_data__isnull', True), django.db.models.lookups.Exact(models.Func(models.F('input_data'), function='jsonb_typeof', output_field=models.TextField()), 'object'), _connector='OR'), name='ideas_agentresult_input_object'),
        ),
        django.contrib.postgres.operations.AddConstraintNotValid(
            model_name='evaluation',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'failed'), _negated=True), models.Q(('error_message__isnull', False), ('error_message__regex', '\\S')), _connector='OR'), name='ideas_evaluation_failed_has_error', violation_error_message='A failed evaluation needs an error message.'),
        ),
        migrations.RunPython(
            code=blank_to_null,
            reverse_code=null_to_blank,
        ),
        migrations.RemoveConstraint(
            model_name='agentresult',
            name='ideas_agentresult_agent_type_valid',
        ),
        migrations.AlterField(
            model_name='agentresult',
            name='agent_type',
            field=models.CharField(help_text='Open-ended, as in seed 001 (market-research, competitive-analysis, ...); ideas.choices.AgentType lists the agents this project runs.', max_length=32, validators=[django.core.validators.RegexValidator('^[a-z0-9]+([_-][a-z0-9]+)*$', message="An agent type is lower-case letters and digits in words joined by '-' or '_', e.g. market-research.")]),
        ),
        django.contrib.postgres.operations.AddConstraintNotValid(
            model_name='agentresult',
            constraint=models.CheckConstraint(condition=models.Q(('agent_type__regex', '^[a-z0-9]+([_-][a-z0-9]+)*$')), name='ideas_agentresult_agent_type_format', violation_error_message="An agent type is lower-case words joined by '-' or '_'."),
        ),
        core.db.operations.AlterConstraints(
            constraints={'agentresult': [models.CheckConstraint(condition=models.Q(('output_data__isnull', True), django.db.models.lookups.Exact(models.Func(models.F('output_data'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), _connector='OR'), name='ideas_agentresult_output_object', violation_error_message='Output data must be a JSON object.'), models.CheckConstraint(condition=models.Q(('insights__isnull', True), django.db.models.lookups.Exact(models.Func(models.F('insights'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), _connector='OR'), name='ideas_agentresult_insights_object', violation_error_message='Insights must be a JSON object.'), models.CheckConstraint(condition=models.Q(('status__in', ['pending', 'running', 'completed', 'failed'])), name='ideas_agentresult_status_valid', violation_error_message='Status must be one of: pending, running, completed, failed.'), models.CheckConstraint(condition=models.Q(models.Q(('status', 'pending'), _negated=True), models.Q(('completed_at__isnull', True), ('started_at__isnull', True)), _connector='OR'), name='ideas_agentresult_pending_not_started', violation_error_message='A pending row has neither started_at nor completed_at.'), models.CheckConstraint(condition=models.Q(('status', 'pending'), ('started_at__isnull', False), _connector='OR'), name='ideas_agentresult_started_at_set', violation_error_message='Only a pending row may lack started_at.'), models.CheckConstraint(condition=models.Q(models.Q(('completed_at__isnull', False), ('status__in', ['completed', 'failed'])), models.Q(models.Q(('status__in', ['completed', 'failed']), _negated=True), ('completed_at__isnull', True)), _connector='OR'), name='ideas_agentresult_completed_at_iff_done', violation_error_message='completed_at is set exactly when the row is completed or failed.'), models.CheckConstraint(condition=models.Q(('completed_at__isnull', True), ('started_at__isnull', True), ('completed_at__gte', models.F('started_at')), _connector='OR'), name='ideas_agentresult_completed_after_started', violation_error_message='completed_at cannot be before started_at.'), models.CheckConstraint(condition=models.Q(models.Q(('status', 'completed'), _negated=True), ('output_data__isnull', False), _connector='OR'), name='ideas_agentresult_completed_has_output', violation_error_message='A completed agent result needs output data.'), models.CheckConstraint(condition=models.Q(('input_data__isnull', True), django.db.models.lookups.Exact(models.Func(models.F('input_data'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), _connector='OR'), name='ideas_agentresult_input_object', violation_error_message='Input data must be a JSON object.'), models.CheckConstraint(condition=models.Q(models.Q(('status', 'failed'), _negated=True), models.Q(('error_message__isnull', False), ('error_message__regex', '\\S')), _connector='OR'), name='ideas_agentresult_failed_has_error', violation_error_message='A failed agent result needs an error message.')], 'businessidea': [models.CheckConstraint(condition=models.Q(('status__in', ['draft', 'submitted', 'evaluating', 'completed'])), name='ideas_businessidea_status_valid', violation_error_message='Status must be one of: draft, submitted, evaluating, completed.')], 'evaluation': [models.CheckConstraint(condition=models.Q(('results__isnull', True), django.db.models.lookups.Exact(models.Func(models.F('results'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), _connector='OR'), name='ideas_evaluation_results_object', violation_error_message='Results must be a JSON object.'), models.CheckConstraint(condition=models.Q(('status__in', ['pending', 'analyzing', 'completed', 'failed'])), name='ideas_evaluation_status_valid', violation_error_message='Status must be one of: pending, analyzing, completed, failed.'), models.CheckConstraint(condition=models.Q(('priority__in', ['low', 'normal', 'high'])), name='ideas_evaluation_priority_valid', violation_error_message='Priority must be one of: low, normal, high.'), models.CheckConstraint(condition=models.Q(models.Q(('status', 'pending'), _negated=True), models.Q(('completed_at__isnull', True), ('started_at__isnull', True)), _connector='OR'), name='ideas_evaluation_pending_not_started', violation_error_message='A pending row has neither started_at nor completed_at.'), models.CheckConstraint(condition=models.Q(('status', 'pending'), ('started_at__isnull', False), _connector='OR'), name='ideas_evaluation_started_at_set', violation_error_message='Only a pending row may lack started_at.'), models.CheckConstraint(condition=models.Q(models.Q(('completed_at__isnull', False), ('status__in', ['completed', 'failed'])), models.Q(models.Q(('status__in', ['completed', 'failed']), _negated=True), ('completed_at__isnull', True)), _connector='OR'), name='ideas_evaluation_completed_at_iff_done', violation_error_message='completed_at is set exactly when the row is completed or failed.'), models.CheckConstraint(condition=models.Q(('completed_at__isnull', True), ('started_at__isnull', True), ('completed_at__gte', models.F('started_at')), _connector='OR'), name='ideas_evaluation_completed_after_started', violation_error_message='completed_at cannot be before started_at.'), models.CheckConstraint(condition=models.Q(models.Q(('status', 'completed'), _negated=True), ('results__isnull', False), _connector='OR'), name='ideas_evaluation_completed_has_results', violation_error_message='A completed evaluation needs results.')]},
        ),
    ]
