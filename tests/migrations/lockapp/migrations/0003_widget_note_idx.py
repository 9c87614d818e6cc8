from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False
    dependencies = [("lockapp", "0002_widget_note")]
    operations = [
        AddIndexConcurrently("widget", models.Index(fields=["note"], name="lockapp_widget_note_idx")),
    ]
