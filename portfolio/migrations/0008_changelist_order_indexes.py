"""Indexes for the admin changelists' order, (-created_at, -id), of notifications and
transactions (issue 14): no index led by created_at, so every page sorted the table.

Built concurrently (no write lock on a large table), so not atomic and kept apart
from other changes.
"""

from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("portfolio", "0007_portfolio_name_trigram"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="notification",
            index=models.Index(fields=["-created_at", "-id"], name="pf_notif_created_at_id_idx"),
        ),
        AddIndexConcurrently(
            model_name="transaction",
            index=models.Index(fields=["-created_at", "-id"], name="pf_txn_created_at_id_idx"),
        ),
    ]
