"""Going back past 0001 drops the audit trigger's function too.

django-pgtrigger's RemoveTrigger drops a trigger but leaves its function; without this,
``migrate engagement zero`` leaves ``pgtrigger_audit_append_only_b48b6`` behind.
Forward it does nothing (0001's AddTrigger creates the function).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("engagement", "0001_initial")]

    operations = [
        migrations.RunSQL(
            sql=migrations.RunSQL.noop,
            # CASCADE also drops the trigger; 0001's RemoveTrigger then finds none (IF EXISTS).
            reverse_sql=["DROP FUNCTION IF EXISTS pgtrigger_audit_append_only_b48b6() CASCADE;"],
        ),
    ]
