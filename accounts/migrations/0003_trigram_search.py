"""GIN trigram indexes for the admin's case-insensitive searches at scale (issue 14):
the user's email, which the transaction, notification and evaluation changelists
search (``user__email``).

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
        ("accounts", "0002_squashed_changes"),
        ("core", "0001_initial"),
    ]

    operations = [
        django.contrib.postgres.operations.AddIndexConcurrently(
            model_name="user",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.indexes.OpClass(
                    django.db.models.functions.text.Upper("email"), name="gin_trgm_ops"
                ),
                name="acc_user_email_trgm",
            ),
        ),
    ]
