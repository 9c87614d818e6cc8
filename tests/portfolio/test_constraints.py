"""Raw-SQL proofs that PostgreSQL itself holds every portfolio rule (no ORM validation).

Each case writes one bad value with plain SQL and expects the named constraint to
refuse it. ``SET CONSTRAINTS ALL IMMEDIATE`` fires deferred rules (the basket
allocation trigger) inside the test's transaction instead of at its commit.
"""

import pytest
from django.db import DataError, IntegrityError, connection, transaction

from tests.accounts.factories import UserFactory
from tests.portfolio import factories as f
from tests.utils import assert_sql_rejected

pytestmark = pytest.mark.django_db

WALLET = "0x52908400098527886E0F7030069857D2E4169EE7"
TX_HASH = "0x" + "ab" * 32


def run(sql, params=()):
    with connection.cursor() as cur:
        cur.execute(sql, params)
        cur.execute("SET CONSTRAINTS ALL IMMEDIATE")


assert_rejected = assert_sql_rejected


# (table, SET clause, constraint name): one bad value per rule.
UPDATE_CASES = [
    # portfolio
    ("portfolio_portfolio", "name = ''", "portfolio_portfolio_name_not_blank"),
    ("portfolio_portfolio", "base_currency = 'usd'", "portfolio_portfolio_base_currency_format"),
    ("portfolio_portfolio", "status = 'bogus'", "portfolio_portfolio_status_valid"),
    ("portfolio_portfolio", "chain = 'dogechain'", "portfolio_portfolio_chain_valid"),
    (
        "portfolio_portfolio",
        "wallet_address = '0x123'",
        "portfolio_portfolio_wallet_address_format",
    ),
    (
        "portfolio_portfolio",
        f"wallet_address = '{WALLET}', chain = NULL",
        "portfolio_portfolio_wallet_needs_chain",
    ),
    # basket
    ("portfolio_basket", "name = ''", "portfolio_basket_name_not_blank"),
    ("portfolio_basket", "slug = 'Not A Slug'", "portfolio_basket_slug_format"),
    ("portfolio_basket", "symbol = 'lower'", "portfolio_basket_symbol_format"),
    ("portfolio_basket", "category = 'bogus'", "portfolio_basket_category_valid"),
    ("portfolio_basket", "risk_level = 'bogus'", "portfolio_basket_risk_level_valid"),
    ("portfolio_basket", "status = 'bogus'", "portfolio_basket_status_valid"),
    ("portfolio_basket", "chain = 'bogus'", "portfolio_basket_chain_valid"),
    ("portfolio_basket", "contract_address = '0xZZ'", "portfolio_basket_contract_address_format"),
    ("portfolio_basket", "min_investment = 0", "portfolio_basket_min_investment_positive"),
    (
        "portfolio_basket",
        "management_fee_percent = 101",
        "portfolio_basket_management_fee_percent_range",
    ),
    (
        "portfolio_basket",
        "management_fee_percent = -0.0001",
        "portfolio_basket_management_fee_percent_range",
    ),
    (
        "portfolio_basket",
        "status = 'published', published_at = NULL",
        "portfolio_basket_published_has_date",
    ),
    ("portfolio_basketasset", "asset_symbol = 'eth'", "portfolio_basketasset_asset_symbol_format"),
    ("portfolio_basketasset", "asset_name = ''", "portfolio_basketasset_asset_name_not_blank"),
    (
        "portfolio_basketasset",
        "token_address = 'nope'",
        "portfolio_basketasset_token_address_format",
    ),
    (
        "portfolio_basketasset",
        "allocation_percent = 101",
        "portfolio_basketasset_allocation_percent_range",
    ),
    (
        "portfolio_basketasset",
        "allocation_percent = 0",
        "portfolio_basketasset_allocation_percent_range",
    ),
    (
        "portfolio_portfolioholding",
        "asset_symbol = ''",
        "portfolio_portfolioholding_asset_symbol_format",
    ),
    (
        "portfolio_portfolioholding",
        "quantity = -0.00000001",
        "portfolio_portfolioholding_quantity_non_negative",
    ),
    (
        "portfolio_portfolioholding",
        "average_cost = -1",
        "portfolio_portfolioholding_average_cost_non_negative",
    ),
    # transactions
    (
        "portfolio_transaction",
        "transaction_type = 'bogus'",
        "portfolio_transaction_transaction_type_valid",
    ),
    ("portfolio_transaction", "status = 'bogus'", "portfolio_transaction_status_valid"),
    ("portfolio_transaction", "source = 'bogus'", "portfolio_transaction_source_valid"),
    ("portfolio_transaction", "chain = 'bogus'", "portfolio_transaction_chain_valid"),
    (
        "portfolio_transaction",
        "asset_symbol = 'e t h'",
        "portfolio_transaction_asset_symbol_format",
    ),
    ("portfolio_transaction", "currency = 'usd'", "portfolio_transaction_currency_format"),
    (
        "portfolio_transaction",
        "chain = 'ethereum', tx_hash = '0xabc'",
        "portfolio_transaction_tx_hash_format",
    ),
    ("portfolio_transaction", "quantity = 0", "portfolio_transaction_quantity_positive"),
    ("portfolio_transaction", "price = -1", "portfolio_transaction_price_positive"),
    ("portfolio_transaction", "amount = -5", "portfolio_transaction_amount_positive"),
    ("portfolio_transaction", "amount = 0", "portfolio_transaction_amount_positive"),
    (
        "portfolio_transaction",
        "block_number = -1",
        "portfolio_transaction_block_number_non_negative",
    ),
    ("portfolio_transaction", "quantity = NULL", "portfolio_transaction_trade_has_quantity_price"),
    (
        "portfolio_transaction",
        f"tx_hash = '{TX_HASH}'",
        "portfolio_transaction_tx_hash_needs_chain",
    ),
    (
        "portfolio_transaction",
        "status = 'settled'",
        "portfolio_transaction_settled_at_matches_status",
    ),
    (
        "portfolio_transaction",
        "settled_at = now()",
        "portfolio_transaction_settled_at_matches_status",
    ),
    ("portfolio_transactionfee", "fee_type = 'bogus'", "portfolio_transactionfee_fee_type_valid"),
    ("portfolio_transactionfee", "amount = -0.01", "portfolio_transactionfee_amount_non_negative"),
    ("portfolio_transactionfee", "currency = ''", "portfolio_transactionfee_currency_format"),
    (
        "portfolio_transactionfee",
        "rate_percent = 100.0001",
        "portfolio_transactionfee_rate_percent_range",
    ),
    # gamification
    ("portfolio_userlevel", "level = 0", "portfolio_userlevel_level_positive"),
    (
        "portfolio_userlevel",
        "experience_points = -1",
        "portfolio_userlevel_experience_points_check",
    ),
    (
        "portfolio_userlevel",
        "current_streak_days = 9, longest_streak_days = 8",
        "portfolio_userlevel_longest_streak_covers_current",
    ),
    ("portfolio_quest", "slug = 'Bad Slug'", "portfolio_quest_slug_format"),
    ("portfolio_quest", "title = ''", "portfolio_quest_title_not_blank"),
    ("portfolio_quest", "category = 'bogus'", "portfolio_quest_category_valid"),
    ("portfolio_quest", "frequency = 'hourly'", "portfolio_quest_frequency_valid"),
    ("portfolio_quest", "target_count = 0", "portfolio_quest_target_count_positive"),
    (
        "portfolio_quest",
        "starts_at = now(), ends_at = now() - interval '1 day'",
        "portfolio_quest_ends_after_start",
    ),
    ("portfolio_userquest", "period = '2026/01'", "portfolio_userquest_period_format"),
    ("portfolio_userquest", "status = 'bogus'", "portfolio_userquest_status_valid"),
    ("portfolio_userquest", "progress = -1", "portfolio_userquest_progress_check"),
    ("portfolio_userquest", "status = 'completed'", "portfolio_userquest_completed_has_date"),
    (
        "portfolio_userquest",
        "status = 'claimed', completed_at = now()",
        "portfolio_userquest_claimed_has_date",
    ),
    ("portfolio_achievement", "slug = ''", "portfolio_achievement_slug_format"),
    ("portfolio_achievement", "name = ''", "portfolio_achievement_name_not_blank"),
    ("portfolio_achievement", "category = 'bogus'", "portfolio_achievement_category_valid"),
    ("portfolio_achievement", "tier = 'diamond'", "portfolio_achievement_tier_valid"),
    ("portfolio_battlepass", "season = 0", "portfolio_battlepass_season_positive"),
    ("portfolio_battlepass", "name = ''", "portfolio_battlepass_name_not_blank"),
    ("portfolio_battlepass", "max_tier = 0", "portfolio_battlepass_max_tier_positive"),
    ("portfolio_battlepass", "xp_per_tier = 0", "portfolio_battlepass_xp_per_tier_positive"),
    (
        "portfolio_battlepass",
        "premium_price = -1",
        "portfolio_battlepass_premium_price_non_negative",
    ),
    ("portfolio_battlepass", "currency = 'x'", "portfolio_battlepass_currency_format"),
    ("portfolio_battlepass", "ends_at = starts_at", "portfolio_battlepass_ends_after_start"),
    (
        "portfolio_userbattlepass",
        "is_premium = true, purchased_at = NULL",
        "portfolio_userbattlepass_premium_has_purchase",
    ),
    (
        "portfolio_userbattlepass",
        "current_tier = -1",
        "portfolio_userbattlepass_current_tier_check",
    ),
    # AI
    ("portfolio_aiexpert", "slug = 'x y'", "portfolio_aiexpert_slug_format"),
    ("portfolio_aiexpert", "name = ''", "portfolio_aiexpert_name_not_blank"),
    ("portfolio_aiexpert", "model_name = ''", "portfolio_aiexpert_model_name_not_blank"),
    ("portfolio_aiexpert", "specialty = 'astrology'", "portfolio_aiexpert_specialty_valid"),
    ("portfolio_aiexpert", "risk_profile = 'bogus'", "portfolio_aiexpert_risk_profile_valid"),
    ("portfolio_aiexpert", "accuracy_percent = 101", "portfolio_aiexpert_accuracy_percent_range"),
    ("portfolio_aitip", "title = ''", "portfolio_aitip_title_not_blank"),
    ("portfolio_aitip", "content = ''", "portfolio_aitip_content_not_blank"),
    ("portfolio_aitip", "category = 'bogus'", "portfolio_aitip_category_valid"),
    ("portfolio_aitip", "risk_level = 'bogus'", "portfolio_aitip_risk_level_valid"),
    ("portfolio_aitip", "asset_symbol = 'btc'", "portfolio_aitip_asset_symbol_format"),
    ("portfolio_aitip", "confidence_percent = 101", "portfolio_aitip_confidence_percent_range"),
    ("portfolio_aitip", "published_at = NULL", "portfolio_aitip_published_has_date"),
    (
        "portfolio_aitip",
        "expires_at = published_at - interval '1 hour'",
        "portfolio_aitip_expires_after_publish",
    ),
    (
        "portfolio_useraiinteraction",
        "interaction_type = 'bogus'",
        "portfolio_useraiinteraction_interaction_type_valid",
    ),
    ("portfolio_useraiinteraction", "rating = 6", "portfolio_useraiinteraction_rating_range"),
    ("portfolio_useraiinteraction", "rating = 0", "portfolio_useraiinteraction_rating_range"),
    (
        "portfolio_useraiinteraction",
        "prompt = ''",
        "portfolio_useraiinteraction_question_has_prompt",
    ),
    # automation
    (
        "portfolio_autoinvestrule",
        "asset_symbol = 'x-y'",
        "portfolio_autoinvestrule_asset_symbol_format",
    ),
    ("portfolio_autoinvestrule", "currency = 'us'", "portfolio_autoinvestrule_currency_format"),
    ("portfolio_autoinvestrule", "status = 'bogus'", "portfolio_autoinvestrule_status_valid"),
    ("portfolio_autoinvestrule", "asset_symbol = ''", "portfolio_autoinvestrule_one_target"),
    ("portfolio_autoinvestrule", "amount = 0", "portfolio_autoinvestrule_amount_positive"),
    (
        "portfolio_autoinvestrule",
        "frequency = 'yearly'",
        "portfolio_autoinvestrule_frequency_valid",
    ),
    ("portfolio_autoinvestrule", "day_of_week = 7", "portfolio_autoinvestrule_day_of_week_range"),
    (
        "portfolio_autoinvestrule",
        "day_of_month = 29",
        "portfolio_autoinvestrule_day_of_month_range",
    ),
    (
        "portfolio_autoinvestrule",
        "frequency = 'weekly', day_of_week = NULL",
        "portfolio_autoinvestrule_weekly_has_weekday",
    ),
    ("portfolio_autoinvestrule", "day_of_month = NULL", "portfolio_autoinvestrule_monthly_has_day"),
    ("portfolio_rounduprule", "round_up_to = 0", "portfolio_rounduprule_round_up_to_positive"),
    ("portfolio_rounduprule", "multiplier = 11", "portfolio_rounduprule_multiplier_range"),
    (
        "portfolio_rounduprule",
        "investment_threshold = -1",
        "portfolio_rounduprule_investment_threshold_positive",
    ),
    ("portfolio_rounduprule", "monthly_cap = 0", "portfolio_rounduprule_monthly_cap_positive"),
    (
        "portfolio_rounduprule",
        "pending_amount = -0.00000001",
        "portfolio_rounduprule_pending_amount_non_negative",
    ),
    ("portfolio_rounduprule", "status = 'bogus'", "portfolio_rounduprule_status_valid"),
    ("portfolio_rounduprule", "asset_symbol = ''", "portfolio_rounduprule_one_target"),
    (
        "portfolio_rounduprule",
        "asset_symbol = 'b t c'",
        "portfolio_rounduprule_asset_symbol_format",
    ),
    ("portfolio_rounduprule", "currency = 'u'", "portfolio_rounduprule_currency_format"),
    # loans
    (
        "portfolio_loanapplication",
        "requested_amount = 0",
        "portfolio_loanapplication_requested_amount_positive",
    ),
    (
        "portfolio_loanapplication",
        "currency = 'dollars'",
        "portfolio_loanapplication_currency_format",
    ),
    (
        "portfolio_loanapplication",
        "term_months = 361",
        "portfolio_loanapplication_term_months_range",
    ),
    (
        "portfolio_loanapplication",
        "purpose = 'gambling'",
        "portfolio_loanapplication_purpose_valid",
    ),
    (
        "portfolio_loanapplication",
        "annual_income = -1",
        "portfolio_loanapplication_annual_income_non_negative",
    ),
    (
        "portfolio_loanapplication",
        "collateral_value = -1",
        "portfolio_loanapplication_collateral_value_non_negative",
    ),
    ("portfolio_loanapplication", "status = 'bogus'", "portfolio_loanapplication_status_valid"),
    (
        "portfolio_loanapplication",
        "offered_interest_rate_percent = 101",
        "portfolio_loanapplication_offered_interest_rate_percent_range",
    ),
    (
        "portfolio_loanapplication",
        "status = 'submitted'",
        "portfolio_loanapplication_submitted_has_date",
    ),
    (
        "portfolio_loanapplication",
        "status = 'rejected', submitted_at = now()",
        "portfolio_loanapplication_decided_has_review",
    ),
    (
        "portfolio_loanapplication",
        "status = 'approved', submitted_at = now(), reviewed_at = now()",
        "portfolio_loanapplication_approved_has_rate",
    ),
    ("portfolio_loan", "principal = -100", "portfolio_loan_principal_positive"),
    ("portfolio_loan", "currency = ''", "portfolio_loan_currency_format"),
    ("portfolio_loan", "interest_rate_percent = 101", "portfolio_loan_interest_rate_percent_range"),
    ("portfolio_loan", "term_months = 0", "portfolio_loan_term_months_range"),
    (
        "portfolio_loan",
        "outstanding_balance = -1",
        "portfolio_loan_outstanding_balance_non_negative",
    ),
    ("portfolio_loan", "loan_to_value_percent = 150", "portfolio_loan_loan_to_value_percent_range"),
    ("portfolio_loan", "status = 'bogus'", "portfolio_loan_status_valid"),
    ("portfolio_loan", "status = 'active'", "portfolio_loan_disbursed_has_date"),
    (
        "portfolio_loan",
        "status = 'repaid', disbursed_at = now(), outstanding_balance = 0",
        "portfolio_loan_repaid_is_settled",
    ),
    # notifications
    (
        "portfolio_notification",
        "notification_type = 'bogus'",
        "portfolio_notification_notification_type_valid",
    ),
    ("portfolio_notification", "channel = 'pigeon'", "portfolio_notification_channel_valid"),
    ("portfolio_notification", "title = ''", "portfolio_notification_title_not_blank"),
    (
        "portfolio_notificationpreference",
        "notification_type = 'bogus'",
        "portfolio_notificationpreference_notification_type_valid",
    ),
    (
        "portfolio_notificationpreference",
        "channel = 'fax'",
        "portfolio_notificationpreference_channel_valid",
    ),
    (
        "portfolio_notificationpreference",
        "frequency = 'hourly'",
        "portfolio_notificationpreference_frequency_valid",
    ),
    (
        "portfolio_notificationpreference",
        "quiet_hours_start = '22:00'",
        "portfolio_notificationpreference_quiet_hours_pair",
    ),
]


