#include "autobilling.h"

#include "ledger.h"
#include "paymentmethods.h"

#include "core/localization.h"
#include "db/rowstamp.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "invoices/taxeddeposit.h"

namespace {

const QTimeZone kEastern("America/New_York");

QVariant nullableInstant(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

AutoBilling::AutoBilling(QSqlDatabase db, Account account, AccessRole role, PaymentGateway *gateway, Clock clock)
    : m_db(std::move(db)), m_account(std::move(account)), m_role(role), m_gateway(gateway), m_clock(clock)
{
}

QString AutoBilling::modeName(Mode mode)
{
    return mode == Mode::TopUp ? QStringLiteral("topup") : QStringLiteral("threshold");
}

QString AutoBilling::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Disabled: return tr("Automatic billing is off");
    case Outcome::NotNeeded: return tr("The balance is above the threshold: nothing to charge");
    case Outcome::Approved: return tr("The card was charged");
    case Outcome::Declined: return tr("The card was declined; it will be tried again tomorrow at 00:01 Eastern");
    case Outcome::SkippedSecondCrossing:
        return tr("The card was already charged today; a notification was sent and the next attempt is tomorrow at 00:01 Eastern");
    case Outcome::WaitingForRetry: return tr("Waiting for the retry at 00:01 Eastern");
    case Outcome::NoPaymentMethod: return tr("No card is stored for automatic billing");
    }
    return QString();
}

QDate AutoBilling::billingDay(const QDateTime &instant)
{
    return instant.toTimeZone(kEastern).date();
}

QDateTime AutoBilling::retryInstant(const QDate &day)
{
    return QDateTime(day.addDays(1), QTime(0, 1), kEastern).toUTC();
}

qint64 AutoBilling::chargeFor(const Settings &settings, qint64 balanceMinor, bool postpaid)
{
    if (postpaid) {
        const qint64 outstanding = -balanceMinor;
        return outstanding > settings.postpaidThresholdMinor ? outstanding : 0;
    }
    if (settings.mode == Mode::TopUp)
        return balanceMinor < settings.floorMinor ? settings.targetMinor - balanceMinor : 0;
    return balanceMinor <= settings.thresholdMinor ? settings.amountMinor : 0;
}

Result<AutoBilling::Settings> AutoBilling::settings() const
{
    auto query = Sql::exec(m_db,
                           QStringLiteral("SELECT enabled, mode, threshold_minor, amount_minor, floor_minor, target_minor, "
                                          "postpaid_threshold_minor, payment_method_id, version FROM autobilling_settings WHERE account_id = ?"),
                           {m_account.id});
    if (!query)
        return query.error();
    Settings settings;
    if (query.value().next()) {
        const QSqlQuery &q = query.value();
        settings.enabled = q.value(0).toInt() == 1;
        settings.mode = q.value(1).toString() == QLatin1String("topup") ? Mode::TopUp : Mode::Threshold;
        settings.thresholdMinor = q.value(2).toLongLong();
        settings.amountMinor = q.value(3).toLongLong();
        settings.floorMinor = q.value(4).toLongLong();
        settings.targetMinor = q.value(5).toLongLong();
        settings.postpaidThresholdMinor = q.value(6).toLongLong();
        settings.paymentMethodId = q.value(7).toLongLong();
        settings.version = q.value(8).toInt();
    }
    return settings;
}

