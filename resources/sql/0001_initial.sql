-- LineDesk schema v1: the whole product, one schema for SQLite and PostgreSQL.
-- Migrations replaces @ID@ with the engine's auto-increment primary key.
-- Money: BIGINT minor units + CHAR(3) currency; per-minute rates and call charges in micro-units
-- (1/1 000 000 of the major unit). Instants: BIGINT epoch seconds, UTC. Dates: 'YYYY-MM-DD' text in
-- the account's time zone. Wall-clock times: 'HH:MM' text with the IANA zone beside them.
-- Flags: INTEGER 0/1 (the same in both engines). Rows that users edit carry `version`.
-- Every table but `accounts` itself and `users` carries account_id: one database may hold many accounts.

CREATE TABLE accounts (
    id @ID@,
    name TEXT NOT NULL,
    account_number TEXT NOT NULL UNIQUE,
    billing_mode TEXT NOT NULL DEFAULT 'prepaid' CHECK (billing_mode IN ('prepaid', 'postpaid')),
    currency CHAR(3) NOT NULL DEFAULT 'USD',
    timezone TEXT NOT NULL DEFAULT 'America/New_York',
    locale TEXT NOT NULL DEFAULT 'en_US',
    invoice_day INTEGER NOT NULL DEFAULT 1 CHECK (invoice_day BETWEEN 0 AND 28), -- 0: last day of the month
    min_deposit_minor BIGINT NOT NULL DEFAULT 1500 CHECK (min_deposit_minor >= 0),
    created_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE users (
    id @ID@,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Who may do what in which account (PRODUCT.md rule 13). The server's row-level security keys on it.
CREATE TABLE account_members (
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'employee')),
    PRIMARY KEY (account_id, user_id)
);

-- Per-account settings that are not columns of their own (tax registration numbers, preferences).
CREATE TABLE account_settings (
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (account_id, key)
);

CREATE TABLE numbers (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    e164 TEXT NOT NULL,
    country CHAR(2) NOT NULL,
    rate_center TEXT NOT NULL DEFAULT '',
    number_type TEXT NOT NULL CHECK (number_type IN ('local', 'toll-free', 'international')),
    note TEXT NOT NULL DEFAULT '',
    plan TEXT NOT NULL DEFAULT 'flat' CHECK (plan IN ('flat', 'per-minute')),
    monthly_fee_minor BIGINT NOT NULL DEFAULT 0 CHECK (monthly_fee_minor >= 0),
    per_minute_micro BIGINT NOT NULL DEFAULT 0 CHECK (per_minute_micro >= 0),
    currency CHAR(3) NOT NULL,
    ordered_on TEXT NOT NULL,
    next_billing_on TEXT NOT NULL,
    plan_changed_on TEXT,
    timezone TEXT NOT NULL DEFAULT 'America/New_York',
    voicemail INTEGER NOT NULL DEFAULT 1 CHECK (voicemail IN (0, 1)),
    cnam_lookup INTEGER NOT NULL DEFAULT 0 CHECK (cnam_lookup IN (0, 1)),
    fax INTEGER NOT NULL DEFAULT 0 CHECK (fax IN (0, 1)),
    sms INTEGER NOT NULL DEFAULT 0 CHECK (sms IN (0, 1)),
    e911 INTEGER NOT NULL DEFAULT 0 CHECK (e911 IN (0, 1)),
    e911_street TEXT NOT NULL DEFAULT '',
    e911_city TEXT NOT NULL DEFAULT '',
    e911_region TEXT NOT NULL DEFAULT '',
    e911_postal_code TEXT NOT NULL DEFAULT '',
    e911_country CHAR(2) NOT NULL DEFAULT '',
    filter_mode TEXT NOT NULL DEFAULT 'off' CHECK (filter_mode IN ('off', 'block', 'allow')),
    ivr_enabled INTEGER NOT NULL DEFAULT 0 CHECK (ivr_enabled IN (0, 1)),
    ivr_greeting TEXT NOT NULL DEFAULT '',
    ivr_digit CHAR(1) NOT NULL DEFAULT '1',
    ivr_no_input TEXT NOT NULL DEFAULT 'voicemail' CHECK (ivr_no_input IN ('voicemail', 'reject', 'forward')),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (account_id, e164)
);

