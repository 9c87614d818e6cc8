"""Validate 0003_finite_floats's NOT VALID CHECKs: scans that do not block writes."""

from django.contrib.postgres.operations import ValidateConstraint
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("engagement", "0003_finite_floats"),
    ]

    operations = [
        ValidateConstraint("kpimetric", "engagement_kpimetric_value_finite"),
        ValidateConstraint("learningevent", "engagement_learningevent_predicted_improvement_finite"),
        ValidateConstraint("learningevent", "engagement_learningevent_baseline_performance_finite"),
        ValidateConstraint("learningevent", "engagement_learningevent_actual_improvement_finite"),
        ValidateConstraint("weightadjustmentlog", "engagement_weightadjustmentlog_predicted_improvement_finite"),
    ]
