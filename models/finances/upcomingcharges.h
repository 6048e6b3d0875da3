#pragma once

#include "renewalschedule.h"

#include "core/clock.h"
#include "core/money.h"

// PRODUCT.md rule 4: the DID charges due "Tomorrow", in the "Next 3 Days" and the "Next 7 Days".
// The windows are cumulative, (today, today + N] in the account's time zone: a charge is counted in
// every window it falls in, and charged once.
class UpcomingCharges final
{
public:
    struct Windows
    {
        Money tomorrow;
        Money next3Days;
        Money next7Days;
        QList<RenewalSchedule::Charge> charges; // everything in the widest window, by date
    };

    static Windows compute(const QList<RenewalSchedule::Renewal> &renewals, const QDate &today, const QString &currency);
    static Result<Windows> forAccount(const QSqlDatabase &db, const Account &account, const Clock &clock);
};
