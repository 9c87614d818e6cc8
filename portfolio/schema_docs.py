"""What the schema docs generator cannot read from the database (see docs/development.md)."""

from django.apps import apps

SEED_FILE = "004_c0f1e1a0925faad7.txt"

SUMMARY = (
    "Consumer investing with on-chain baskets (seed 004, Story 1.2a): portfolios and their "
    "holdings, curated baskets of assets, a transaction ledger with fees, gamification "
    "(levels, quests, achievements, battle passes), AI experts and their tips, automation "
    "(auto-invest and round-up rules), loans, and notifications — 22 models in seven modules "
    "of `portfolio/models/`, one per seed model group (the seed's User Management group lives "
    "in `accounts`). Money and quantities are `numeric(18,8)`; every amount, percentage, enum "
    "and cross-column rule is a named CHECK, and the rules spanning rows (a published basket's "
    "weights add up to 100 %, a row's user owns its portfolio, a settled transaction is final) "
    "are PostgreSQL triggers."
)


def _seed_fields() -> dict[str, dict[str, str]]:
    """The seed names models only; the fields it implies are userId, status and createdAt
    (its QA notes index "userId, createdAt, status fields"). Every other column is ours."""
    mapping = {}
    for model in apps.get_app_config("portfolio").get_models():
        names = {f.name for f in model._meta.fields}
        fields = {"id": "id"}
        for ours, seed in (
            ("user", "userId"),
            ("status", "status"),
            ("created_at", "createdAt"),
            ("updated_at", "updatedAt"),
        ):
            if ours in names:
                fields[ours] = seed
        mapping[model.__name__] = fields
    return mapping


SEED_FIELDS = _seed_fields()

