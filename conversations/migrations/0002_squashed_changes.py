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
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    replaces = [('conversations', '0002_agentmessage_order_allows_zero'), ('conversations', '0004_constraint_messages')]

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ('conversations', '0001_initial_squashed'),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='agentmessage',
            name='conversations_agentmessage_order_positive',
        ),
        migrations.AlterField(
            model_name='agentmessage',
            name='message_order',
            field=models.IntegerField(help_text="Position in the conversation: 0 or more (the seed's Pydantic ge=0), unique within the conversation.", validators=[django.core.validators.MinValueValidator(0)]),
        ),
        django.contrib.postgres.operations.AddConstraintNotValid(
            model_name='agentmessage',
            constraint=models.CheckConstraint(condition=models.Q(('message_order__gte', 0)), name='conversations_agentmessage_order_non_negative', violation_error_message='The message order is 0 or more.'),
        ),
        core.db.operations.AlterConstraints(
            constraints={'agentmessage': [models.CheckConstraint(condition=django.db.models.lookups.IsNull(models.Func(models.F('cited_sources'), models.Value(None), function='array_position', output_field=models.IntegerField()), True), name='conversations_agentmessage_cited_sources_no_nulls', violation_error_message='Cited sources cannot contain empty (NULL) items.'), models.CheckConstraint(condition=django.db.models.lookups.IsNull(models.Func(models.F('signal_references'), models.Value(None), function='array_position', output_field=models.IntegerField()), True), name='conversations_agentmessage_signal_refs_no_nulls', violation_error_message='Signal references cannot contain empty (NULL) items.'), models.CheckConstraint(condition=django.db.models.lookups.Exact(models.Func(models.F('metadata'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), name='conversations_agentmessage_metadata_object', violation_error_message='Metadata must be a JSON object.'), models.CheckConstraint(condition=models.Q(('agent_type__in', ['financial_analyst', 'market_context', 'risk_challenger'])), name='conversations_agentmessage_agent_type_valid', violation_error_message='Agent type must be one of: financial_analyst, market_context, risk_challenger.')], 'conversation': [models.CheckConstraint(condition=django.db.models.lookups.Exact(models.Func(models.F('content_metadata'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), name='conversations_conversation_content_metadata_object', violation_error_message='Content metadata must be a JSON object.'), models.CheckConstraint(condition=django.db.models.lookups.Exact(models.Func(models.F('metadata'), function='jsonb_typeof', output_field=models.CharField()), models.Value('object')), name='conversations_conversation_metadata_object', violation_error_message='Metadata must be a JSON object.'), models.CheckConstraint(condition=models.Q(('content_type__in', ['text', 'substack_article', 'youtube_video', 'market_report', 'news_article'])), name='conversations_conversation_content_type_valid', violation_error_message='Content type must be one of: text, substack_article, youtube_video, market_report, news_article.'), models.CheckConstraint(condition=models.Q(('status__in', ['initialized', 'running', 'paused', 'completed', 'error', 'cancelled'])), name='conversations_conversation_status_valid', violation_error_message='Status must be one of: initialized, running, paused, completed, error, cancelled.')]},
        ),
    ]
