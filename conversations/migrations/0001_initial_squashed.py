"""The landed migrations of this app, squashed (issue 14; docs/migrations.md).

Same state and schema as the migrations in ``replaces``: constraints and indexes
are created with their tables (CreateModel options), triggers right after.
A database that applied the replaced names counts this one as applied.
"""
import conversations.fields
import conversations.models
import conversations.validators
import core.models
import django.contrib.postgres.fields
import django.core.validators
import django.db.models.deletion
import django.db.models.functions.datetime
import django.db.models.functions.text
import django.db.models.lookups
import uuid
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    replaces = [('conversations', '0001_initial')]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Conversation',
            fields=[
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('content_type', models.CharField(choices=[('text', 'Text'), ('substack_article', 'Substack article'), ('youtube_video', 'YouTube video'), ('market_report', 'Market report'), ('news_article', 'News article')], max_length=32)),
                ('content_title', models.CharField(max_length=500)),
                ('content_content', models.TextField(help_text='The content the agents analyse, at least 10 characters.', validators=[django.core.validators.MinLengthValidator(10)])),
                ('content_url', models.TextField(blank=True, help_text='http:// or https:// URL.', null=True, validators=[django.core.validators.RegexValidator('^https?://', code='invalid_url', message='The URL must start with http:// or https://.')])),
                ('content_author', models.CharField(blank=True, max_length=200, null=True)),
                ('content_published_at', models.DateTimeField(blank=True, null=True)),
                ('content_metadata', models.JSONField(blank=True, db_default={}, default=dict, validators=[conversations.validators.validate_json_object])),
                ('status', models.CharField(choices=[('initialized', 'Initialized'), ('running', 'Running'), ('paused', 'Paused'), ('completed', 'Completed'), ('error', 'Error'), ('cancelled', 'Cancelled')], db_default='initialized', default='initialized', max_length=16)),
                ('consensus_reached', models.BooleanField(db_default=False, default=False)),
                ('final_recommendation', models.TextField(blank=True, null=True)),
                ('confidence_score', conversations.fields.RealField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(1)])),
                ('completed_at', models.DateTimeField(blank=True, null=True)),
                ('metadata', models.JSONField(blank=True, db_default={}, default=dict, validators=[conversations.validators.validate_json_object])),
                ('user', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.DB_CASCADE, related_name='conversations', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['user', '-created_at'], name='conv_user_created_idx'), models.Index(fields=['status', '-created_at'], name='conv_status_created_idx'), models.Index(fields=['content_type', '-created_at'], name='conv_ctype_created_idx'), models.Index(fields=['consensus_reached', '-created_at'], name='conv_consensus_created_idx'), models.Index(fields=['-created_at'], name='conv_created_idx')],
                'constraints': [models.CheckConstraint(condition=models.Q(('content_type__in', ['text', 'substack_article', 'youtube_video', 'market_report', 'news_article'])), name='conversations_conversation_content_type_valid'), models.CheckConstraint(condition=models.Q(('content_title', ''), _negated=True), name='conversations_conversation_title_not_empty', violation_error_message='The content title may not be empty.'), models.CheckConstraint(condition=django.db.models.lookups.GreaterThanOrEqual(django.db.models.functions.text.Length('content_content'), 10), name='conversations_conversation_content_min_length', violation_error_message='The content must be at least 10 characters long.'), models.CheckConstraint(condition=models.Q(('content_url__isnull', True), ('content_url__regex', '^https?://'), _connector='OR'), name='conversations_conversation_url_http', violation_error_message='The URL must start with http:// or https://.'), models.CheckConstraint(condition=django.db.models.lookups.Exact(conversations.models.JSONBTypeof(models.F('content_metadata')), models.Value('object')), name='conversations_conversation_content_metadata_object', violation_error_message='Content metadata must be a JSON object.'), models.CheckConstraint(condition=models.Q(('status__in', ['initialized', 'running', 'paused', 'completed', 'error', 'cancelled'])), name='conversations_conversation_status_valid'), models.CheckConstraint(condition=models.Q(('confidence_score__isnull', True), models.Q(('confidence_score__gte', 0), ('confidence_score__lte', 1)), _connector='OR'), name='conversations_conversation_confidence_range', violation_error_message='The confidence score must be between 0 and 1.'), models.CheckConstraint(condition=models.Q(('completed_at__isnull', True), ('completed_at__gte', models.F('created_at')), _connector='OR'), name='conversations_conversation_completed_after_created', violation_error_message='A conversation cannot complete before it was created.'), models.CheckConstraint(condition=django.db.models.lookups.Exact(conversations.models.JSONBTypeof(models.F('metadata')), models.Value('object')), name='conversations_conversation_metadata_object', violation_error_message='Metadata must be a JSON object.')],
            },
        ),
        migrations.CreateModel(
            name='AgentMessage',
            fields=[
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('agent_type', models.CharField(choices=[('financial_analyst', 'Financial analyst'), ('market_context', 'Market context'), ('risk_challenger', 'Risk challenger')], max_length=32)),
                ('agent_name', models.CharField(max_length=100)),
                ('content', models.TextField()),
                ('confidence_level', conversations.fields.RealField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(1)])),
                ('message_order', models.IntegerField(help_text='Position in the conversation: 1, 2, 3 ... unique within the conversation.', validators=[django.core.validators.MinValueValidator(1)])),
                ('cited_sources', django.contrib.postgres.fields.ArrayField(base_field=models.TextField(), blank=True, db_default=[], default=list)),
                ('signal_references', django.contrib.postgres.fields.ArrayField(base_field=models.TextField(), blank=True, db_default=[], default=list)),
                ('timestamp', models.DateTimeField(blank=True, db_default=django.db.models.functions.datetime.Now())),
                ('metadata', models.JSONField(blank=True, db_default={}, default=dict, validators=[conversations.validators.validate_json_object])),
                ('conversation', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.DB_CASCADE, related_name='messages', to='conversations.conversation')),
            ],
            options={
                'ordering': ['conversation', 'message_order'],
                'indexes': [models.Index(fields=['agent_type', '-timestamp'], name='msg_agent_type_ts_idx'), models.Index(fields=['-timestamp'], name='msg_timestamp_idx')],
                'constraints': [models.UniqueConstraint(fields=('conversation', 'message_order'), name='conversations_agentmessage_order_unique', violation_error_message='This conversation already has a message at this position.'), models.CheckConstraint(condition=models.Q(('message_order__gte', 1)), name='conversations_agentmessage_order_positive', violation_error_message='The message order starts at 1.'), models.CheckConstraint(condition=models.Q(('agent_type__in', ['financial_analyst', 'market_context', 'risk_challenger'])), name='conversations_agentmessage_agent_type_valid'), models.CheckConstraint(condition=models.Q(('agent_name', ''), _negated=True), name='conversations_agentmessage_agent_name_not_empty', violation_error_message='The agent name may not be empty.'), models.CheckConstraint(condition=models.Q(('content', ''), _negated=True), name='conversations_agentmessage_content_not_empty', violation_error_message='The message content may not be empty.'), models.CheckConstraint(condition=models.Q(('confidence_level__isnull', True), models.Q(('confidence_level__gte', 0), ('confidence_level__lte', 1)), _connector='OR'), name='conversations_agentmessage_confidence_range', violation_error_message='The confidence level must be between 0 and 1.'), models.CheckConstraint(condition=django.db.models.lookups.IsNull(conversations.models.ArrayPosition(models.F('cited_sources'), models.Value(None)), True), name='conversations_agentmessage_cited_sources_no_nulls'), models.CheckConstraint(condition=django.db.models.lookups.IsNull(conversations.models.ArrayPosition(models.F('signal_references'), models.Value(None)), True), name='conversations_agentmessage_signal_refs_no_nulls'), models.CheckConstraint(condition=django.db.models.lookups.Exact(conversations.models.JSONBTypeof(models.F('metadata')), models.Value('object')), name='conversations_agentmessage_metadata_object', violation_error_message='Metadata must be a JSON object.')],
            },
        ),
    ]
