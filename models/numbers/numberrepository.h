#pragma once

#include "activitycall.h"
#include "numberrecord.h"
#include "planswitchpolicy.h"
#include "portingrequest.h"
#include "swaprequest.h"
#include "unreturnedmissedcall.h"

#include "accounts/accessrole.h"
#include "accounts/account.h"
#include "core/clock.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

class AccountSession;

// The account's phone numbers in SQL: list with filters, add (validated by libphonenumber), release,
// edit with optimistic locking (`version`), plan switch (rule 10), swap and porting requests, and the
// call queries the numbers tab shows (activity pages, unreturned missed calls). Every write refuses
// an employee (Forbidden) and runs in one transaction.
class NumberRepository final
{
    Q_DECLARE_TR_FUNCTIONS(NumberRepository)

public:
    NumberRepository(QSqlDatabase db, Account account, AccessRole role = AccessRole::Owner, Clock clock = {});
    explicit NumberRepository(const AccountSession &session);

    struct Filter
    {
        QString text;    // digits of the number, or words of the note / rate centre
        QString country; // ISO 3166, empty: all
        QString type;    // local, toll-free, international; empty: all
        QString plan;    // flat, per-minute; empty: all
    };

    struct NewNumber
    {
        QString number;         // E.164 or international form
        QString type;           // empty: derived (toll-free from libphonenumber, else local or international)
        QString plan = QStringLiteral("flat");
        qint64 monthlyFeeMinor = 0;
        qint64 perMinuteMicro = 0;
        QDate orderedOn;        // null: today
        QDate nextBillingOn;    // null: the next monthly anniversary of orderedOn after today
        QString note;
        QString timezone;       // empty: America/New_York
    };

    Result<QList<NumberRecord>> list(const Filter &filter = {}) const;
    Result<NumberRecord> find(qint64 id) const;
    Result<NumberRecord> findByE164(const QString &number) const;
    Result<QStringList> countries() const;

    Result<NumberRecord> add(const NewNumber &request);
    // Deletes the number: its routing rules and caller filters go with it, its calls stay (number_id
    // NULL, did kept) so that reports still show them.
    Result<void> release(qint64 id, int version);
    // Saves the editable fields of a number (note, time zone, voicemail, options with the 911
    // address, filter mode, IVR gate). Validates all of them first; returns the stored row.
    Result<NumberRecord> save(const NumberRecord &edited);

    PlanSwitchPolicy::Decision planSwitch(const NumberRecord &number) const;
    Result<NumberRecord> switchPlan(qint64 id, int version, const QString &plan);

    Result<qint64> requestSwap(qint64 id, const QString &reason);
    Result<QList<SwapRequest>> swapRequests() const;

    Result<PortingRequest> requestPorting(const QString &number, const QString &losingCarrier, const QDate &submittedOn);
    Result<QList<PortingRequest>> portingRequests() const;
    Result<PortingRequest> setPortingStatus(qint64 id, int version, const QString &status);

    // One page of a number's calls, newest first, after the keyset cursor (startedAt, id) of the
    // previous page's last row (none: the first page). disposition empty: all.
    struct Cursor
    {
        qint64 startedAt = 0;
        qint64 id = 0;
    };
    Result<QList<ActivityCall>> activityPage(qint64 numberId, const QString &disposition,
                                             const std::optional<Cursor> &after, int limit) const;
    Result<qint64> activityCount(qint64 numberId, const QString &disposition) const;

    // Missed callers (not anonymous) since the given instant that no later outbound call with a
    // duration has reached, the most recent first.
    Result<QList<UnreturnedMissedCall>> unreturnedMissedCalls(qint64 sinceEpoch) const;

    static bool isTimeZone(const QString &zone);
    QDate today() const;
    const Account &account() const { return m_account; }

private:
    Result<void> checkWritable() const;
    Result<void> validate(const NumberRecord &number) const;
    Result<QString> homeCountry() const;
    Error conflictOrMissing(qint64 id) const;

    QSqlDatabase m_db;
    Account m_account;
    AccessRole m_role;
    Clock m_clock;
};
