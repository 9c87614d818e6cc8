"""Raw-SQL proofs that PostgreSQL itself holds every portfolio rule (no ORM validation).

Each case writes one bad value with plain SQL and expects the named constraint to
refuse it. ``SET CONSTRAINTS ALL IMMEDIATE`` fires deferred rules (the basket
allocation trigger) inside the test's transaction instead of at its commit.
"""

import pytest
from django.db import DataError, IntegrityError, connection, transaction

from tests.accounts.factories import UserFactory
from tests.portfolio import factories as f
from tests.utils import assert_sql_rejected, copy_row_sql, rejected, run_sql, table_of

pytestmark = pytest.mark.django_db

WALLET = "0x52908400098527886E0F7030069857D2E4169EE7"
TX_HASH = "0x" + "ab" * 32


# (constraint, SET clause on a valid row of the constraint's table): one bad value per rule.
UPDATE_CASES = [
    # portfolio
    ("portfolio_portfolio_name_not_blank", "name = ''"),
    ("portfolio_portfolio_base_currency_format", "base_currency = 'usd'"),
    ("portfolio_portfolio_status_valid", "status = 'bogus'"),
    ("portfolio_portfolio_chain_valid", "chain = 'dogechain'"),
    ("portfolio_portfolio_wallet_address_format", "wallet_address = '0x123'"),
    ("portfolio_portfolio_wallet_needs_chain", f"wallet_address = '{WALLET}', chain = NULL"),
    # basket
    ("portfolio_basket_name_not_blank", "name = ''"),
    ("portfolio_basket_slug_format", "slug = 'Not A Slug'"),
    ("portfolio_basket_symbol_format", "symbol = 'lower'"),
    ("portfolio_basket_category_valid", "category = 'bogus'"),
    ("portfolio_basket_risk_level_valid", "risk_level = 'bogus'"),
    ("portfolio_basket_status_valid", "status = 'bogus'"),
    ("portfolio_basket_chain_valid", "chain = 'bogus'"),
    ("portfolio_basket_contract_address_format", "contract_address = '0xZZ'"),
    ("portfolio_basket_min_investment_positive", "min_investment = 0"),
    ("portfolio_basket_management_fee_percent_range", "management_fee_percent = 101"),
    ("portfolio_basket_management_fee_percent_range", "management_fee_percent = -0.0001"),
    ("portfolio_basket_published_has_date", "status = 'published', published_at = NULL"),
    ("portfolio_basketasset_asset_symbol_format", "asset_symbol = 'eth'"),
    ("portfolio_basketasset_asset_name_not_blank", "asset_name = ''"),
    ("portfolio_basketasset_token_address_format", "token_address = 'nope'"),
    ("portfolio_basketasset_allocation_percent_range", "allocation_percent = 101"),
    ("portfolio_basketasset_allocation_percent_range", "allocation_percent = 0"),
    ("portfolio_portfolioholding_asset_symbol_format", "asset_symbol = ''"),
    ("portfolio_portfolioholding_quantity_non_negative", "quantity = -0.00000001"),
    ("portfolio_portfolioholding_average_cost_non_negative", "average_cost = -1"),
    # transactions
    ("portfolio_transaction_transaction_type_valid", "transaction_type = 'bogus'"),
    ("portfolio_transaction_status_valid", "status = 'bogus'"),
    ("portfolio_transaction_source_valid", "source = 'bogus'"),
    ("portfolio_transaction_chain_valid", "chain = 'bogus'"),
    ("portfolio_transaction_asset_symbol_format", "asset_symbol = 'e t h'"),
    ("portfolio_transaction_currency_format", "currency = 'usd'"),
    ("portfolio_transaction_tx_hash_format", "chain = 'ethereum', tx_hash = '0xabc'"),
    ("portfolio_transaction_quantity_positive", "quantity = 0"),
    ("portfolio_transaction_price_positive", "price = -1"),
    ("portfolio_transaction_amount_positive", "amount = -5"),
    ("portfolio_transaction_amount_positive", "amount = 0"),
    ("portfolio_transaction_block_number_non_negative", "block_number = -1"),
    ("portfolio_transaction_trade_has_quantity_price", "quantity = NULL"),
    ("portfolio_transaction_tx_hash_needs_chain", f"tx_hash = '{TX_HASH}'"),
    ("portfolio_transaction_settled_at_matches_status", "status = 'settled'"),
    ("portfolio_transaction_settled_at_matches_status", "settled_at = now()"),
    ("portfolio_transactionfee_fee_type_valid", "fee_type = 'bogus'"),
    ("portfolio_transactionfee_amount_non_negative", "amount = -0.01"),
    ("portfolio_transactionfee_currency_format", "currency = ''"),
    ("portfolio_transactionfee_rate_percent_range", "rate_percent = 100.0001"),
    # gamification
    ("portfolio_userlevel_level_positive", "level = 0"),
    ("portfolio_userlevel_level_check", "level = -1"),
    ("portfolio_userlevel_current_streak_days_check", "current_streak_days = -1"),
    ("portfolio_userlevel_experience_points_check", "experience_points = -1"),
    (
        "portfolio_userlevel_longest_streak_covers_current",
        "current_streak_days = 9, longest_streak_days = 8",
    ),
    ("portfolio_quest_slug_format", "slug = 'Bad Slug'"),
    ("portfolio_quest_title_not_blank", "title = ''"),
    ("portfolio_quest_category_valid", "category = 'bogus'"),
    ("portfolio_quest_frequency_valid", "frequency = 'hourly'"),
    ("portfolio_quest_target_count_positive", "target_count = 0"),
    ("portfolio_quest_target_count_check", "target_count = -1"),
    ("portfolio_quest_xp_reward_check", "xp_reward = -1"),
    ("portfolio_quest_ends_after_start", "starts_at = now(), ends_at = now() - interval '1 day'"),
    ("portfolio_userquest_period_format", "period = '2026/01'"),
    ("portfolio_userquest_status_valid", "status = 'bogus'"),
    ("portfolio_userquest_progress_check", "progress = -1"),
    ("portfolio_userquest_completed_has_date", "status = 'completed'"),
    ("portfolio_userquest_claimed_has_date", "status = 'claimed', completed_at = now()"),
    ("portfolio_achievement_slug_format", "slug = ''"),
    ("portfolio_achievement_name_not_blank", "name = ''"),
    ("portfolio_achievement_category_valid", "category = 'bogus'"),
    ("portfolio_achievement_tier_valid", "tier = 'diamond'"),
    ("portfolio_achievement_xp_reward_check", "xp_reward = -1"),
    ("portfolio_battlepass_season_positive", "season = 0"),
    ("portfolio_battlepass_season_check", "season = -1"),
    ("portfolio_battlepass_max_tier_check", "max_tier = -1"),
    ("portfolio_battlepass_xp_per_tier_check", "xp_per_tier = -1"),
    ("portfolio_battlepass_name_not_blank", "name = ''"),
    ("portfolio_battlepass_max_tier_positive", "max_tier = 0"),
    ("portfolio_battlepass_xp_per_tier_positive", "xp_per_tier = 0"),
    ("portfolio_battlepass_premium_price_non_negative", "premium_price = -1"),
    ("portfolio_battlepass_currency_format", "currency = 'x'"),
    ("portfolio_battlepass_ends_after_start", "ends_at = starts_at"),
    ("portfolio_userbattlepass_premium_has_purchase", "is_premium = true, purchased_at = NULL"),
    ("portfolio_userbattlepass_current_tier_check", "current_tier = -1"),
    ("portfolio_userbattlepass_experience_points_check", "experience_points = -1"),
    # AI
    ("portfolio_aiexpert_slug_format", "slug = 'x y'"),
    ("portfolio_aiexpert_name_not_blank", "name = ''"),
    ("portfolio_aiexpert_model_name_not_blank", "model_name = ''"),
    ("portfolio_aiexpert_specialty_valid", "specialty = 'astrology'"),
    ("portfolio_aiexpert_risk_profile_valid", "risk_profile = 'bogus'"),
    ("portfolio_aiexpert_accuracy_percent_range", "accuracy_percent = 101"),
    ("portfolio_aitip_title_not_blank", "title = ''"),
    ("portfolio_aitip_content_not_blank", "content = ''"),
    ("portfolio_aitip_category_valid", "category = 'bogus'"),
    ("portfolio_aitip_risk_level_valid", "risk_level = 'bogus'"),
    ("portfolio_aitip_asset_symbol_format", "asset_symbol = 'btc'"),
    ("portfolio_aitip_confidence_percent_range", "confidence_percent = 101"),
    ("portfolio_aitip_published_has_date", "published_at = NULL"),
    ("portfolio_aitip_expires_after_publish", "expires_at = published_at - interval '1 hour'"),
    ("portfolio_useraiinteraction_interaction_type_valid", "interaction_type = 'bogus'"),
    ("portfolio_useraiinteraction_rating_range", "rating = 6"),
    ("portfolio_useraiinteraction_rating_range", "rating = 0"),
    ("portfolio_useraiinteraction_rating_check", "rating = -1"),
    ("portfolio_useraiinteraction_tokens_used_check", "tokens_used = -1"),
    ("portfolio_useraiinteraction_question_has_prompt", "prompt = ''"),
    # automation
    ("portfolio_autoinvestrule_asset_symbol_format", "asset_symbol = 'x-y'"),
    ("portfolio_autoinvestrule_currency_format", "currency = 'us'"),
    ("portfolio_autoinvestrule_status_valid", "status = 'bogus'"),
    ("portfolio_autoinvestrule_one_target", "asset_symbol = ''"),
    ("portfolio_autoinvestrule_amount_positive", "amount = 0"),
    ("portfolio_autoinvestrule_frequency_valid", "frequency = 'yearly'"),
    ("portfolio_autoinvestrule_day_of_week_range", "day_of_week = 7"),
    ("portfolio_autoinvestrule_day_of_week_check", "day_of_week = -1"),
    ("portfolio_autoinvestrule_day_of_month_range", "day_of_month = 29"),
    ("portfolio_autoinvestrule_day_of_month_check", "day_of_month = -1"),
    ("portfolio_autoinvestrule_weekly_has_weekday", "frequency = 'weekly', day_of_week = NULL"),
    ("portfolio_autoinvestrule_monthly_has_day", "day_of_month = NULL"),
    ("portfolio_rounduprule_round_up_to_positive", "round_up_to = 0"),
    ("portfolio_rounduprule_multiplier_range", "multiplier = 11"),
    ("portfolio_rounduprule_multiplier_check", "multiplier = -1"),
    ("portfolio_rounduprule_investment_threshold_positive", "investment_threshold = -1"),
    ("portfolio_rounduprule_monthly_cap_positive", "monthly_cap = 0"),
    ("portfolio_rounduprule_pending_amount_non_negative", "pending_amount = -0.00000001"),
    ("portfolio_rounduprule_status_valid", "status = 'bogus'"),
    ("portfolio_rounduprule_one_target", "asset_symbol = ''"),
    ("portfolio_rounduprule_asset_symbol_format", "asset_symbol = 'b t c'"),
    ("portfolio_rounduprule_currency_format", "currency = 'u'"),
    # loans
    ("portfolio_loanapplication_requested_amount_positive", "requested_amount = 0"),
    ("portfolio_loanapplication_currency_format", "currency = 'dollars'"),
    ("portfolio_loanapplication_term_months_range", "term_months = 361"),
    ("portfolio_loanapplication_term_months_check", "term_months = -1"),
    ("portfolio_loanapplication_purpose_valid", "purpose = 'gambling'"),
    ("portfolio_loanapplication_annual_income_non_negative", "annual_income = -1"),
    ("portfolio_loanapplication_collateral_value_non_negative", "collateral_value = -1"),
    ("portfolio_loanapplication_status_valid", "status = 'bogus'"),
    (
        "portfolio_loanapplication_offered_interest_rate_percent_range",
        "offered_interest_rate_percent = 101",
    ),
    ("portfolio_loanapplication_submitted_has_date", "status = 'submitted'"),
    ("portfolio_loanapplication_decided_has_review", "status = 'rejected', submitted_at = now()"),
    (
        "portfolio_loanapplication_approved_has_rate",
        "status = 'approved', submitted_at = now(), reviewed_at = now()",
    ),
    ("portfolio_loan_principal_positive", "principal = -100"),
    ("portfolio_loan_currency_format", "currency = ''"),
    ("portfolio_loan_interest_rate_percent_range", "interest_rate_percent = 101"),
    ("portfolio_loan_term_months_range", "term_months = 0"),
    ("portfolio_loan_term_months_check", "term_months = -1"),
    ("portfolio_loan_outstanding_balance_non_negative", "outstanding_balance = -1"),
    ("portfolio_loan_loan_to_value_percent_range", "loan_to_value_percent = 150"),
    ("portfolio_loan_status_valid", "status = 'bogus'"),
    ("portfolio_loan_disbursed_has_date", "status = 'active'"),
    (
        "portfolio_loan_repaid_is_settled",
        "status = 'repaid', disbursed_at = now(), outstanding_balance = 0",
    ),
    # notifications
    ("portfolio_notification_notification_type_valid", "notification_type = 'bogus'"),
    ("portfolio_notification_channel_valid", "channel = 'pigeon'"),
    ("portfolio_notification_title_not_blank", "title = ''"),
    ("portfolio_notificationpreference_notification_type_valid", "notification_type = 'bogus'"),
    ("portfolio_notificationpreference_channel_valid", "channel = 'fax'"),
    ("portfolio_notificationpreference_frequency_valid", "frequency = 'hourly'"),
    ("portfolio_notificationpreference_quiet_hours_pair", "quiet_hours_start = '22:00'"),
]


