"""GIN trigram indexes for the admin's case-insensitive searches (issue 14).

Built concurrently (no write lock on a large table), so not atomic and kept apart
from the other changes; see core.db.indexes.trigram.
"""
import django.contrib.postgres.indexes
import django.contrib.postgres.operations
import django.db.models.functions.text
from django.db import migrations


class Migration(migrations.Migration):

    replaces = [('portfolio', '0005_trigram_search')]

    atomic = False

    dependencies = [
        ('core', '0001_initial'),
        ('portfolio', '0002_squashed_changes'),
    ]

    operations = [
        django.contrib.postgres.operations.AddIndexConcurrently(
            model_name='notification',
            index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.indexes.OpClass(django.db.models.functions.text.Upper('title'), name='gin_trgm_ops'), name='pf_notif_title_trgm'),
        ),
        django.contrib.postgres.operations.AddIndexConcurrently(
            model_name='transaction',
            index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.indexes.OpClass(django.db.models.functions.text.Upper('asset_symbol'), name='gin_trgm_ops'), name='pf_txn_asset_symbol_trgm'),
        ),
        django.contrib.postgres.operations.AddIndexConcurrently(
            model_name='transaction',
            index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.indexes.OpClass(django.db.models.functions.text.Upper('tx_hash'), name='gin_trgm_ops'), name='pf_txn_tx_hash_trgm'),
        ),
    ]
