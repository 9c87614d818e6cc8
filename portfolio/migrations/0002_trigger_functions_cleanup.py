"""Going back past 0001 drops the trigger functions too.

django-pgtrigger's RemoveTrigger drops a trigger but leaves its function; without this,
``migrate portfolio zero`` would leave seven orphaned ``pgtrigger_*`` functions behind.
Forward it does nothing (0001's AddTrigger creates the functions).
"""

from django.db import migrations

FUNCTIONS = [
    "pgtrigger_basket_allocation_sum_28dfb",
    "pgtrigger_basketasset_allocation_sum_10a9f",
    "pgtrigger_portfolio_owner_7d2fa",
    "pgtrigger_portfolio_owner_4d582",
    "pgtrigger_portfolio_owner_a1a5f",
    "pgtrigger_transaction_settled_unchanged_bf3de",
    "pgtrigger_transaction_settled_undeletable_87747",
]


class Migration(migrations.Migration):
    dependencies = [("portfolio", "0001_initial")]

    operations = [
        migrations.RunSQL(
            sql=migrations.RunSQL.noop,
            # CASCADE also drops the triggers; 0001's RemoveTrigger then finds none (IF EXISTS).
            reverse_sql=[f"DROP FUNCTION IF EXISTS {name}() CASCADE;" for name in FUNCTIONS],
        ),
    ]
