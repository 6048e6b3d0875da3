#include "upcomingcharges.h"

UpcomingCharges::Windows UpcomingCharges::compute(const QList<RenewalSchedule::Renewal> &renewals, const QDate &today,
                                                  const QString &currency)
{
    Windows windows{Money(0, currency), Money(0, currency), Money(0, currency), {}};
    windows.charges = RenewalSchedule::chargesBetween(renewals, today, today.addDays(7));
    for (const RenewalSchedule::Charge &charge : windows.charges) {
        const qint64 inDays = today.daysTo(charge.date);
        const Money amount(charge.amountMinor, currency);
        if (inDays <= 1)
            windows.tomorrow += amount;
        if (inDays <= 3)
            windows.next3Days += amount;
        windows.next7Days += amount;
    }
    return windows;
}

Result<UpcomingCharges::Windows> UpcomingCharges::forAccount(const QSqlDatabase &db, const Account &account, const Clock &clock)
{
    auto renewals = RenewalSchedule::load(db, account);
    if (!renewals)
        return renewals.error();
    return compute(renewals.value(), clock.today(account.timeZone()), account.currency);
}