@pytest.mark.parametrize(
    ("table", "assignment", "constraint"), UPDATE_CASES, ids=[c[2] for c in UPDATE_CASES]
)
def test_database_rejects(every_row, table, assignment, constraint):
    pk = every_row[table].pk
    assert_rejected(constraint, f"UPDATE {table} SET {assignment} WHERE id = %s", [pk])


def test_every_check_constraint_has_a_rejection_case():
    """Each CHECK the models declare appears in UPDATE_CASES (no rule goes unproven)."""
    from django.apps import apps
    from django.db import models

    tested = {c[2] for c in UPDATE_CASES}
    declared = {
        constraint.name
        for model in apps.get_app_config("portfolio").get_models()
        for constraint in model._meta.constraints
        if isinstance(constraint, models.CheckConstraint)
    }
    assert declared - tested == set()


# --- money bounds -------------------------------------------------------------
@pytest.mark.parametrize("value", ["0.00000001", "9999999999.99999999"])
def test_decimal_18_8_round_trips_exactly_in_sql(every_row, value):
    pk = every_row["portfolio_portfolioholding"].pk
    with connection.cursor() as cur:
        cur.execute(
            "UPDATE portfolio_portfolioholding SET quantity = %s::numeric WHERE id = %s "
            "RETURNING quantity::text",
            [value, pk],
        )
        assert cur.fetchone()[0] == value


