"""Validate the CHECKs 0004 and 0006 added NOT VALID: a scan that does not block writes."""

from django.contrib.postgres.operations import ValidateConstraint
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("ideas", "0006_agentresult_agent_type_open"),
    ]

    operations = [
        ValidateConstraint("agentresult", "ideas_agentresult_failed_has_error"),
        ValidateConstraint("agentresult", "ideas_agentresult_input_object"),
        ValidateConstraint("evaluation", "ideas_evaluation_failed_has_error"),
        ValidateConstraint("agentresult", "ideas_agentresult_agent_type_format"),
    ]
