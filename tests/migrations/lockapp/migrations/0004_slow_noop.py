"""Sleeps LOCKAPP_SLEEP seconds (default 0): lets a test hold the migration lock for a while."""

import os
import time

from django.db import migrations


def sleep(apps, schema_editor):
    time.sleep(float(os.environ.get("LOCKAPP_SLEEP", "0")))


class Migration(migrations.Migration):
    dependencies = [("lockapp", "0003_widget_note_idx")]
    operations = [migrations.RunPython(sleep, reverse_code=migrations.RunPython.noop)]