def test_decimal_18_8_refuses_more_than_ten_integer_digits(every_row):
    pk = every_row["portfolio_portfolioholding"].pk
    assert_rejected(
        "numeric field overflow",
        "UPDATE portfolio_portfolioholding SET quantity = 10000000000 WHERE id = %s",
        [pk],
        error=DataError,
    )


# --- uniqueness ---------------------------------------------------------------
def test_duplicate_user_wallet_rejected_case_insensitively():
    UserFactory(wallet_address=WALLET)
    other = UserFactory()
    assert_rejected(
        "accounts_user_wallet_ci_unique",
        "UPDATE accounts_user SET wallet_address = %s WHERE id = %s",
        [WALLET.lower(), other.pk],
    )


def test_duplicate_portfolio_wallet_rejected_case_insensitively():
    f.PortfolioFactory(wallet_address=WALLET, chain="ethereum")
    other = f.PortfolioFactory()
    assert_rejected(
        "portfolio_portfolio_wallet_ci_unique",
        "UPDATE portfolio_portfolio SET wallet_address = %s, chain = 'base' WHERE id = %s",
        [WALLET.lower(), other.pk],
    )


def test_duplicate_tx_hash_per_chain_rejected():
    f.TransactionFactory(chain="ethereum", tx_hash=TX_HASH)
    other = f.TransactionFactory()
    assert_rejected(
        "portfolio_transaction_chain_tx_hash_unique",
        "UPDATE portfolio_transaction SET chain = 'ethereum', tx_hash = %s WHERE id = %s",
        [TX_HASH.upper().replace("0X", "0x"), other.pk],
    )


