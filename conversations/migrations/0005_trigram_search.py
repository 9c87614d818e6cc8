"""GIN trigram indexes for the admin's case-insensitive searches (issue 14).

Built concurrently (no write lock on a large table); see core.db.indexes.trigram.
"""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations
from django.db.models.functions import Upper


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("conversations", "0004_constraint_messages"), ("core", "0003_trigram_search")]

    operations = [
        AddIndexConcurrently(
            model_name="agentmessage",
            index=GinIndex(
                OpClass(Upper("agent_name"), name="gin_trgm_ops"), name="conv_msg_agent_name_trgm"
            ),
        ),
        AddIndexConcurrently(
            model_name="conversation",
            index=GinIndex(
                OpClass(Upper("content_title"), name="gin_trgm_ops"), name="conv_conv_content_title_trgm"
            ),
        ),
    ]
