"""Seed 001's agent_type is open-ended ("market-research, ..., etc."): drop the closed
list (ideas_agentresult_agent_type_valid) and hold a format instead: lower-case words of
letters and digits joined by '-' or '_' (ideas_agentresult_agent_type_format, added NOT
VALID here and validated in 0007).

Going back restores the closed list; it fails, naming the constraint, if rows hold agent
types outside it (delete or rename them first).
"""

import django.core.validators
from django.contrib.postgres.operations import AddConstraintNotValid
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("ideas", "0005_error_message_blank_to_null"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="agentresult",
            name="ideas_agentresult_agent_type_valid",
        ),
        migrations.AlterField(
            model_name="agentresult",
            name="agent_type",
            field=models.CharField(
                help_text="Open-ended, as in seed 001 (market-research, competitive-analysis, "
                "...); ideas.choices.AgentType lists the agents this project runs.",
                max_length=32,
                validators=[
                    django.core.validators.RegexValidator(
                        "^[a-z0-9]+([_-][a-z0-9]+)*$",
                        message="An agent type is lower-case letters and digits in words "
                        "joined by '-' or '_', e.g. market-research.",
                    )
                ],
            ),
        ),
        AddConstraintNotValid(
            model_name="agentresult",
            constraint=models.CheckConstraint(
                condition=models.Q(("agent_type__regex", "^[a-z0-9]+([_-][a-z0-9]+)*$")),
                name="ideas_agentresult_agent_type_format",
                violation_error_message="An agent type is lower-case words joined by '-' or '_'.",
            ),
        ),
    ]
