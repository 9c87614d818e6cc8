"""Validate the CHECK 0002 added NOT VALID: a scan that does not block writes.

Kept apart from 0002 so that, on a database with rows, the validating scan runs under
SHARE UPDATE EXCLUSIVE only (0002's ACCESS EXCLUSIVE is released at its commit).
"""

from django.contrib.postgres.operations import ValidateConstraint
from django.db import migrations


class Migration(migrations.Migration):
    replaces = [("conversations", "0003_validate_order_non_negative")]

    dependencies = [("conversations", "0002_squashed_changes")]

    operations = [
        ValidateConstraint(
            model_name='agentmessage',
            name='conversations_agentmessage_order_non_negative',
        ),
    ]
