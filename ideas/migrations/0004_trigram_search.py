"""GIN trigram indexes for the admin's case-insensitive searches (issue 14).

Built concurrently (no write lock on a large table), so not atomic and kept apart
from the other changes; see core.db.indexes.trigram.
"""
import django.contrib.postgres.indexes
import django.contrib.postgres.operations
import django.db.models.functions.text
from django.db import migrations


class Migration(migrations.Migration):

    replaces = [('ideas', '0009_trigram_search')]

    atomic = False

    dependencies = [
        ('core', '0001_initial'),
        ('ideas', '0003_validate_constraints'),
    ]

    operations = [
        django.contrib.postgres.operations.AddIndexConcurrently(
            model_name='businessidea',
            index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.indexes.OpClass(django.db.models.functions.text.Upper('title'), name='gin_trgm_ops'), name='idea_idea_title_trgm'),
        ),
    ]
