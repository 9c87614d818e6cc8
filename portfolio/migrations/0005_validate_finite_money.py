"""Validate 0004_finite_money's NOT VALID CHECKs: scans that do not block writes."""

from django.contrib.postgres.operations import ValidateConstraint
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("portfolio", "0004_finite_money"),
    ]

    operations = [
        ValidateConstraint("autoinvestrule", "portfolio_autoinvestrule_amount_positive"),
        ValidateConstraint("basket", "portfolio_basket_min_investment_positive"),
        ValidateConstraint("battlepass", "portfolio_battlepass_premium_price_non_negative"),
        ValidateConstraint("loan", "portfolio_loan_principal_positive"),
        ValidateConstraint("loan", "portfolio_loan_outstanding_balance_non_negative"),
        ValidateConstraint("loanapplication", "portfolio_loanapplication_requested_amount_positive"),
        ValidateConstraint("loanapplication", "portfolio_loanapplication_annual_income_non_negative"),
        ValidateConstraint("loanapplication", "portfolio_loanapplication_collateral_value_non_negative"),
        ValidateConstraint("portfolioholding", "portfolio_portfolioholding_quantity_non_negative"),
        ValidateConstraint("portfolioholding", "portfolio_portfolioholding_average_cost_non_negative"),
        ValidateConstraint("rounduprule", "portfolio_rounduprule_round_up_to_positive"),
        ValidateConstraint("rounduprule", "portfolio_rounduprule_investment_threshold_positive"),
        ValidateConstraint("rounduprule", "portfolio_rounduprule_monthly_cap_positive"),
        ValidateConstraint("rounduprule", "portfolio_rounduprule_pending_amount_non_negative"),
        ValidateConstraint("transaction", "portfolio_transaction_quantity_positive"),
        ValidateConstraint("transaction", "portfolio_transaction_price_positive"),
        ValidateConstraint("transaction", "portfolio_transaction_amount_positive"),
        ValidateConstraint("transactionfee", "portfolio_transactionfee_amount_non_negative"),
    ]