def test_same_tx_hash_on_another_chain_is_allowed():
    f.TransactionFactory(chain="ethereum", tx_hash=TX_HASH)
    f.TransactionFactory(chain="polygon", tx_hash=TX_HASH)


def test_duplicate_basket_contract_per_chain_rejected():
    f.BasketFactory(contract_address=WALLET)
    other = f.BasketFactory()
    assert_rejected(
        "portfolio_basket_contract_unique",
        "UPDATE portfolio_basket SET contract_address = %s WHERE id = %s",
        [WALLET.lower(), other.pk],
    )


def _copy_row_sql(table, overrides: dict, pk):
    """INSERT a copy of row ``pk`` with ``overrides`` (every other column copied)."""
    with connection.cursor() as cur:
        cols = [c.name for c in connection.introspection.get_table_description(cur, table)]
    cols = [c for c in cols if c != "id"]
    select = ", ".join(overrides.get(c, c) for c in cols)
    return f"INSERT INTO {table} ({', '.join(cols)}) SELECT {select} FROM {table} WHERE id = %s", [
        pk
    ]


UNIQUE_CASES = [
    ("portfolio_portfolioholding", {}, "portfolio_portfolioholding_portfolio_asset_unique"),
    ("portfolio_userquest", {}, "portfolio_userquest_user_quest_period_unique"),
    ("portfolio_userachievement", {}, "portfolio_userachievement_user_achievement_unique"),
    ("portfolio_userbattlepass", {}, "portfolio_userbattlepass_user_season_unique"),
    ("portfolio_basketasset", {}, "portfolio_basketasset_basket_asset_unique"),
    ("portfolio_transactionfee", {}, "portfolio_transactionfee_transaction_type_unique"),
    ("portfolio_notificationpreference", {}, "portfolio_notificationpreference_unique"),
    ("portfolio_rounduprule", {}, "portfolio_rounduprule_one_active"),
    (
        "portfolio_basket",
        {"symbol": "'OTHER'", "contract_address": "NULL"},
        "portfolio_basket_slug_unique",
    ),
    (
        "portfolio_basket",
        {"slug": "'other'", "contract_address": "NULL"},
        "portfolio_basket_symbol_unique",
    ),
    ("portfolio_quest", {}, "portfolio_quest_slug_unique"),
    ("portfolio_achievement", {}, "portfolio_achievement_slug_unique"),
    ("portfolio_aiexpert", {}, "portfolio_aiexpert_slug_unique"),
    ("portfolio_battlepass", {}, "portfolio_battlepass_season_unique"),
    ("portfolio_battlepass", {"season": "season + 100"}, "portfolio_battlepass_no_overlap"),
    (
        "portfolio_portfolio",
        {"name": "upper(name)", "wallet_address": "NULL"},
        "portfolio_portfolio_user_name_unique",
    ),
]


