#include "renewalschedule.h"

#include "db/sql.h"

#include <algorithm>

Result<QList<RenewalSchedule::Renewal>> RenewalSchedule::load(const QSqlDatabase &db, const Account &account)
{
    auto query = Sql::exec(db,
                           QStringLiteral("SELECT n.id, n.e164, n.next_billing_on, n.monthly_fee_minor, n.fax, n.e911, "
                                          "COALESCE((SELECT monthly_price_minor FROM catalogue_options WHERE account_id = n.account_id AND code = 'fax'), 0), "
                                          "COALESCE((SELECT monthly_price_minor FROM catalogue_options WHERE account_id = n.account_id AND code = 'e911'), 0) "
                                          "FROM numbers n WHERE n.account_id = ? ORDER BY n.next_billing_on, n.e164"),
                           {account.id});
    if (!query)
        return query.error();
    QList<Renewal> renewals;
    QSqlQuery &q = query.value();
    while (q.next()) {
        Renewal renewal;
        renewal.numberId = q.value(0).toLongLong();
        renewal.did = q.value(1).toString();
        renewal.nextBillingOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        renewal.monthlyMinor = q.value(3).toLongLong();
        renewal.faxMinor = q.value(4).toInt() == 1 ? q.value(6).toLongLong() : 0;
        renewal.e911Minor = q.value(5).toInt() == 1 ? q.value(7).toLongLong() : 0;
        if (renewal.nextBillingOn.isValid())
            renewals << renewal;
    }
    return renewals;
}

QList<RenewalSchedule::Charge> RenewalSchedule::chargesBetween(const QList<Renewal> &renewals, const QDate &after,
                                                                const QDate &until)
{
    QList<Charge> charges;
    for (const Renewal &renewal : renewals) {
        if (renewal.totalMinor() == 0)
            continue;
        // Counted from the first date each time so that the 31st stays the 31st after February.
        for (int month = 0;; ++month) {
            const QDate date = renewal.nextBillingOn.addMonths(month);
            if (date > until)
                break;
            if (date > after)
                charges << Charge{date, renewal.numberId, renewal.did, renewal.totalMinor()};
        }
    }
    std::stable_sort(charges.begin(), charges.end(), [](const Charge &a, const Charge &b) { return a.date < b.date; });
    return charges;
}
