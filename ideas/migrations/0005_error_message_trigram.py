"""GIN trigram indexes for the admin's case-insensitive searches at scale (issue 14):
the error messages the evaluation and agent-result changelists search.

Built concurrently (no write lock on a large table), so not atomic and kept apart
from other changes; see core.db.indexes.trigram.
"""

import django.contrib.postgres.indexes
import django.contrib.postgres.operations
import django.db.models.functions.text
from django.db import migrations


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("ideas", "0004_trigram_search"),
        ("core", "0001_initial"),
    ]

    operations = [
        django.contrib.postgres.operations.AddIndexConcurrently(
            model_name="evaluation",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.indexes.OpClass(
                    django.db.models.functions.text.Upper("error_message"), name="gin_trgm_ops"
                ),
                name="idea_eval_error_message_trgm",
            ),
        ),
        django.contrib.postgres.operations.AddIndexConcurrently(
            model_name="agentresult",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.indexes.OpClass(
                    django.db.models.functions.text.Upper("error_message"), name="gin_trgm_ops"
                ),
                name="idea_agres_error_message_trgm",
            ),
        ),
    ]