@pytest.mark.parametrize(
    ("table", "overrides", "constraint"), UNIQUE_CASES, ids=[c[2] for c in UNIQUE_CASES]
)
def test_database_rejects_duplicate(every_row, table, overrides, constraint):
    sql, params = _copy_row_sql(table, overrides, every_row[table].pk)
    assert_rejected(constraint, sql, params)


def test_second_default_portfolio_rejected(user):
    f.PortfolioFactory(user=user, is_default=True)
    other = f.PortfolioFactory(user=user)
    assert_rejected(
        "portfolio_portfolio_one_default",
        "UPDATE portfolio_portfolio SET is_default = true WHERE id = %s",
        [other.pk],
    )


def test_user_quest_in_another_period_is_allowed(every_row):
    sql, params = _copy_row_sql(
        "portfolio_userquest", {"period": "'2026-W02'"}, every_row["portfolio_userquest"].pk
    )
    run(sql, params)


# --- rules across rows (triggers) ---------------------------------------------
@pytest.fixture
def published_basket():
    return f.PublishedBasketFactory(assets=[("ETH", "60"), ("BTC", "40")])


def test_published_basket_allocation_change_rejected(published_basket):
    assert_rejected(
        "portfolio_basket_allocation_sum",
        "UPDATE portfolio_basketasset SET allocation_percent = 39.9999 "
        "WHERE basket_id = %s AND asset_symbol = 'BTC'",
        [published_basket.pk],
    )


