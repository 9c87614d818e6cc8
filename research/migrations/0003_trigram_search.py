"""GIN trigram indexes for the admin's case-insensitive searches (issue 14).

Built concurrently (no write lock on a large table), so not atomic and kept apart
from the other changes; see core.db.indexes.trigram.
"""
import django.contrib.postgres.indexes
import django.contrib.postgres.operations
import django.db.models.functions.text
from django.db import migrations


class Migration(migrations.Migration):

    replaces = [('research', '0004_trigram_search')]

    atomic = False

    dependencies = [
        ('core', '0001_initial'),
        ('research', '0002_squashed_changes'),
    ]

    operations = [
        django.contrib.postgres.operations.AddIndexConcurrently(
            model_name='definition',
            index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.indexes.OpClass(django.db.models.functions.text.Upper('name'), name='gin_trgm_ops'), name='res_def_name_trgm'),
        ),
        django.contrib.postgres.operations.AddIndexConcurrently(
            model_name='transcript',
            index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.indexes.OpClass(django.db.models.functions.text.Upper('target_model'), name='gin_trgm_ops'), name='res_tscr_target_model_trgm'),
        ),
    ]
