"""Issue 16: the float columns without a range (KPI values, predicted, baseline and actual
improvements) refuse NaN, Infinity and -Infinity: `<field>_finite` CHECKs, added NOT
VALID (no scan under the lock) and validated in 0008. Going back drops them.
"""

import django.db.models.lookups
from django.contrib.postgres.operations import AddConstraintNotValid
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('engagement', '0002_squashed_changes'),
    ]

    operations = [
        AddConstraintNotValid(
            model_name='kpimetric',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(django.db.models.lookups.Exact(models.F('value'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('value'), models.Value('Infinity')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('value'), models.Value('-Infinity')), _negated=True)), name='engagement_kpimetric_value_finite', violation_error_message='Value must be a finite number.'),
        ),
        AddConstraintNotValid(
            model_name='learningevent',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(django.db.models.lookups.Exact(models.F('predicted_improvement'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('predicted_improvement'), models.Value('Infinity')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('predicted_improvement'), models.Value('-Infinity')), _negated=True)), name='engagement_learningevent_predicted_improvement_finite', violation_error_message='Predicted improvement must be a finite number.'),
        ),
        AddConstraintNotValid(
            model_name='learningevent',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(django.db.models.lookups.Exact(models.F('baseline_performance'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('baseline_performance'), models.Value('Infinity')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('baseline_performance'), models.Value('-Infinity')), _negated=True)), name='engagement_learningevent_baseline_performance_finite', violation_error_message='Baseline performance must be a finite number.'),
        ),
        AddConstraintNotValid(
            model_name='learningevent',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(django.db.models.lookups.Exact(models.F('actual_improvement'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('actual_improvement'), models.Value('Infinity')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('actual_improvement'), models.Value('-Infinity')), _negated=True)), name='engagement_learningevent_actual_improvement_finite', violation_error_message='Actual improvement must be a finite number.'),
        ),
        AddConstraintNotValid(
            model_name='weightadjustmentlog',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(django.db.models.lookups.Exact(models.F('predicted_improvement'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('predicted_improvement'), models.Value('Infinity')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('predicted_improvement'), models.Value('-Infinity')), _negated=True)), name='engagement_weightadjustmentlog_predicted_improvement_finite', violation_error_message='Predicted improvement must be a finite number.'),
        ),
    ]
