"""GIN trigram indexes for the admin's case-insensitive searches at scale (issue 14):
the portfolio's name, which the transaction changelist searches
(``portfolio__name``).

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
        ("portfolio", "0006_userbattlepass_plural"),
        ("core", "0001_initial"),
    ]

    operations = [
        django.contrib.postgres.operations.AddIndexConcurrently(
            model_name="portfolio",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.indexes.OpClass(
                    django.db.models.functions.text.Upper("name"), name="gin_trgm_ops"
                ),
                name="pf_pf_name_trgm",
            ),
        ),
    ]