Result<AutoBilling::Settings> AutoBilling::update(const Settings &settings)
{
    if (!canChange(m_role))
        return Error{Error::Kind::Forbidden, tr("Your role in this account only lets you view automatic billing")};
    const QLocale locale = Localization::locale();
    if (settings.mode == Mode::Threshold && settings.amountMinor <= 0)
        return invalidInput(tr("Amount: the amount to charge must be more than zero"));
    if (settings.mode == Mode::Threshold && settings.thresholdMinor < 0)
        return invalidInput(tr("Threshold: the low-balance threshold cannot be negative"));
    if (settings.mode == Mode::TopUp && settings.targetMinor <= settings.floorMinor)
        return invalidInput(tr("Target: the balance to top up to (%1) must be above the floor (%2)")
                                .arg(Money(settings.targetMinor, m_account.currency).format(locale),
                                     Money(settings.floorMinor, m_account.currency).format(locale)));
    if (settings.postpaidThresholdMinor <= 0)
        return invalidInput(tr("Postpaid threshold: it must be more than zero"));

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    PaymentMethods methods(m_db, m_account, m_role);
    if (settings.paymentMethodId != 0) {
        if (auto card = methods.find(settings.paymentMethodId); !card)
            return invalidInput(tr("Card: %1").arg(card.errorMessage()));
    } else if (settings.enabled) {
        auto card = methods.defaultMethod();
        if (!card)
            return card.error();
        if (!card->has_value())
            return invalidInput(tr("Card: add a card under Payment Methods before turning automatic billing on"));
    }
    const QVariant card = settings.paymentMethodId != 0 ? QVariant(settings.paymentMethodId) : QVariant(QMetaType(QMetaType::LongLong));
    const QVariantList values{settings.enabled ? 1 : 0, modeName(settings.mode), settings.thresholdMinor, settings.amountMinor,
                              settings.floorMinor, settings.targetMinor, settings.postpaidThresholdMinor, card};
    if (settings.version == 0) {
        auto exists = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM autobilling_settings WHERE account_id = ?"), {m_account.id});
        if (!exists)
            return exists.error();
        if (exists->toLongLong() > 0)
            return RowStamp::conflict(m_db, QStringLiteral("autobilling_settings"), QStringLiteral("account_id = ?"), {m_account.id},
                                      tr("The automatic billing settings"), tr("The automatic billing settings were removed"));
        auto inserted = Sql::exec(m_db,
                                  QStringLiteral("INSERT INTO autobilling_settings (enabled, mode, threshold_minor, amount_minor, floor_minor, "
                                                 "target_minor, postpaid_threshold_minor, payment_method_id, updated_by, updated_at, "
                                                 "account_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
                                  values + RowStamp::values(m_db) + QVariantList{m_account.id});
        if (!inserted)
            return inserted.error();
    } else {
        auto updated = Sql::exec(m_db,
                                 QStringLiteral("UPDATE autobilling_settings SET enabled = ?, mode = ?, threshold_minor = ?, amount_minor = ?, "
                                                "floor_minor = ?, target_minor = ?, postpaid_threshold_minor = ?, payment_method_id = ?, "
                                                "updated_by = ?, updated_at = ?, version = version + 1 WHERE account_id = ? AND version = ?"),
                                 values + RowStamp::values(m_db) + QVariantList{m_account.id, settings.version});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return RowStamp::conflict(m_db, QStringLiteral("autobilling_settings"), QStringLiteral("account_id = ?"), {m_account.id},
                                      tr("The automatic billing settings"), tr("The automatic billing settings were removed"));
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return this->settings();
}

Result<AutoBilling::Settings> AutoBilling::setEnabled(bool enabled, int version)
{
    auto current = settings();
    if (!current)
        return current;
    Settings changed = current.value();
    changed.enabled = enabled;
    changed.version = version;
    return update(changed);
}

Result<void> AutoBilling::notify(const QString &kind, const QString &subject, const QString &body, const QDateTime &at)
{
    auto email = Sql::scalar(m_db, QStringLiteral("SELECT billing_email FROM billing_profiles WHERE account_id = ?"), {m_account.id});
    QString recipient = email ? email->toString() : QString();
    if (recipient.isEmpty())
        recipient = m_account.name;
    auto inserted = Sql::exec(m_db,
                              QStringLiteral("INSERT INTO outbox (account_id, created_at, kind, recipient, subject, body) VALUES (?, ?, ?, ?, ?, ?)"),
                              {m_account.id, at.toSecsSinceEpoch(), kind, recipient, subject, body});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> AutoBilling::recordSkip(const QDate &day, qint64 amount, const QString &reason, const QDateTime &retryAt,
                                     const QString &kind, const QString &subject, const QString &body, bool *recorded)
{
    // One skipped row (and one notification) per billing day: its request id is unique.
    const QString requestId = QStringLiteral("autobill-%1-%2-skipped").arg(m_account.id).arg(day.toString(Qt::ISODate));
    auto seen = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM autobilling_attempts WHERE request_id = ?"), {requestId});
    if (!seen)
        return seen.error();
    *recorded = false;
    if (seen->toLongLong() > 0)
        return {};
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    auto inserted = Sql::exec(m_db,
                              QStringLiteral("INSERT INTO autobilling_attempts (account_id, attempted_at, billing_day, amount_minor, currency, "
                                             "outcome, reason, retry_at, request_id) VALUES (?, ?, ?, ?, ?, 'skipped', ?, ?, ?)"),
                              {m_account.id, now.toSecsSinceEpoch(), day.toString(Qt::ISODate), amount, m_account.currency, reason,
                               nullableInstant(retryAt), requestId});
    if (!inserted)
        return inserted.error();
    if (auto sent = notify(kind, subject, body, now); !sent)
        return sent;
    *recorded = true;
    return transaction.commit();
}

Result<AutoBilling::Run> AutoBilling::run()
{
    if (!canChange(m_role))
        return Error{Error::Kind::Forbidden, tr("Your role in this account only lets you view automatic billing")};
    auto current = settings();
    if (!current)
        return current.error();
    const Settings &s = current.value();
    if (!s.enabled)
        return Run{Outcome::Disabled, Money(0, m_account.currency), QString(), QDateTime(), false};
    Ledger ledger(m_db, m_account, m_role);
    auto balance = ledger.balance();
    if (!balance)
        return balance.error();
    const qint64 amount = chargeFor(s, balance->minor(), !m_account.isPrepaid());
    const Money money(amount, m_account.currency);
    if (amount <= 0)
        return Run{Outcome::NotNeeded, Money(0, m_account.currency), QString(), QDateTime(), false};

    const QDateTime now = m_clock.now();
    const QDate today = billingDay(now);
    const QLocale locale = Localization::locale();

    // The last real attempt decides when the next one may happen: 00:01 Eastern the day after it.
    auto last = Sql::exec(m_db,
                          QStringLiteral("SELECT billing_day, outcome FROM autobilling_attempts WHERE account_id = ? AND outcome <> 'skipped' "
                                         "ORDER BY attempted_at DESC, id DESC LIMIT 1"),
                          {m_account.id});
    if (!last)
        return last.error();
    if (last.value().next()) {
        const QDate lastDay = QDate::fromString(last->value(0).toString(), Qt::ISODate);
        const QString lastOutcome = last->value(1).toString();
        const QDateTime earliest = retryInstant(lastDay);
        if (now < earliest) {
            if (lastOutcome == QLatin1String("declined"))
                return Run{Outcome::WaitingForRetry, money, QString(), earliest, false};
            bool recorded = false;
            const QString reason = tr("The balance reached the threshold a second time today; the card is charged at most once a day");
            auto skipped = recordSkip(lastDay, amount, reason, earliest, QStringLiteral("autobilling_second_crossing"),
                                      tr("Automatic billing: no second charge today"),
                                      tr("Your balance of %1 reached your low-balance threshold again today. Your card is charged at "
                                         "most once a day, so no charge was made; the next attempt is on %2 at 00:01 Eastern.")
                                          .arg(balance->format(locale), locale.toString(lastDay.addDays(1), QLocale::LongFormat)),
                                      &recorded);
            if (!skipped)
                return skipped.error();
            return Run{Outcome::SkippedSecondCrossing, money, reason, earliest, recorded};
        }
    }

    PaymentMethods methods(m_db, m_account, m_role);
    std::optional<PaymentMethods::Method> card;
    if (s.paymentMethodId != 0) {
        if (auto found = methods.find(s.paymentMethodId))
            card = found.value();
    }
    if (!card) {
        auto fallback = methods.defaultMethod();
        if (!fallback)
            return fallback.error();
        card = fallback.value();
    }
    if (!card) {
        bool recorded = false;
        const QString reason = tr("No card is stored");
        auto skipped = recordSkip(today, amount, reason, QDateTime(), QStringLiteral("autobilling_no_card"),
                                  tr("Automatic billing: no card on file"),
                                  tr("Your balance of %1 reached your low-balance threshold, but no card is stored for automatic "
                                     "billing. Add a card under Finances → Payment Methods.")
                                      .arg(balance->format(locale)),
                                  &recorded);
        if (!skipped)
            return skipped.error();
        return Run{Outcome::NoPaymentMethod, money, reason, QDateTime(), recorded};
    }

    const QString requestId = QStringLiteral("autobill-%1-%2").arg(m_account.id).arg(today.toString(Qt::ISODate));
    // A Canadian account pays its sales taxes on top of the amount credited (TaxedDeposit).
    TaxedDeposit taxed(m_db, m_account, m_role);
    auto quote = taxed.quote(money, today);
    if (!quote)
        return quote.error();
    auto charged = m_gateway->charge({QStringLiteral("card"), card->token, card->lastValidDay(), quote->charged, requestId, now});
    if (!charged)
        return charged.error();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    const QDateTime retryAt = charged->approved ? QDateTime() : retryInstant(today);
    auto inserted = Sql::exec(m_db,
                              QStringLiteral("INSERT INTO autobilling_attempts (account_id, attempted_at, billing_day, amount_minor, currency, "
                                             "outcome, reason, retry_at, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {m_account.id, now.toSecsSinceEpoch(), today.toString(Qt::ISODate), amount, m_account.currency,
                               charged->approved ? QStringLiteral("approved") : QStringLiteral("declined"),
                               charged->approved ? QStringLiteral("") : charged->declineReason, nullableInstant(retryAt), requestId});
    if (!inserted)
        return inserted.error();
    if (charged->approved) {
        Ledger::Posting deposit{Ledger::Kind::Deposit, amount};
        deposit.method = QStringLiteral("auto");
        deposit.description = tr("Automatic billing, %1").arg(card->label());
        deposit.reference = charged->reference;
        deposit.requestId = requestId;
        auto posted = taxed.post(quote.value(), deposit, &transaction, now);
        if (!posted)
            return posted.error();
    } else {
        auto sent = notify(QStringLiteral("autobilling_declined"), tr("Automatic billing: your card was declined"),
                           tr("We tried to charge %1 to your %2 and it was declined (%3). We will try again on %4 at 00:01 Eastern.")
                               .arg(money.format(locale), card->label(), charged->declineReason,
                                    locale.toString(today.addDays(1), QLocale::LongFormat)),
                           now);
        if (!sent)
            return sent.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (charged->approved)
        return Run{Outcome::Approved, money, QString(), QDateTime(), true};
    return Run{Outcome::Declined, money, charged->declineReason, retryAt, true};
}

Result<QList<AutoBilling::Attempt>> AutoBilling::attempts(int limit) const
{
    auto query = Sql::exec(m_db,
                           QStringLiteral("SELECT id, attempted_at, billing_day, amount_minor, outcome, reason, retry_at FROM autobilling_attempts "
                                          "WHERE account_id = ? ORDER BY attempted_at DESC, id DESC LIMIT ?"),
                           {m_account.id, limit});
    if (!query)
        return query.error();
    QList<Attempt> list;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        list << Attempt{q.value(0).toLongLong(), QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc()),
                        QDate::fromString(q.value(2).toString(), Qt::ISODate), Money(q.value(3).toLongLong(), m_account.currency),
                        q.value(4).toString(), q.value(5).toString(),
                        q.value(6).isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), QTimeZone::utc())};
    }
    return list;
}
