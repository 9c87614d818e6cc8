"""Loans (seed 004 group 7): LoanApplication, Loan.

Financial records: a user with an application or a loan cannot be deleted (PROTECT);
a collateral portfolio cannot be deleted while a loan or an application names it.
"""

from django.conf import settings
from django.db import models

from core.db.constraints import (
    implies,
    in_range,
    matches,
    non_negative,
    percentage,
    positive,
    valid_choice,
)
from core.models import TimeStampedModel, choice_field
from core.presentation import money as money_text
from engagement import finality
from portfolio.choices import (
    DECIDED_APPLICATION_STATUSES,
    DISBURSED_LOAN_STATUSES,
    LoanApplicationStatus,
    LoanPurpose,
    LoanStatus,
)
from portfolio.models.base import (
    CURRENCY_REGEX,
    currency,
    money,
    percent,
    portfolio_owner_trigger,
)


class LoanApplication(TimeStampedModel):
    """A request for a loan, reviewed by staff (approve / reject)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="loan_applications"
    )
    portfolio = models.ForeignKey(
        "portfolio.Portfolio",
        on_delete=models.DO_NOTHING,  # restrict: collateral cannot vanish
        null=True,
        blank=True,
        related_name="loan_applications",
        help_text="Portfolio pledged as collateral, if any.",
    )
    requested_amount = money()
    currency = currency()
    term_months = models.PositiveSmallIntegerField()
    purpose = choice_field(LoanPurpose, default=LoanPurpose.PERSONAL, max_length=16)
    annual_income = money(null=True, blank=True)
    collateral_value = money(null=True, blank=True)
    status = choice_field(LoanApplicationStatus, default=LoanApplicationStatus.DRAFT, max_length=16)
    submitted_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,  # audit trail: deactivate staff, do not delete them
        null=True,
        blank=True,
        related_name="reviewed_loan_applications",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True, default="", db_default="")
    offered_interest_rate_percent = percent(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            positive("requested_amount", finite=True),
            matches("currency", CURRENCY_REGEX, nullable=True),
            in_range("term_months", 1, 360),
            valid_choice("purpose", LoanPurpose),
            non_negative("annual_income", finite=True),
            non_negative("collateral_value", finite=True),
            valid_choice("status", LoanApplicationStatus),
            percentage("offered_interest_rate_percent"),
            implies(
                "submitted_has_date",
                ~models.Q(status=LoanApplicationStatus.DRAFT),
                models.Q(submitted_at__isnull=False),
                "A submitted application needs its submission date.",
            ),
            implies(
                "decided_has_review",
                models.Q(status__in=DECIDED_APPLICATION_STATUSES),
                models.Q(reviewed_at__isnull=False),
                "An approved or rejected application needs its review date.",
            ),
            implies(
                "approved_has_rate",
                models.Q(status=LoanApplicationStatus.APPROVED),
                models.Q(offered_interest_rate_percent__isnull=False),
                "An approved application needs the offered interest rate.",
            ),
        ]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="loanapp_user_created_idx"),
            models.Index(fields=["status", "submitted_at"], name="loanapp_status_sub_idx"),
            models.Index(fields=["purpose"], name="loanapp_purpose_idx"),
        ]
        triggers = [
            portfolio_owner_trigger("loanapplication"),
            finality.final_unless_corrected(
                name="loanapplication_decided_final",
                constraint="portfolio_loanapplication_decided_final",
                entity_type="loanapplication",
                condition="OLD.status IN ('approved', 'rejected') AND ("
                "NEW.status, NEW.requested_amount, NEW.currency, NEW.term_months, "
                "NEW.offered_interest_rate_percent, NEW.annual_income, NEW.collateral_value"
                ") IS DISTINCT FROM ("
                "OLD.status, OLD.requested_amount, OLD.currency, OLD.term_months, "
                "OLD.offered_interest_rate_percent, OLD.annual_income, OLD.collateral_value)",
                what="a decided loan application's decision and amounts cannot change",
            ),
        ]

    def __str__(self):
        return (
            f"Application {self.pk}: {money_text(self.requested_amount, self.currency)} "
            f"({self.get_status_display()})"
        )


class Loan(TimeStampedModel):
    """A loan granted from an approved application."""

    application = models.OneToOneField(
        LoanApplication,
        on_delete=models.DO_NOTHING,  # restrict: the application documents the loan
        related_name="loan",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="loans"
    )
    portfolio = models.ForeignKey(
        "portfolio.Portfolio",
        on_delete=models.DO_NOTHING,
        null=True,
        blank=True,
        related_name="loans",
    )
    principal = money()
    currency = currency()
    interest_rate_percent = percent()
    term_months = models.PositiveSmallIntegerField()
    outstanding_balance = money()
    loan_to_value_percent = percent(null=True, blank=True)
    status = choice_field(LoanStatus, default=LoanStatus.PENDING_DISBURSEMENT, max_length=24)
    disbursed_at = models.DateTimeField(null=True, blank=True)
    due_date = models.DateField(null=True, blank=True)
    repaid_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            positive("principal", finite=True),
            matches("currency", CURRENCY_REGEX, nullable=True),
            percentage("interest_rate_percent"),
            in_range("term_months", 1, 360),
            non_negative("outstanding_balance", finite=True),
            percentage("loan_to_value_percent"),
            valid_choice("status", LoanStatus),
            implies(
                "disbursed_has_date",
                models.Q(status__in=DISBURSED_LOAN_STATUSES),
                models.Q(disbursed_at__isnull=False),
                "A disbursed loan needs its disbursement date.",
            ),
            implies(
                "repaid_is_settled",
                models.Q(status=LoanStatus.REPAID),
                models.Q(outstanding_balance=0, repaid_at__isnull=False),
                "A repaid loan has nothing outstanding and a repayment date.",
            ),
        ]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="loan_user_created_idx"),
            models.Index(fields=["status", "due_date"], name="loan_status_due_idx"),
        ]
        triggers = [portfolio_owner_trigger("loan")]

    def __str__(self):
        return f"Loan {self.pk}: {money_text(self.principal, self.currency)} ({self.get_status_display()})"