@pytest.mark.parametrize(
    ("constraint", "assignment"), UPDATE_CASES, ids=[c[0] for c in UPDATE_CASES]
)
def test_database_rejects(every_row, constraint, assignment):
    table = table_of(constraint)
    pk = every_row[table].pk
    assert_sql_rejected(constraint, f"UPDATE {table} SET {assignment} WHERE id = %s", [pk])


def test_longest_streak_days_check_behind_the_streak_rule(every_row):
    """A negative longest streak also breaks ``longest_streak_covers_current``, which
    PostgreSQL checks first (CHECKs run in name order): that rule is dropped inside the
    test's savepoint to show the column's own CHECK."""
    with rejected("portfolio_userlevel_longest_streak_days_check", immediate=True):
        run_sql(
            "ALTER TABLE portfolio_userlevel "
            "DROP CONSTRAINT portfolio_userlevel_longest_streak_covers_current"
        )
        run_sql(
            "UPDATE portfolio_userlevel SET longest_streak_days = -1 WHERE id = %s",
            [every_row["portfolio_userlevel"].pk],
        )


# --- money bounds -------------------------------------------------------------
@pytest.mark.parametrize("value", ["0.00000001", "9999999999.99999999"])
def test_decimal_18_8_round_trips_exactly_in_sql(every_row, value):
    pk = every_row["portfolio_portfolioholding"].pk
    assert run_sql(
        "UPDATE portfolio_portfolioholding SET quantity = %s::numeric WHERE id = %s "
        "RETURNING quantity::text",
        [value, pk],
    ) == [(value,)]


