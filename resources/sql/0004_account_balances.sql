-- LineDesk schema v4: the balance kept up to date instead of summed (issue 6), and the ledger's
-- change notification sent once per statement instead of once per row (issue 9).
--
-- The balance of an account is the sum of its posted ledger rows (PRODUCT.md rule 1). Summing a year
-- of ledger on every read cost most of the 90-day forecast and of opening Finances, so the sum is kept
-- in account_balances by triggers on ledger_transactions, in the same transaction as the rows that
-- change it: whoever writes the ledger (the application, the CLI, an import, a raw SQL fix) keeps it
-- right. An account without a row has a balance of zero.

CREATE TABLE account_balances (
    account_id BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    posted_minor BIGINT NOT NULL DEFAULT 0
);

INSERT INTO account_balances (account_id, posted_minor)
SELECT account_id, SUM(amount_minor) FROM ledger_transactions WHERE status = 'posted' GROUP BY account_id;

--@sqlite
CREATE TRIGGER ledger_balance_insert AFTER INSERT ON ledger_transactions WHEN NEW.status = 'posted'
BEGIN
    INSERT INTO account_balances (account_id, posted_minor) VALUES (NEW.account_id, NEW.amount_minor)
    ON CONFLICT (account_id) DO UPDATE SET posted_minor = posted_minor + excluded.posted_minor;
END;

CREATE TRIGGER ledger_balance_delete AFTER DELETE ON ledger_transactions WHEN OLD.status = 'posted'
BEGIN
    UPDATE account_balances SET posted_minor = posted_minor - OLD.amount_minor WHERE account_id = OLD.account_id;
END;

CREATE TRIGGER ledger_balance_update AFTER UPDATE OF status, amount_minor, account_id ON ledger_transactions
WHEN OLD.status = 'posted' OR NEW.status = 'posted'
BEGIN
    UPDATE account_balances SET posted_minor = posted_minor - OLD.amount_minor
    WHERE OLD.status = 'posted' AND account_id = OLD.account_id;
    INSERT INTO account_balances (account_id, posted_minor) SELECT NEW.account_id, NEW.amount_minor
    WHERE NEW.status = 'posted'
    ON CONFLICT (account_id) DO UPDATE SET posted_minor = posted_minor + excluded.posted_minor;
END;

--@postgresql
-- Statement-level triggers with transition tables: a bulk write of the ledger updates each account's
-- balance once and notifies the desktops once per account, whatever the number of rows.
CREATE OR REPLACE FUNCTION linedesk_ledger_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE account_balances b SET posted_minor = b.posted_minor - o.total
        FROM (SELECT account_id, SUM(amount_minor) AS total FROM old_rows WHERE status = 'posted' GROUP BY account_id) o
        WHERE b.account_id = o.account_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO account_balances (account_id, posted_minor)
        SELECT account_id, SUM(amount_minor) FROM new_rows WHERE status = 'posted' GROUP BY account_id
        ON CONFLICT (account_id) DO UPDATE SET posted_minor = account_balances.posted_minor + EXCLUDED.posted_minor;
        PERFORM pg_notify('linedesk_changes', 'ledger_transactions ' || a.account_id || ' 0')
        FROM (SELECT DISTINCT account_id FROM new_rows) a;
    ELSE
        PERFORM pg_notify('linedesk_changes', 'ledger_transactions ' || a.account_id || ' 0')
        FROM (SELECT DISTINCT account_id FROM old_rows) a;
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER ledger_transactions_notify ON ledger_transactions;
CREATE TRIGGER ledger_changed_insert AFTER INSERT ON ledger_transactions REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION linedesk_ledger_changed();
CREATE TRIGGER ledger_changed_update AFTER UPDATE ON ledger_transactions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION linedesk_ledger_changed();
CREATE TRIGGER ledger_changed_delete AFTER DELETE ON ledger_transactions REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION linedesk_ledger_changed();
--@all
