"""Issue 16: money and quantity columns refuse NaN and Infinity (PostgreSQL sorts NaN above
every number, so `amount > 0` let it in). Each sign CHECK is rebuilt with
`AND amount <> 'NaN' AND amount <> 'Infinity'` under its old name, added NOT VALID (no
scan under the ACCESS EXCLUSIVE lock) and validated in 0007. Going back restores the
sign-only CHECKs (a validating scan).
"""

import django.db.models.lookups
from django.conf import settings
from django.contrib.postgres.operations import AddConstraintNotValid
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('portfolio', '0003_trigram_search'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='autoinvestrule',
            name='portfolio_autoinvestrule_amount_positive',
        ),
        migrations.RemoveConstraint(
            model_name='basket',
            name='portfolio_basket_min_investment_positive',
        ),
        migrations.RemoveConstraint(
            model_name='battlepass',
            name='portfolio_battlepass_premium_price_non_negative',
        ),
        migrations.RemoveConstraint(
            model_name='loan',
            name='portfolio_loan_principal_positive',
        ),
        migrations.RemoveConstraint(
            model_name='loan',
            name='portfolio_loan_outstanding_balance_non_negative',
        ),
        migrations.RemoveConstraint(
            model_name='loanapplication',
            name='portfolio_loanapplication_requested_amount_positive',
        ),
        migrations.RemoveConstraint(
            model_name='loanapplication',
            name='portfolio_loanapplication_annual_income_non_negative',
        ),
        migrations.RemoveConstraint(
            model_name='loanapplication',
            name='portfolio_loanapplication_collateral_value_non_negative',
        ),
        migrations.RemoveConstraint(
            model_name='portfolioholding',
            name='portfolio_portfolioholding_quantity_non_negative',
        ),
        migrations.RemoveConstraint(
            model_name='portfolioholding',
            name='portfolio_portfolioholding_average_cost_non_negative',
        ),
        migrations.RemoveConstraint(
            model_name='rounduprule',
            name='portfolio_rounduprule_round_up_to_positive',
        ),
        migrations.RemoveConstraint(
            model_name='rounduprule',
            name='portfolio_rounduprule_investment_threshold_positive',
        ),
        migrations.RemoveConstraint(
            model_name='rounduprule',
            name='portfolio_rounduprule_monthly_cap_positive',
        ),
        migrations.RemoveConstraint(
            model_name='rounduprule',
            name='portfolio_rounduprule_pending_amount_non_negative',
        ),
        migrations.RemoveConstraint(
            model_name='transaction',
            name='portfolio_transaction_quantity_positive',
        ),
        migrations.RemoveConstraint(
            model_name='transaction',
            name='portfolio_transaction_price_positive',
        ),
        migrations.RemoveConstraint(
            model_name='transaction',
            name='portfolio_transaction_amount_positive',
        ),
        migrations.RemoveConstraint(
            model_name='transactionfee',
            name='portfolio_transactionfee_amount_non_negative',
        ),
        AddConstraintNotValid(
            model_name='autoinvestrule',
            constraint=models.CheckConstraint(condition=models.Q(('amount__gt', 0), models.Q(django.db.models.lookups.Exact(models.F('amount'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('amount'), models.Value('Infinity')), _negated=True)), name='portfolio_autoinvestrule_amount_positive', violation_error_message='Amount must be greater than zero.'),
        ),
        AddConstraintNotValid(
            model_name='basket',
            constraint=models.CheckConstraint(condition=models.Q(('min_investment__gt', 0), models.Q(django.db.models.lookups.Exact(models.F('min_investment'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('min_investment'), models.Value('Infinity')), _negated=True)), name='portfolio_basket_min_investment_positive', violation_error_message='Min investment must be greater than zero.'),
        ),
        AddConstraintNotValid(
            model_name='battlepass',
            constraint=models.CheckConstraint(condition=models.Q(('premium_price__gte', 0), models.Q(django.db.models.lookups.Exact(models.F('premium_price'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('premium_price'), models.Value('Infinity')), _negated=True)), name='portfolio_battlepass_premium_price_non_negative', violation_error_message='Premium price cannot be negative.'),
        ),
        AddConstraintNotValid(
            model_name='loan',
            constraint=models.CheckConstraint(condition=models.Q(('principal__gt', 0), models.Q(django.db.models.lookups.Exact(models.F('principal'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('principal'), models.Value('Infinity')), _negated=True)), name='portfolio_loan_principal_positive', violation_error_message='Principal must be greater than zero.'),
        ),
        AddConstraintNotValid(
            model_name='loan',
            constraint=models.CheckConstraint(condition=models.Q(('outstanding_balance__gte', 0), models.Q(django.db.models.lookups.Exact(models.F('outstanding_balance'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('outstanding_balance'), models.Value('Infinity')), _negated=True)), name='portfolio_loan_outstanding_balance_non_negative', violation_error_message='Outstanding balance cannot be negative.'),
        ),
        AddConstraintNotValid(
            model_name='loanapplication',
            constraint=models.CheckConstraint(condition=models.Q(('requested_amount__gt', 0), models.Q(django.db.models.lookups.Exact(models.F('requested_amount'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('requested_amount'), models.Value('Infinity')), _negated=True)), name='portfolio_loanapplication_requested_amount_positive', violation_error_message='Requested amount must be greater than zero.'),
        ),
        AddConstraintNotValid(
            model_name='loanapplication',
            constraint=models.CheckConstraint(condition=models.Q(('annual_income__gte', 0), models.Q(django.db.models.lookups.Exact(models.F('annual_income'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('annual_income'), models.Value('Infinity')), _negated=True)), name='portfolio_loanapplication_annual_income_non_negative', violation_error_message='Annual income cannot be negative.'),
        ),
        AddConstraintNotValid(
            model_name='loanapplication',
            constraint=models.CheckConstraint(condition=models.Q(('collateral_value__gte', 0), models.Q(django.db.models.lookups.Exact(models.F('collateral_value'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('collateral_value'), models.Value('Infinity')), _negated=True)), name='portfolio_loanapplication_collateral_value_non_negative', violation_error_message='Collateral value cannot be negative.'),
        ),
        AddConstraintNotValid(
            model_name='portfolioholding',
            constraint=models.CheckConstraint(condition=models.Q(('quantity__gte', 0), models.Q(django.db.models.lookups.Exact(models.F('quantity'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('quantity'), models.Value('Infinity')), _negated=True)), name='portfolio_portfolioholding_quantity_non_negative', violation_error_message='Quantity cannot be negative.'),
        ),
        AddConstraintNotValid(
            model_name='portfolioholding',
            constraint=models.CheckConstraint(condition=models.Q(('average_cost__gte', 0), models.Q(django.db.models.lookups.Exact(models.F('average_cost'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('average_cost'), models.Value('Infinity')), _negated=True)), name='portfolio_portfolioholding_average_cost_non_negative', violation_error_message='Average cost cannot be negative.'),
        ),
        AddConstraintNotValid(
            model_name='rounduprule',
            constraint=models.CheckConstraint(condition=models.Q(('round_up_to__gt', 0), models.Q(django.db.models.lookups.Exact(models.F('round_up_to'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('round_up_to'), models.Value('Infinity')), _negated=True)), name='portfolio_rounduprule_round_up_to_positive', violation_error_message='Round up to must be greater than zero.'),
        ),
        AddConstraintNotValid(
            model_name='rounduprule',
            constraint=models.CheckConstraint(condition=models.Q(('investment_threshold__gt', 0), models.Q(django.db.models.lookups.Exact(models.F('investment_threshold'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('investment_threshold'), models.Value('Infinity')), _negated=True)), name='portfolio_rounduprule_investment_threshold_positive', violation_error_message='Investment threshold must be greater than zero.'),
        ),
        AddConstraintNotValid(
            model_name='rounduprule',
            constraint=models.CheckConstraint(condition=models.Q(('monthly_cap__gt', 0), models.Q(django.db.models.lookups.Exact(models.F('monthly_cap'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('monthly_cap'), models.Value('Infinity')), _negated=True)), name='portfolio_rounduprule_monthly_cap_positive', violation_error_message='Monthly cap must be greater than zero.'),
        ),
        AddConstraintNotValid(
            model_name='rounduprule',
            constraint=models.CheckConstraint(condition=models.Q(('pending_amount__gte', 0), models.Q(django.db.models.lookups.Exact(models.F('pending_amount'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('pending_amount'), models.Value('Infinity')), _negated=True)), name='portfolio_rounduprule_pending_amount_non_negative', violation_error_message='Pending amount cannot be negative.'),
        ),
        AddConstraintNotValid(
            model_name='transaction',
            constraint=models.CheckConstraint(condition=models.Q(('quantity__gt', 0), models.Q(django.db.models.lookups.Exact(models.F('quantity'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('quantity'), models.Value('Infinity')), _negated=True)), name='portfolio_transaction_quantity_positive', violation_error_message='Quantity must be greater than zero.'),
        ),
        AddConstraintNotValid(
            model_name='transaction',
            constraint=models.CheckConstraint(condition=models.Q(('price__gt', 0), models.Q(django.db.models.lookups.Exact(models.F('price'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('price'), models.Value('Infinity')), _negated=True)), name='portfolio_transaction_price_positive', violation_error_message='Price must be greater than zero.'),
        ),
        AddConstraintNotValid(
            model_name='transaction',
            constraint=models.CheckConstraint(condition=models.Q(('amount__gt', 0), models.Q(django.db.models.lookups.Exact(models.F('amount'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('amount'), models.Value('Infinity')), _negated=True)), name='portfolio_transaction_amount_positive', violation_error_message='Amount must be greater than zero.'),
        ),
        AddConstraintNotValid(
            model_name='transactionfee',
            constraint=models.CheckConstraint(condition=models.Q(('amount__gte', 0), models.Q(django.db.models.lookups.Exact(models.F('amount'), models.Value('NaN')), _negated=True), models.Q(django.db.models.lookups.Exact(models.F('amount'), models.Value('Infinity')), _negated=True)), name='portfolio_transactionfee_amount_non_negative', violation_error_message='Amount cannot be negative.'),
        ),
    ]
