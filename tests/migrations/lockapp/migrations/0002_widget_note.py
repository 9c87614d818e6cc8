from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("lockapp", "0001_initial")]
    operations = [
        migrations.AddField("widget", "note", models.CharField(max_length=50, null=True)),
    ]
