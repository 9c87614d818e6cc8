"""Validate 0002's NOT VALID CHECK: a scan that does not block writes."""

from django.contrib.postgres.operations import ValidateConstraint
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("conversations", "0002_agentmessage_order_allows_zero"),
    ]

    operations = [
        ValidateConstraint("agentmessage", "conversations_agentmessage_order_non_negative"),
    ]
