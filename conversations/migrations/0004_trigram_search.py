"""GIN trigram indexes for the admin's case-insensitive searches (issue 14).

Built concurrently (no write lock on a large table), so not atomic and kept apart
from the other changes; see core.db.indexes.trigram.
"""
import django.contrib.postgres.indexes
import django.contrib.postgres.operations
import django.db.models.functions.text
from django.db import migrations


class Migration(migrations.Migration):

    replaces = [('conversations', '0005_trigram_search')]

    atomic = False

    dependencies = [
        ('conversations', '0003_validate_constraints'),
        ('core', '0001_initial'),
    ]

    operations = [
        django.contrib.postgres.operations.AddIndexConcurrently(
            model_name='agentmessage',
            index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.indexes.OpClass(django.db.models.functions.text.Upper('agent_name'), name='gin_trgm_ops'), name='conv_msg_agent_name_trgm'),
        ),
        django.contrib.postgres.operations.AddIndexConcurrently(
            model_name='conversation',
            index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.indexes.OpClass(django.db.models.functions.text.Upper('content_title'), name='gin_trgm_ops'), name='conv_conv_content_title_trgm'),
        ),
    ]
