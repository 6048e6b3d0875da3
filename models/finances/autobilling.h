#pragma once

#include "paymentgateway.h"

#include "accounts/accessrole.h"
#include "accounts/account.h"
#include "core/clock.h"
#include "core/money.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Automatic billing (PRODUCT.md rule 6): charges the stored card when the balance reaches the
// threshold (or tops up to a target below a floor; postpaid accounts when the outstanding usage
// passes their threshold). At most one attempt per billing day (a day in America/New_York); a second
// crossing the same day notifies instead; a decline notifies and is retried the next day at 00:01
// Eastern. Every attempt is recorded in autobilling_attempts, notifications go to the outbox.
class AutoBilling final
{
    Q_DECLARE_TR_FUNCTIONS(AutoBilling)

public:
    enum class Mode { Threshold, TopUp };

    struct Settings
    {
        bool enabled = false;
        Mode mode = Mode::Threshold;
        qint64 thresholdMinor = 1000;        // threshold mode: charge when balance <= threshold
        qint64 amountMinor = 5000;           // … this amount
        qint64 floorMinor = 1000;            // top-up mode: when balance < floor
        qint64 targetMinor = 5000;           // … charge up to this balance
        qint64 postpaidThresholdMinor = 20000;
        qint64 paymentMethodId = 0;          // 0: the account's default card
        int version = 0;                     // 0: never saved
    };

    enum class Outcome { Disabled, NotNeeded, Approved, Declined, SkippedSecondCrossing, WaitingForRetry, NoPaymentMethod };

    struct Run
    {
        Outcome outcome = Outcome::NotNeeded;
        Money amount;
        QString reason;
        QDateTime nextAttemptAt;             // when a skipped or declined charge may be tried again
        bool recorded = false;               // this run wrote an attempt (a charge, a decline, a day's skip notice)
    };

    struct Attempt
    {
        qint64 id = 0;
        QDateTime attemptedAt;
        QDate billingDay;
        Money amount;
        QString outcome;                     // approved | declined | skipped
        QString reason;
        QDateTime retryAt;
    };

    AutoBilling(QSqlDatabase db, Account account, AccessRole role, PaymentGateway *gateway, Clock clock);

    static QString modeName(Mode mode);
    static QString outcomeText(Outcome outcome);
    // The billing day an instant falls on: its date in America/New_York.
    static QDate billingDay(const QDateTime &instant);
    // 00:01 America/New_York on the day after the billing day (DST included).
    static QDateTime retryInstant(const QDate &billingDay);
    // What the rules would charge at this balance (0: nothing). Pure: the forecast uses it too.
    static qint64 chargeFor(const Settings &settings, qint64 balanceMinor, bool postpaid);

    Result<Settings> settings() const;
    // Saves the settings if settings.version is still the stored one (Conflict otherwise).
    Result<Settings> update(const Settings &settings);
    // The on/off slider: keeps the card and every other setting.
    Result<Settings> setEnabled(bool enabled, int version);

    // Applies the rules now: charges, records and notifies as they say.
    Result<Run> run();

    Result<QList<Attempt>> attempts(int limit = 100) const;

private:
    Result<void> notify(const QString &kind, const QString &subject, const QString &body, const QDateTime &at);
    Result<void> recordSkip(const QDate &day, qint64 amount, const QString &reason, const QDateTime &retryAt,
                            const QString &kind, const QString &subject, const QString &body, bool *recorded);

    QSqlDatabase m_db;
    Account m_account;
    AccessRole m_role;
    PaymentGateway *m_gateway;
    Clock m_clock;
};