def test_published_basket_asset_removal_rejected(published_basket):
    assert_rejected(
        "portfolio_basket_allocation_sum",
        "DELETE FROM portfolio_basketasset WHERE basket_id = %s AND asset_symbol = 'BTC'",
        [published_basket.pk],
    )


def test_published_basket_asset_addition_rejected(published_basket):
    assert_rejected(
        "portfolio_basket_allocation_sum",
        "INSERT INTO portfolio_basketasset (basket_id, asset_symbol, asset_name, allocation_percent) "
        "VALUES (%s, 'SOL', 'Solana', 5)",
        [published_basket.pk],
    )


def test_publishing_basket_with_wrong_sum_rejected():
    basket = f.BasketFactory()
    f.BasketAssetFactory(basket=basket, allocation_percent="99.9999")
    assert_rejected(
        "portfolio_basket_allocation_sum",
        "UPDATE portfolio_basket SET status = 'published', published_at = now() WHERE id = %s",
        [basket.pk],
    )


def test_publishing_empty_basket_rejected():
    basket = f.BasketFactory()
    assert_rejected(
        "portfolio_basket_allocation_sum",
        "UPDATE portfolio_basket SET status = 'published', published_at = now() WHERE id = %s",
        [basket.pk],
    )


def test_rebalancing_published_basket_within_one_transaction_is_allowed(published_basket):
    """Deferred: intermediate states may break the sum as long as the end state is 100 %."""
    with transaction.atomic():
        with connection.cursor() as cur:
            cur.execute(
                "UPDATE portfolio_basketasset SET allocation_percent = 50 WHERE basket_id = %s",
                [published_basket.pk],
            )
            cur.execute(
                "INSERT INTO portfolio_basketasset (basket_id, asset_symbol, asset_name, "
                "allocation_percent) VALUES (%s, 'SOL', 'Solana', 0.0001)",
                [published_basket.pk],
            )
            cur.execute(
                "UPDATE portfolio_basketasset SET allocation_percent = 49.9999 "
                "WHERE basket_id = %s AND asset_symbol = 'BTC'",
                [published_basket.pk],
            )
            cur.execute("SET CONSTRAINTS ALL IMMEDIATE")
    assert published_basket.assets.count() == 3


