-- LineDesk schema v3: no lost edits and live updates on a team server (issue 9).
-- Rows that users edit say who changed them last and when (epoch seconds, UTC), so that a refused
-- save can tell the user "changed by NAME at TIME". On SQLite the application writes both columns;
-- on PostgreSQL a trigger sets them from the server's own session user and clock, so a client
-- cannot claim someone else's name.
-- PostgreSQL also announces every change to numbers, routing, caller filters, the ledger, payment
-- methods, automatic billing and the subscription on the channel `linedesk_changes` (payload:
-- "table account_id key", key = the number for routing rows, else the row id, 0 when none),
-- which the open desktops LISTEN to.

ALTER TABLE accounts ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE account_settings ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE account_settings ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE numbers ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE numbers ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE caller_filters ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE caller_filters ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE routing_rules ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE routing_rules ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE payment_methods ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE payment_methods ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE autobilling_settings ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE autobilling_settings ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE billing_profiles ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE billing_profiles ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE tax_profiles ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE tax_profiles ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE subscriptions ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE subscriptions ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE subscription_items ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE subscription_items ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE extensions ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE extensions ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE porting_requests ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE porting_requests ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE saved_reports ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE saved_reports ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;

--@postgresql
CREATE OR REPLACE FUNCTION linedesk_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_by := session_user;
    NEW.updated_at := floor(extract(epoch FROM clock_timestamp()))::bigint;
    RETURN NEW;
END
$$;

CREATE TRIGGER accounts_stamp BEFORE INSERT OR UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION linedesk_stamp();
CREATE TRIGGER account_settings_stamp BEFORE INSERT OR UPDATE ON account_settings FOR EACH ROW EXECUTE FUNCTION linedesk_stamp();
CREATE TRIGGER numbers_stamp BEFORE INSERT OR UPDATE ON numbers FOR EACH ROW EXECUTE FUNCTION linedesk_stamp();
CREATE TRIGGER caller_filters_stamp BEFORE INSERT OR UPDATE ON caller_filters FOR EACH ROW EXECUTE FUNCTION linedesk_stamp();
CREATE TRIGGER routing_rules_stamp BEFORE INSERT OR UPDATE ON routing_rules FOR EACH ROW EXECUTE FUNCTION linedesk_stamp();
CREATE TRIGGER payment_methods_stamp BEFORE INSERT OR UPDATE ON payment_methods FOR EACH ROW EXECUTE FUNCTION linedesk_stamp();
CREATE TRIGGER autobilling_settings_stamp BEFORE INSERT OR UPDATE ON autobilling_settings FOR EACH ROW EXECUTE FUNCTION linedesk_stamp();
CREATE TRIGGER billing_profiles_stamp BEFORE INSERT OR UPDATE ON billing_profiles FOR EACH ROW EXECUTE FUNCTION linedesk_stamp();
CREATE TRIGGER tax_profiles_stamp BEFORE INSERT OR UPDATE ON tax_profiles FOR EACH ROW EXECUTE FUNCTION linedesk_stamp();
CREATE TRIGGER subscriptions_stamp BEFORE INSERT OR UPDATE ON subscriptions FOR EACH ROW EXECUTE FUNCTION linedesk_stamp();
CREATE TRIGGER subscription_items_stamp BEFORE INSERT OR UPDATE ON subscription_items FOR EACH ROW EXECUTE FUNCTION linedesk_stamp();
CREATE TRIGGER extensions_stamp BEFORE INSERT OR UPDATE ON extensions FOR EACH ROW EXECUTE FUNCTION linedesk_stamp();
CREATE TRIGGER porting_requests_stamp BEFORE INSERT OR UPDATE ON porting_requests FOR EACH ROW EXECUTE FUNCTION linedesk_stamp();
CREATE TRIGGER saved_reports_stamp BEFORE INSERT OR UPDATE ON saved_reports FOR EACH ROW EXECUTE FUNCTION linedesk_stamp();

-- One notification per table, account and key and transaction: PostgreSQL folds identical payloads
-- sent in one transaction, so a bulk import of ledger rows wakes the desktops once.
CREATE OR REPLACE FUNCTION linedesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        r := to_jsonb(OLD);
    ELSE
        r := to_jsonb(NEW);
    END IF;
    PERFORM pg_notify('linedesk_changes',
                      TG_TABLE_NAME || ' ' || coalesce(r ->> 'account_id', '0') || ' ' ||
                      CASE WHEN TG_TABLE_NAME IN ('numbers') THEN coalesce(r ->> 'id', '0')
                           WHEN TG_TABLE_NAME IN ('routing_rules', 'caller_filters') THEN coalesce(r ->> 'number_id', '0')
                           ELSE '0' END);
    RETURN NULL;
END
$$;

CREATE TRIGGER numbers_notify AFTER INSERT OR UPDATE OR DELETE ON numbers FOR EACH ROW EXECUTE FUNCTION linedesk_notify();
CREATE TRIGGER routing_rules_notify AFTER INSERT OR UPDATE OR DELETE ON routing_rules FOR EACH ROW EXECUTE FUNCTION linedesk_notify();
CREATE TRIGGER caller_filters_notify AFTER INSERT OR UPDATE OR DELETE ON caller_filters FOR EACH ROW EXECUTE FUNCTION linedesk_notify();
CREATE TRIGGER ledger_transactions_notify AFTER INSERT OR UPDATE OR DELETE ON ledger_transactions FOR EACH ROW EXECUTE FUNCTION linedesk_notify();
CREATE TRIGGER payment_methods_notify AFTER INSERT OR UPDATE OR DELETE ON payment_methods FOR EACH ROW EXECUTE FUNCTION linedesk_notify();
CREATE TRIGGER autobilling_settings_notify AFTER INSERT OR UPDATE OR DELETE ON autobilling_settings FOR EACH ROW EXECUTE FUNCTION linedesk_notify();
CREATE TRIGGER subscriptions_notify AFTER INSERT OR UPDATE OR DELETE ON subscriptions FOR EACH ROW EXECUTE FUNCTION linedesk_notify();
CREATE TRIGGER subscription_items_notify AFTER INSERT OR UPDATE OR DELETE ON subscription_items FOR EACH ROW EXECUTE FUNCTION linedesk_notify();
--@all