NOTES = """
### Model groups (modules of `portfolio/models/`)

| seed group | module | models |
|---|---|---|
| 2 Portfolio & Investments | `investing.py` | Portfolio, PortfolioHolding, Basket, BasketAsset |
| 3 Transactions | `transactions.py` | Transaction, TransactionFee |
| 4 Gamification | `gamification.py` | UserLevel, Quest, UserQuest, Achievement, UserAchievement, BattlePass, UserBattlePass |
| 5 AI Features | `ai.py` | AIExpert, AITip, UserAIInteraction |
| 6 Automation | `automation.py` | AutoInvestRule, RoundUpRule (shared abstract `AutomationRule`) |
| 7 Loans | `loans.py` | LoanApplication, Loan |
| 8 Notifications | `notifications.py` | Notification, NotificationPreference |

Seed group 1 (User, UserProfile, UserPreferences, UserStatus) is `accounts`.

### Fields: why they exist

The seed names the models but none of their fields; these are the fields a consumer
investing app needs, each for a reason:

- **Portfolio**: `name` (unique per user, case-insensitively), `base_currency` (reporting
  currency), `status` active/archived (archived portfolios take no orders), `is_default`
  (at most one per user: partial unique index), `chain` + `wallet_address` (the custody
  wallet on chain; unique case-insensitively across portfolios, format `0x` + 40 hex, a
  wallet needs its chain).
- **PortfolioHolding**: one row per (portfolio, `asset_symbol`); `quantity` ≥ 0 and
  `average_cost` ≥ 0 (zero is meaningful: sold out); `basket` set when the asset is a
  basket token; `last_transaction_at`. Changed only by `services.record_trade` /
  `settle_transaction`, under `SELECT … FOR UPDATE`.
- **Basket**: catalogue of on-chain index tokens: `slug`, `symbol` (unique), `category`,
  `risk_level`, `status` draft/published/archived, `chain` + `contract_address` (unique per
  chain, case-insensitively), `min_investment` > 0, `management_fee_percent` 0..100,
  `published_at` (required once published).
- **BasketAsset**: `asset_symbol` (unique per basket), `asset_name`, `token_address`,
  `allocation_percent` in (0, 100] with 4 decimals. **A published basket's allocations add
  up to exactly 100** — a rule across rows, held by two deferred constraint triggers
  (`pgtrigger_basket_allocation_sum_*` on the basket, `pgtrigger_basketasset_allocation_sum_*`
  on its assets) that raise `portfolio_basket_allocation_sum` (SQLSTATE 23514) at COMMIT,
  so a rebalance may pass through intermediate states inside one transaction. The API,
  the admin inline and `services.check_allocation` report the same rule as a field error.
- **Transaction**: `transaction_type` buy/sell/deposit/withdrawal/reward, `status`
  pending/settled/failed/cancelled, `source` manual/auto_invest/round_up/system,
  `asset_symbol`, `quantity` and `price` (> 0; required for buys and sells), `amount` > 0
  (= quantity × price rounded to 8 places for trades), `currency`, `chain` + `tx_hash`
  (0x + 64 hex; unique per chain case-insensitively; a hash needs its chain),
  `block_number` ≥ 0, `settled_at` (set exactly when settled), `failure_reason`. It keeps
  both `portfolio` and `user`: the trigger `portfolio_transaction_portfolio_owner` makes
  sure they agree. **A settled transaction is final**: triggers raise
  `portfolio_transaction_settled_immutable` on any change (a no-op rewrite such as
  `loaddata` passes) or delete.
- **TransactionFee**: `fee_type` platform/network/spread/management (one of each per
  transaction), `amount` ≥ 0 (zero = waived), `currency` (gas is paid in ETH),
  `rate_percent` 0..100.
- **UserLevel**: one per user: `level` ≥ 1, `experience_points`, streaks (the longest
  streak covers the current one), `last_activity_on`.
- **Quest / UserQuest**: quests have `category`, `frequency` one_time/daily/weekly/monthly,
  `target_count` > 0, `xp_reward`, `is_active`, an optional window (ends after it starts).
  A UserQuest is one user's progress **per period** (`once`, `YYYY-MM-DD`, `YYYY-Www`,
  `YYYY-MM`; format CHECK) — unique (user, quest, period) — with `status`
  in_progress/completed/claimed/expired and the dates each status needs.
- **Achievement / UserAchievement**: badges with `category`, `tier`, `xp_reward`,
  `criteria` (jsonb), `is_hidden`; earned once per user (unique).
- **BattlePass / UserBattlePass**: a `season` (unique) with `starts_at` < `ends_at`, no two
  seasons overlapping (exclusion constraint on `tstzrange`), `max_tier`, `xp_per_tier`,
  `premium_price` ≥ 0; one enrolment per user and season; a premium pass has
  `purchased_at`.
- **AIExpert / AITip / UserAIInteraction**: personas (`specialty`, `risk_profile`,
  `model_name`, `accuracy_percent` 0..100); tips (`category`, `risk_level`, optional
  `basket` or `asset_symbol`, `confidence_percent` 0..100, published ⇒ `published_at`,
  expires after publication); an append-only interaction log (`interaction_type`, a
  question needs its `prompt`, `rating` 1..5, `tokens_used`, `metadata` jsonb).
- **AutoInvestRule / RoundUpRule**: both target exactly one of a basket or an asset
  (`one_target` CHECK). Auto-invest: `amount` > 0, `frequency` with the day it needs
  (weekly ⇒ `day_of_week` 0..6, monthly ⇒ `day_of_month` 1..28), `next_run_at`. Round-up:
  `round_up_to` > 0, `multiplier` 1..10, `investment_threshold` > 0, `monthly_cap` > 0,
  `pending_amount` ≥ 0; at most one active round-up rule per portfolio.
- **LoanApplication / Loan**: applications with `requested_amount` > 0, `term_months`
  1..360, `purpose`, income and collateral ≥ 0, `status`
  draft/submitted/under_review/approved/rejected/withdrawn (submitted ⇒ `submitted_at`,
  decided ⇒ `reviewed_at`, approved ⇒ offered rate); loans from approved applications
  with `principal` > 0, `interest_rate_percent` and `loan_to_value_percent` 0..100,
  `outstanding_balance` ≥ 0, `status` (disbursed statuses need `disbursed_at`; repaid ⇒
  nothing outstanding and `repaid_at`). The collateral portfolio must be the user's
  (trigger `portfolio_loan*_portfolio_owner`).
- **Notification / NotificationPreference**: `notification_type` (11 values), `channel`
  in_app/email/push/sms, `title`, `data` jsonb, `sent_at`, `read_at` (unread = NULL; a
  partial index serves the unread list); preferences unique per (user, type, channel)
  with `frequency` instant/daily_digest/weekly_digest and quiet hours given as a pair.

Money and quantities are `numeric(18,8)` (at most 9999999999.99999999); percentages
`numeric(7,4)` with a 0..100 CHECK. Enums are `TextChoices` plus a `<field>_valid` CHECK.

### Delete rules (cascade choices)

| when this is deleted | rows pointing at it | rule | why |
|---|---|---|---|
| a user | portfolios (and through them holdings, auto-invest and round-up rules), level, quests, achievements, battle passes, AI interactions, notifications, preferences | `ON DELETE CASCADE` in PostgreSQL (`DB_CASCADE`) | personal records go with the person, for every writer |
| a user | transactions, loan applications (also as reviewer), loans | `PROTECT` (FK without action) | financial records must not disappear silently: deactivate the account (`UserStatus.deactivated`) instead |
| a portfolio | transactions, loan applications, loans | restrict (`DO_NOTHING`: NO ACTION FK, checked at COMMIT) | the ledger keeps its portfolio; the API/admin answer 409 first |
| a basket | holdings, transactions, auto-invest / round-up rules | restrict / `PROTECT` | a basket in use cannot be deleted |
| a basket | its assets | `DB_CASCADE` | assets are part of the basket |
| a basket | AI tips mentioning it | `DB_SET_NULL` | the tip stays, without the link |
| a quest, achievement, battle pass, AI expert | users' progress rows / interactions | restrict | deactivate catalogue rows in use instead |
| an AI expert | its tips | `DB_CASCADE` (interactions keep the tip as NULL) | tips belong to their expert |
| a transaction | its fees | `PROTECT` | the ledger is append-only (and a settled row cannot be deleted at all) |

Django 6.1 does not let one model mix database-level and Python-level `on_delete`
variants, so "restrict" next to `DB_CASCADE` is spelled `DO_NOTHING`, which leaves
PostgreSQL's default NO ACTION foreign key (deferred, checked at COMMIT);
`services.blocking_references()` asks first, so the API answers 409 and the admin offers
no delete.
"""