-- Block list / allow list entries: exact E.164, prefix wildcard ('+1514*') or 'anonymous'.
CREATE TABLE caller_filters (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    number_id BIGINT NOT NULL REFERENCES numbers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    pattern TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX caller_filters_number ON caller_filters (number_id, position);

-- Forwarding rules: wall-clock [start, end) in the number's time zone; dates make a rule date-bounded.
CREATE TABLE routing_rules (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    number_id BIGINT NOT NULL REFERENCES numbers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    days TEXT NOT NULL DEFAULT '',          -- 'mon,tue,wed'; empty when the rule has dates
    start_time TEXT NOT NULL,               -- 'HH:MM'
    end_time TEXT NOT NULL,                 -- 'HH:MM' or '24:00'; not after start: runs past midnight
    date_from TEXT,
    date_to TEXT,
    action TEXT NOT NULL CHECK (action IN ('forward', 'voicemail', 'reject', 'ivr')),
    destinations TEXT NOT NULL DEFAULT '',  -- E.164 numbers separated by commas
    strategy TEXT CHECK (strategy IN ('simultaneous', 'sequential', 'random')),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX routing_rules_number ON routing_rules (number_id, position);

-- Call detail records. number_id goes NULL when a number is released; did keeps the calls in reports.
CREATE TABLE calls (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    number_id BIGINT REFERENCES numbers(id) ON DELETE SET NULL,
    did TEXT NOT NULL,
    caller TEXT NOT NULL,                   -- E.164 or 'anonymous'
    disposition TEXT NOT NULL CHECK (disposition IN ('answered', 'missed', 'voicemail', 'blocked', 'outbound')),
    started_at BIGINT NOT NULL,
    duration_s INTEGER NOT NULL CHECK (duration_s >= 0),
    charge_micro BIGINT NOT NULL DEFAULT 0 CHECK (charge_micro >= 0),
    currency CHAR(3) NOT NULL,
    UNIQUE (account_id, did, started_at, caller)   -- the same call imported twice is one call
);
CREATE INDEX calls_account_time ON calls (account_id, started_at);
CREATE INDEX calls_account_disposition_time ON calls (account_id, disposition, started_at);
CREATE INDEX calls_number_time ON calls (number_id, started_at);

-- The ledger: deposits positive, charges negative, the balance is the sum of posted rows.
CREATE TABLE ledger_transactions (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('deposit', 'did_monthly', 'fax', 'e911', 'call_incoming',
                                       'call_outgoing', 'cnam', 'tax', 'adjustment', 'subscription')),
    occurred_at BIGINT NOT NULL,
    amount_minor BIGINT NOT NULL,
    currency CHAR(3) NOT NULL,
    number_id BIGINT REFERENCES numbers(id) ON DELETE SET NULL,
    did TEXT,
    quantity BIGINT NOT NULL DEFAULT 0,     -- minutes for call charges, queries for CNAM
    description TEXT NOT NULL DEFAULT '',
    method TEXT CHECK (method IN ('card', 'paypal', 'wire', 'auto', 'account')),
    reference TEXT,
    status TEXT NOT NULL DEFAULT 'posted' CHECK (status IN ('posted', 'pending', 'cancelled')),
    tax_code TEXT,
    parent_id BIGINT REFERENCES ledger_transactions(id) ON DELETE CASCADE,
    request_id TEXT UNIQUE,                 -- client-generated: a retried money movement is never doubled
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ledger_account_time ON ledger_transactions (account_id, occurred_at);
CREATE INDEX ledger_account_kind_time ON ledger_transactions (account_id, kind, occurred_at);

-- Cards are tokens from the payment provider: never a card number, never a CVV (rule 14).
CREATE TABLE payment_methods (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    token TEXT NOT NULL,
    brand TEXT NOT NULL,
    last4 CHAR(4) NOT NULL CHECK (length(last4) = 4),
    exp_month INTEGER NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
    exp_year INTEGER NOT NULL CHECK (exp_year BETWEEN 2000 AND 2200),
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE autobilling_settings (
    account_id BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
    mode TEXT NOT NULL DEFAULT 'threshold' CHECK (mode IN ('threshold', 'topup')),
    threshold_minor BIGINT NOT NULL DEFAULT 1000,
    amount_minor BIGINT NOT NULL DEFAULT 5000 CHECK (amount_minor >= 0),
    floor_minor BIGINT NOT NULL DEFAULT 1000,
    target_minor BIGINT NOT NULL DEFAULT 5000,
    postpaid_threshold_minor BIGINT NOT NULL DEFAULT 20000,
    payment_method_id BIGINT REFERENCES payment_methods(id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE autobilling_attempts (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    attempted_at BIGINT NOT NULL,
    billing_day TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    currency CHAR(3) NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('approved', 'declined', 'skipped')),
    reason TEXT NOT NULL DEFAULT '',
    retry_at BIGINT,
    request_id TEXT UNIQUE
);
CREATE INDEX autobilling_attempts_account ON autobilling_attempts (account_id, attempted_at);

-- Messages LineDesk would e-mail (notifications, "Inform the customer"): shown in the GUI's outbox.
CREATE TABLE outbox (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL
);

CREATE TABLE billing_profiles (
    account_id BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    company TEXT NOT NULL DEFAULT '',
    address_line1 TEXT NOT NULL DEFAULT '',
    address_line2 TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    country CHAR(2) NOT NULL DEFAULT 'US',
    billing_email TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE tax_profiles (
    account_id BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    province CHAR(2),                        -- Canadian province or territory code, NULL outside Canada
    provincial_tax_id TEXT,
    exemption_form_on_file INTEGER NOT NULL DEFAULT 0 CHECK (exemption_form_on_file IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1
);

-- The provider's catalogue as offered to this account (prices may differ between accounts).
CREATE TABLE catalogue_packages (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    monthly_price_minor BIGINT NOT NULL CHECK (monthly_price_minor >= 0),
    currency CHAR(3) NOT NULL,
    rank INTEGER NOT NULL DEFAULT 0,        -- orders packages: a higher rank is an upgrade
    UNIQUE (account_id, code)
);

CREATE TABLE catalogue_options (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('service', 'number', 'device', 'minutes')),
    monthly_price_minor BIGINT NOT NULL CHECK (monthly_price_minor >= 0),
    currency CHAR(3) NOT NULL,
    minutes INTEGER NOT NULL DEFAULT 0,     -- minute packages: minutes a month, no rollover
    UNIQUE (account_id, code)
);

CREATE TABLE catalogue_bundles (
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    package_id BIGINT NOT NULL REFERENCES catalogue_packages(id) ON DELETE CASCADE,
    option_id BIGINT NOT NULL REFERENCES catalogue_options(id) ON DELETE CASCADE,
    PRIMARY KEY (package_id, option_id)
);

CREATE TABLE subscriptions (
    account_id BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    package_id BIGINT NOT NULL REFERENCES catalogue_packages(id),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelling', 'cancelled')),
    started_on TEXT NOT NULL,
    ends_on TEXT,
    billing_option TEXT NOT NULL DEFAULT 'invoice' CHECK (billing_option IN ('invoice', 'card')),
    payment_method_id BIGINT REFERENCES payment_methods(id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE subscription_items (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    option_id BIGINT NOT NULL REFERENCES catalogue_options(id),
    number_id BIGINT REFERENCES numbers(id) ON DELETE CASCADE,  -- smart-number options
    quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    started_on TEXT NOT NULL,
    ends_on TEXT,                            -- cancelled or downgraded: billed to the end of the month
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX subscription_items_account ON subscription_items (account_id);

CREATE TABLE extensions (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    extension TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    device_option_id BIGINT REFERENCES catalogue_options(id),
    private_number TEXT,
    auth_method TEXT NOT NULL DEFAULT 'pin' CHECK (auth_method IN ('pin', 'caller-id', 'none')),
    first_action TEXT NOT NULL DEFAULT 'ring' CHECK (first_action IN ('ring', 'voicemail', 'forward')),
    call_screening INTEGER NOT NULL DEFAULT 0 CHECK (call_screening IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (account_id, extension)
);

CREATE TABLE basket_items (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    option_id BIGINT REFERENCES catalogue_options(id) ON DELETE CASCADE,
    package_id BIGINT REFERENCES catalogue_packages(id) ON DELETE CASCADE,
    quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    added_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- Every confirmed subscription change with its price impact: the confirmation record.
CREATE TABLE subscription_changes (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    changed_at BIGINT NOT NULL,
    change_kind TEXT NOT NULL CHECK (change_kind IN ('add', 'upgrade', 'remove', 'downgrade', 'cancel')),
    item_code TEXT NOT NULL,
    charged_now_minor BIGINT NOT NULL DEFAULT 0,
    next_month_minor BIGINT NOT NULL DEFAULT 0,
    currency CHAR(3) NOT NULL,
    effective_on TEXT NOT NULL,
    request_id TEXT UNIQUE
);

CREATE TABLE porting_requests (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    e164 TEXT NOT NULL,
    losing_carrier TEXT NOT NULL,
    submitted_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'submitted'
        CHECK (status IN ('submitted', 'in-progress', 'completed', 'rejected', 'cancelled')),
    completed_on TEXT,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE swap_requests (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    number_id BIGINT REFERENCES numbers(id) ON DELETE SET NULL,
    e164 TEXT NOT NULL,
    reason TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'done', 'refused')),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE saved_reports (
    id @ID@,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    definition TEXT NOT NULL,               -- JSON: range preset or dates, numbers, call type, grouping
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (account_id, name)
);
