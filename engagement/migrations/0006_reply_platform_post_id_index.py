"""An index for the admin's exact search of replies by ``platform_post_id`` (issue 14):
no index had the column, so the search read the whole table.

Built concurrently (no write lock on a large table), so not atomic and kept apart
from other changes.
"""

from django.db import migrations, models
from django.contrib.postgres.operations import AddIndexConcurrently


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("engagement", "0005_kpimetric_verbose_name"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="reply",
            index=models.Index(fields=["platform_post_id"], name="eng_reply_platform_post_id_idx"),
        ),
    ]