def test_draft_basket_allocation_may_be_incomplete():
    basket = f.BasketFactory()
    run(
        "INSERT INTO portfolio_basketasset (basket_id, asset_symbol, asset_name, allocation_percent) "
        "VALUES (%s, 'SOL', 'Solana', 30)",
        [basket.pk],
    )


@pytest.mark.django_db(transaction=True)
def test_allocation_rule_fires_at_commit_without_set_constraints():
    basket = f.PublishedBasketFactory()
    with pytest.raises(IntegrityError, match="portfolio_basket_allocation_sum"):
        with transaction.atomic(), connection.cursor() as cur:
            cur.execute(
                "UPDATE portfolio_basketasset SET allocation_percent = 1 WHERE basket_id = %s",
                [basket.pk],
            )
    assert sorted(basket.assets.values_list("allocation_percent", flat=True)) == [40, 60]


@pytest.mark.parametrize(
    ("table", "model"),
    [
        ("portfolio_transaction", "transaction"),
        ("portfolio_loanapplication", "loanapplication"),
    ],
)
def test_row_user_must_own_its_portfolio(every_row, table, model):
    stranger = f.PortfolioFactory()
    assert_rejected(
        f"portfolio_{model}_portfolio_owner",
        f"UPDATE {table} SET portfolio_id = %s WHERE id = %s",
        [stranger.pk, every_row[table].pk],
    )


def test_loan_user_must_own_its_portfolio(every_row):
    stranger = f.PortfolioFactory()
    assert_rejected(
        "portfolio_loan_portfolio_owner",
        "UPDATE portfolio_loan SET portfolio_id = %s WHERE id = %s",
        [stranger.pk, every_row["portfolio_loan"].pk],
    )


def test_settled_transaction_cannot_be_updated_or_deleted(every_row):
    pk = every_row["portfolio_transaction"].pk
    run("DELETE FROM portfolio_transactionfee WHERE transaction_id = %s", [pk])
    run(
        "UPDATE portfolio_transaction SET status = 'settled', settled_at = now() WHERE id = %s",
        [pk],
    )
    assert_rejected(
        "portfolio_transaction_settled_immutable",
        "UPDATE portfolio_transaction SET amount = 1 WHERE id = %s",
        [pk],
    )
    assert_rejected(
        "portfolio_transaction_settled_immutable",
        "DELETE FROM portfolio_transaction WHERE id = %s",
        [pk],
    )


def test_settled_transaction_may_be_rewritten_unchanged(every_row):
    """loaddata re-saves fixture rows with the same values: that is not a change."""
    pk = every_row["portfolio_transaction"].pk
    run("DELETE FROM portfolio_transactionfee WHERE transaction_id = %s", [pk])
    run(
        "UPDATE portfolio_transaction SET status = 'settled', settled_at = now() WHERE id = %s",
        [pk],
    )
    run("UPDATE portfolio_transaction SET amount = amount WHERE id = %s", [pk])


def test_pending_transaction_can_still_change(every_row):
    run(
        "UPDATE portfolio_transaction SET status = 'failed' WHERE id = %s",
        [every_row["portfolio_transaction"].pk],
    )
