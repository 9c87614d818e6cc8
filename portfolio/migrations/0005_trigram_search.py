"""GIN trigram indexes for the admin's case-insensitive searches (issue 14).

Built concurrently (no write lock on a large table); see core.db.indexes.trigram.
"""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations
from django.db.models.functions import Upper


class Migration(migrations.Migration):
    atomic = False

    dependencies = [('portfolio', '0004_loanapplication_decided_final'), ("core", "0003_trigram_search")]

    operations = [
        AddIndexConcurrently(
            model_name="notification",
            index=GinIndex(
                OpClass(Upper("title"), name="gin_trgm_ops"), name="pf_notif_title_trgm"
            ),
        ),
        AddIndexConcurrently(
            model_name="transaction",
            index=GinIndex(
                OpClass(Upper("asset_symbol"), name="gin_trgm_ops"), name="pf_txn_asset_symbol_trgm"
            ),
        ),
        AddIndexConcurrently(
            model_name="transaction",
            index=GinIndex(
                OpClass(Upper("tx_hash"), name="gin_trgm_ops"), name="pf_txn_tx_hash_trgm"
            ),
        ),
    ]
