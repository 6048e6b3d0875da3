-- LineDesk schema v2: covering indexes for the big tables' hot queries (issues 5 and 6).
-- A covering index holds every column a query reads, so SQLite and PostgreSQL answer from the index
-- alone (no look-up of each table row): on an account with 5 million calls that is the difference
-- between reading the index and reading the whole table.

-- Custom Reports of one call type: totals, groups and the missed-calls charts filter on account, type
-- and time (and optionally the numbers) and sum duration and charge. id follows started_at so that the
-- call list's keyset pages (ORDER BY started_at, id) still come out of the index in order. Replaces
-- calls_account_disposition_time, which is a prefix of it.
CREATE INDEX calls_report_cover ON calls (account_id, disposition, started_at, id, did, duration_s, charge_micro);
DROP INDEX calls_account_disposition_time;

-- The balance (status bar, Finances, forecast) is the sum of posted rows: answered from this index.
CREATE INDEX ledger_balance_cover ON ledger_transactions (account_id, status, amount_minor);

-- The forecast's weekday usage and the history's sums by kind and time. Replaces
-- ledger_account_kind_time, which is a prefix of it.
CREATE INDEX ledger_kind_time_cover ON ledger_transactions (account_id, kind, occurred_at, status, amount_minor);
DROP INDEX ledger_account_kind_time;
