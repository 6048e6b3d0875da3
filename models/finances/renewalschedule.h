#pragma once

#include "accounts/account.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

// The monthly charges each number renews with: its fee plus its fax and 911 option fees (priced in
// the account's catalogue under the codes "fax" and "e911"), from its next billing date on, month
// after month. UpcomingCharges and Forecast read their charges from here.
class RenewalSchedule final
{
public:
    struct Renewal
    {
        qint64 numberId = 0;
        QString did;
        QDate nextBillingOn;
        qint64 monthlyMinor = 0;
        qint64 faxMinor = 0;     // 0 when the number has no fax option
        qint64 e911Minor = 0;    // 0 when the number has no 911 option
        qint64 totalMinor() const { return monthlyMinor + faxMinor + e911Minor; }
    };

    struct Charge
    {
        QDate date;
        qint64 numberId = 0;
        QString did;
        qint64 amountMinor = 0;  // what will be charged: a positive amount
    };

    static Result<QList<Renewal>> load(const QSqlDatabase &db, const Account &account);
    // Every renewal dated in (after, until], each number month after month from its next billing
    // date (a day the month lacks falls on its last day), sorted by date.
    static QList<Charge> chargesBetween(const QList<Renewal> &renewals, const QDate &after, const QDate &until);
};
