"""Seed 001: error_message (both tables) and agent_result.input_data are nullable.

error_message loses its NOT NULL and its '' default; the "failed has an error message"
CHECKs are rebuilt under the same names to require a non-NULL, non-blank message
(NULL ~ '\\S' is NULL, which a CHECK lets pass). input_data loses its NOT NULL and its
'{}' default; ideas_agentresult_input_object now allows NULL. The rebuilt CHECKs are added
NOT VALID (instant) and validated in 0007. 0005 turns the old '' messages into NULL.
"""

import django.db.models.lookups
from django.contrib.postgres.operations import AddConstraintNotValid
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("ideas", "0003_evaluation_business_idea"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="agentresult",
            name="ideas_agentresult_failed_has_error",
        ),
        migrations.RemoveConstraint(
            model_name="agentresult",
            name="ideas_agentresult_input_object",
        ),
        migrations.RemoveConstraint(
            model_name="evaluation",
            name="ideas_evaluation_failed_has_error",
        ),
        migrations.AlterField(
            model_name="agentresult",
            name="error_message",
            field=models.TextField(
                blank=True,
                editable=False,
                help_text="Why it failed; NULL otherwise (seed 001).",
                null=True,
            ),
        ),
        migrations.AlterField(
            model_name="agentresult",
            name="input_data",
            field=models.JSONField(blank=True, help_text="Agent input parameters.", null=True),
        ),
        migrations.AlterField(
            model_name="evaluation",
            name="error_message",
            field=models.TextField(
                blank=True,
                editable=False,
                help_text="Why it failed; NULL otherwise (seed 001).",
                null=True,
            ),
        ),
        AddConstraintNotValid(
            model_name="agentresult",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("status", "failed"), _negated=True),
                    models.Q(("error_message__isnull", False), ("error_message__regex", "\\S")),
                    _connector="OR",
                ),
                name="ideas_agentresult_failed_has_error",
            ),
        ),
        AddConstraintNotValid(
            model_name="agentresult",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("input_data__isnull", True),
                    django.db.models.lookups.Exact(
                        models.Func(
                            models.F("input_data"),
                            function="jsonb_typeof",
                            output_field=models.TextField(),
                        ),
                        "object",
                    ),
                    _connector="OR",
                ),
                name="ideas_agentresult_input_object",
            ),
        ),
        AddConstraintNotValid(
            model_name="evaluation",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("status", "failed"), _negated=True),
                    models.Q(("error_message__isnull", False), ("error_message__regex", "\\S")),
                    _connector="OR",
                ),
                name="ideas_evaluation_failed_has_error",
                violation_error_message="A failed evaluation needs an error message.",
            ),
        ),
    ]
