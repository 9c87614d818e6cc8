"""Data for 0004: an empty error_message ('' was the old "no error") becomes NULL.

Going back, NULL becomes '' again and a NULL input_data becomes {} (the old default),
so 0004's reverse can restore NOT NULL.
"""

from django.db import migrations


def blank_to_null(apps, schema_editor):
    db = schema_editor.connection.alias
    for name in ("Evaluation", "AgentResult"):
        model = apps.get_model("ideas", name)
        model.objects.using(db).filter(error_message="").update(error_message=None)


def null_to_blank(apps, schema_editor):
    db = schema_editor.connection.alias
    for name in ("Evaluation", "AgentResult"):
        model = apps.get_model("ideas", name)
        model.objects.using(db).filter(error_message__isnull=True).update(error_message="")
    agent_result = apps.get_model("ideas", "AgentResult")
    agent_result.objects.using(db).filter(input_data__isnull=True).update(input_data={})


class Migration(migrations.Migration):
    dependencies = [
        ("ideas", "0004_error_message_input_data_nullable"),
    ]

    operations = [migrations.RunPython(blank_to_null, reverse_code=null_to_blank)]
