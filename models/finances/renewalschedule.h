#pragma once

#include "accounts/account.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

// The monthly charges the account renews with: each number's fee plus its fax and 911 option fees
// (priced in the account's catalogue under the codes "fax" and "e911"), from its next billing date
// on, month after month; and the subscription — its package and every monthly option not bundled in
// it — on each invoice date (the account's invoice day) while it runs. UpcomingCharges and Forecast
// read their charges from here.
class RenewalSchedule final
{
public:
    struct Renewal
    {
        qint64 numberId = 0;     // 0: a subscription charge
        QString did;             // empty for subscription charges
        QString label;           // subscription charges: the package's or the option's name
        QDate nextBillingOn;     // numbers: the next billing date (invalid for subscription charges)
        int invoiceDay = -1;     // subscription charges: renew on this invoice day (0 = the month's last day)
        QDate firstOn;           // subscription charges: no renewal before (a pending package), or invalid
        QDate lastOn;            // subscription charges: no renewal after (ends_on: cancelled or removed), or invalid
        qint64 monthlyMinor = 0;
        qint64 faxMinor = 0;     // 0 when the number has no fax option
        qint64 e911Minor = 0;    // 0 when the number has no 911 option
        qint64 totalMinor() const { return monthlyMinor + faxMinor + e911Minor; }
        bool isSubscription() const { return invoiceDay >= 0; }
    };

    struct Charge
    {
        QDate date;
        qint64 numberId = 0;
        QString did;
        qint64 amountMinor = 0;  // what will be charged: a positive amount
        QString label;           // subscription charges: what renews
    };

    // The numbers, then the subscription's charges: the package in force (and a pending downgrade from
    // its date) and the monthly options outside the package, on the account's invoice day. One
    // statement (one round trip to a team server).
    static Result<QList<Renewal>> load(const QSqlDatabase &db, const Account &account);
    // Every renewal dated in (after, until], each number month after month from its next billing
    // date (a day the month lacks falls on its last day), each subscription charge on every invoice
    // date, sorted by date.
    static QList<Charge> chargesBetween(const QList<Renewal> &renewals, const QDate &after, const QDate &until);
};