def test_decimal_18_8_refuses_more_than_ten_integer_digits(every_row):
    pk = every_row["portfolio_portfolioholding"].pk
    assert_sql_rejected(
        None,
        "UPDATE portfolio_portfolioholding SET quantity = 10000000000 WHERE id = %s",
        [pk],
        match="numeric field overflow",
        error=DataError,
    )


# --- uniqueness ---------------------------------------------------------------
def test_duplicate_user_wallet_rejected_case_insensitively():
    UserFactory(wallet_address=WALLET)
    other = UserFactory()
    assert_sql_rejected(
        "accounts_user_wallet_ci_unique",
        "UPDATE accounts_user SET wallet_address = %s WHERE id = %s",
        [WALLET.lower(), other.pk],
    )


def test_duplicate_portfolio_wallet_rejected_case_insensitively():
    f.PortfolioFactory(wallet_address=WALLET, chain="ethereum")
    other = f.PortfolioFactory()
    assert_sql_rejected(
        "portfolio_portfolio_wallet_ci_unique",
        "UPDATE portfolio_portfolio SET wallet_address = %s, chain = 'base' WHERE id = %s",
        [WALLET.lower(), other.pk],
    )


def test_duplicate_tx_hash_per_chain_rejected():
    f.TransactionFactory(chain="ethereum", tx_hash=TX_HASH)
    other = f.TransactionFactory()
    assert_sql_rejected(
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
    assert_sql_rejected(
        "portfolio_basket_contract_unique",
        "UPDATE portfolio_basket SET contract_address = %s WHERE id = %s",
        [WALLET.lower(), other.pk],
    )


# (constraint, overrides): a copy of a valid row, with SQL expressions for some columns.
UNIQUE_CASES = [
    ("portfolio_portfolioholding_portfolio_asset_unique", {}),
    ("portfolio_userquest_user_quest_period_unique", {}),
    ("portfolio_userachievement_user_achievement_unique", {}),
    ("portfolio_userbattlepass_user_season_unique", {}),
    ("portfolio_basketasset_basket_asset_unique", {}),
    ("portfolio_transactionfee_transaction_type_unique", {}),
    ("portfolio_notificationpreference_unique", {}),
    ("portfolio_rounduprule_one_active", {}),
    ("portfolio_basket_slug_unique", {"symbol": "'OTHER'", "contract_address": "NULL"}),
    ("portfolio_basket_symbol_unique", {"slug": "'other'", "contract_address": "NULL"}),
    ("portfolio_quest_slug_unique", {}),
    ("portfolio_userlevel_user_id_key", {}),
    ("portfolio_loan_application_id_key", {}),
    ("portfolio_achievement_slug_unique", {}),
    ("portfolio_aiexpert_slug_unique", {}),
    ("portfolio_battlepass_season_unique", {}),
    ("portfolio_battlepass_no_overlap", {"season": "season + 100"}),
    ("portfolio_portfolio_user_name_unique", {"name": "upper(name)", "wallet_address": "NULL"}),
]


@pytest.mark.parametrize(
    ("constraint", "overrides"), UNIQUE_CASES, ids=[c[0] for c in UNIQUE_CASES]
)
def test_database_rejects_duplicate(every_row, constraint, overrides):
    table = table_of(constraint)
    assert_sql_rejected(constraint, *copy_row_sql(table, every_row[table].pk, **overrides))


def test_second_default_portfolio_rejected(user):
    f.PortfolioFactory(user=user, is_default=True)
    other = f.PortfolioFactory(user=user)
    assert_sql_rejected(
        "portfolio_portfolio_one_default",
        "UPDATE portfolio_portfolio SET is_default = true WHERE id = %s",
        [other.pk],
    )


def test_user_quest_in_another_period_is_allowed(every_row):
    run_sql(
        *copy_row_sql(
            "portfolio_userquest", every_row["portfolio_userquest"].pk, period="'2026-W02'"
        ),
        immediate=True,
    )


# --- rules across rows (triggers) ---------------------------------------------
@pytest.fixture
def published_basket():
    return f.PublishedBasketFactory(assets=[("ETH", "60"), ("BTC", "40")])


def test_published_basket_allocation_change_rejected(published_basket):
    assert_sql_rejected(
        "portfolio_basket_allocation_sum",
        "UPDATE portfolio_basketasset SET allocation_percent = 39.9999 "
        "WHERE basket_id = %s AND asset_symbol = 'BTC'",
        [published_basket.pk],
    )


def test_published_basket_asset_removal_rejected(published_basket):
    assert_sql_rejected(
        "portfolio_basket_allocation_sum",
        "DELETE FROM portfolio_basketasset WHERE basket_id = %s AND asset_symbol = 'BTC'",
        [published_basket.pk],
    )


def test_published_basket_asset_addition_rejected(published_basket):
    assert_sql_rejected(
        "portfolio_basket_allocation_sum",
        "INSERT INTO portfolio_basketasset (basket_id, asset_symbol, asset_name, allocation_percent) "
        "VALUES (%s, 'SOL', 'Solana', 5)",
        [published_basket.pk],
    )


def test_publishing_basket_with_wrong_sum_rejected():
    basket = f.BasketFactory()
    f.BasketAssetFactory(basket=basket, allocation_percent="99.9999")
    assert_sql_rejected(
        "portfolio_basket_allocation_sum",
        "UPDATE portfolio_basket SET status = 'published', published_at = now() WHERE id = %s",
        [basket.pk],
    )


def test_publishing_empty_basket_rejected():
    basket = f.BasketFactory()
    assert_sql_rejected(
        "portfolio_basket_allocation_sum",
        "UPDATE portfolio_basket SET status = 'published', published_at = now() WHERE id = %s",
        [basket.pk],
    )


def test_rebalancing_published_basket_within_one_transaction_is_allowed(published_basket):
    """Deferred: intermediate states may break the sum as long as the end state is 100 %."""
    pk = [published_basket.pk]
    with transaction.atomic():
        run_sql("UPDATE portfolio_basketasset SET allocation_percent = 50 WHERE basket_id = %s", pk)
        run_sql(
            "INSERT INTO portfolio_basketasset (basket_id, asset_symbol, asset_name, "
            "allocation_percent) VALUES (%s, 'SOL', 'Solana', 0.0001)",
            pk,
        )
        run_sql(
            "UPDATE portfolio_basketasset SET allocation_percent = 49.9999 "
            "WHERE basket_id = %s AND asset_symbol = 'BTC'",
            pk,
            immediate=True,
        )
    assert published_basket.assets.count() == 3


def test_draft_basket_allocation_may_be_incomplete():
    basket = f.BasketFactory()
    run_sql(
        "INSERT INTO portfolio_basketasset (basket_id, asset_symbol, asset_name, allocation_percent) "
        "VALUES (%s, 'SOL', 'Solana', 30)",
        [basket.pk],
        immediate=True,
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
    ("table", "constraint"),
    [
        ("portfolio_transaction", "portfolio_transaction_portfolio_owner"),
        ("portfolio_loanapplication", "portfolio_loanapplication_portfolio_owner"),
        ("portfolio_loan", "portfolio_loan_portfolio_owner"),
    ],
)
def test_row_user_must_own_its_portfolio(every_row, table, constraint):
    stranger = f.PortfolioFactory()
    assert_sql_rejected(
        constraint,
        f"UPDATE {table} SET portfolio_id = %s WHERE id = %s",
        [stranger.pk, every_row[table].pk],
    )


def settle(every_row):
    """Settle the transaction of ``every_row`` (a settled one has no pending fees); its id."""
    pk = every_row["portfolio_transaction"].pk
    run_sql("DELETE FROM portfolio_transactionfee WHERE transaction_id = %s", [pk])
    run_sql(
        "UPDATE portfolio_transaction SET status = 'settled', settled_at = now() WHERE id = %s",
        [pk],
        immediate=True,
    )
    return pk


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE portfolio_transaction SET amount = 1 WHERE id = %s",
        "DELETE FROM portfolio_transaction WHERE id = %s",
    ],
)
def test_settled_transaction_cannot_be_updated_or_deleted(every_row, sql):
    assert_sql_rejected("portfolio_transaction_settled_immutable", sql, [settle(every_row)])


def test_settled_transaction_may_be_rewritten_unchanged(every_row):
    """loaddata re-saves fixture rows with the same values: that is not a change."""
    pk = settle(every_row)
    run_sql("UPDATE portfolio_transaction SET amount = amount WHERE id = %s", [pk], immediate=True)


def test_pending_transaction_can_still_change(every_row):
    run_sql(
        "UPDATE portfolio_transaction SET status = 'failed' WHERE id = %s",
        [every_row["portfolio_transaction"].pk],
        immediate=True,
    )
