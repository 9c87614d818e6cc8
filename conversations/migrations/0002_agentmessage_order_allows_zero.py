"""Seed 000: AgentMessage.message_order is ge=0 in the seed's Pydantic model.

The CHECK conversations_agentmessage_order_positive (>= 1) becomes
conversations_agentmessage_order_non_negative (>= 0), added NOT VALID (instant) and
validated in 0003; the order stays unique per conversation. Going back fails, naming
the old constraint, if a message at position 0 exists (renumber it first).
"""

import django.core.validators
from django.contrib.postgres.operations import AddConstraintNotValid
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("conversations", "0001_initial"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="agentmessage",
            name="conversations_agentmessage_order_positive",
        ),
        migrations.AlterField(
            model_name="agentmessage",
            name="message_order",
            field=models.IntegerField(
                help_text="Position in the conversation: 0 or more (the seed's Pydantic ge=0), "
                "unique within the conversation.",
                validators=[django.core.validators.MinValueValidator(0)],
            ),
        ),
        AddConstraintNotValid(
            model_name="agentmessage",
            constraint=models.CheckConstraint(
                condition=models.Q(("message_order__gte", 0)),
                name="conversations_agentmessage_order_non_negative",
                violation_error_message="The message order is 0 or more.",
            ),
        ),
    ]
