"""GIN trigram indexes for the admin's case-insensitive searches (issue 14).

Built concurrently (no write lock on a large table); see core.db.indexes.trigram.
"""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations
from django.db.models.functions import Upper


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("research", "0003_constraint_messages"), ("core", "0003_trigram_search")]

    operations = [
        AddIndexConcurrently(
            model_name="definition",
            index=GinIndex(
                OpClass(Upper("name"), name="gin_trgm_ops"), name="res_def_name_trgm"
            ),
        ),
        AddIndexConcurrently(
            model_name="transcript",
            index=GinIndex(
                OpClass(Upper("target_model"), name="gin_trgm_ops"), name="res_tscr_target_model_trgm"
            ),
        ),
    ]
