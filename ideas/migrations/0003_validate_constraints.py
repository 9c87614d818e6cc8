"""Validate the CHECKs 0002 added NOT VALID: a scan that does not block writes.

Kept apart from 0002 so that, on a database with rows, the validating scan runs under
SHARE UPDATE EXCLUSIVE only (0002's ACCESS EXCLUSIVE is released at its commit).
"""

from django.contrib.postgres.operations import ValidateConstraint
from django.db import migrations


class Migration(migrations.Migration):
    replaces = [("ideas", "0007_validate_seed_fidelity_checks")]

    dependencies = [("ideas", "0002_squashed_changes")]

    operations = [
        ValidateConstraint(
            model_name='agentresult',
            name='ideas_agentresult_failed_has_error',
        ),
        ValidateConstraint(
            model_name='agentresult',
            name='ideas_agentresult_input_object',
        ),
        ValidateConstraint(
            model_name='evaluation',
            name='ideas_evaluation_failed_has_error',
        ),
        ValidateConstraint(
            model_name='agentresult',
            name='ideas_agentresult_agent_type_format',
        ),
    ]
