#include "renewalschedule.h"

#include "db/sql.h"
#include "subscription/proration.h"

#include <algorithm>

namespace {

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

namespace {

enum Part { NumberPart = 1, SubscriptionPart = 2, PendingPart = 3, ItemPart = 4 };

} // namespace

Result<QList<RenewalSchedule::Renewal>> RenewalSchedule::load(const QSqlDatabase &db, const Account &account)
{
    // One UNION ALL, its parts in order: numbers, the subscription with its package, the latest
    // package change, the monthly options outside the package (bundled ones cost nothing; number
    // options are in the numbers' fees). Columns: part, n1…n6 (integers), t1…t3 (texts), sort keys.
    // The first branch types every column (PostgreSQL types a UNION from its first branch on).
    auto query = Sql::exec(
        db,
        QStringLiteral(
            "SELECT 1 AS part, n.id AS n1, n.monthly_fee_minor AS n2, CAST(n.fax AS BIGINT) AS n3, CAST(n.e911 AS BIGINT) AS n4, "
            "COALESCE((SELECT monthly_price_minor FROM catalogue_options WHERE account_id = n.account_id AND code = 'fax'), 0) AS n5, "
            "COALESCE((SELECT monthly_price_minor FROM catalogue_options WHERE account_id = n.account_id AND code = 'e911'), 0) AS n6, "
            "n.e164 AS t1, n.next_billing_on AS t2, CAST(NULL AS TEXT) AS t3, n.next_billing_on AS ka, n.e164 AS kb, "
            "CAST(NULL AS BIGINT) AS kc FROM numbers n WHERE n.account_id = ? "
            "UNION ALL SELECT 2, p.id, p.monthly_price_minor, NULL, NULL, NULL, NULL, s.status, s.ends_on, p.name, NULL, NULL, NULL "
            "FROM subscriptions s JOIN catalogue_packages p ON p.id = s.package_id WHERE s.account_id = ? "
            "UNION ALL SELECT 3, p.monthly_price_minor, NULL, NULL, NULL, NULL, NULL, c.change_kind, c.effective_on, p.name, NULL, NULL, "
            "NULL FROM subscription_changes c LEFT JOIN catalogue_packages p ON p.account_id = c.account_id AND p.code = c.item_code "
            "WHERE c.id = (SELECT id FROM subscription_changes WHERE account_id = ? AND change_kind IN ('upgrade', 'downgrade') "
            "ORDER BY changed_at DESC, id DESC LIMIT 1) "
            "UNION ALL SELECT 4, o.monthly_price_minor * i.quantity, NULL, NULL, NULL, NULL, NULL, o.name, i.started_on, i.ends_on, "
            "NULL, NULL, i.id FROM subscription_items i JOIN catalogue_options o ON o.id = i.option_id WHERE i.account_id = ? "
            "AND i.number_id IS NULL AND o.monthly_price_minor > 0 AND NOT EXISTS (SELECT 1 FROM catalogue_bundles b "
            "WHERE b.package_id = (SELECT package_id FROM subscriptions WHERE account_id = ?) AND b.option_id = i.option_id) "
            "ORDER BY part, ka, kb, kc"),
        {account.id, account.id, account.id, account.id, account.id});
    if (!query)
        return query.error();
    QList<Renewal> renewals;
    QList<Renewal> subscriptionCharges;
    bool billed = false; // a subscription that is not cancelled
    QDate endsOn;        // cancelling: the last day billed
    QSqlQuery &q = query.value();
    while (q.next()) {
        switch (q.value(0).toInt()) {
        case NumberPart: {
            Renewal renewal;
            renewal.numberId = q.value(1).toLongLong();
            renewal.did = q.value(7).toString();
            renewal.nextBillingOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
            renewal.monthlyMinor = q.value(2).toLongLong();
            renewal.faxMinor = q.value(3).toInt() == 1 ? q.value(5).toLongLong() : 0;
            renewal.e911Minor = q.value(4).toInt() == 1 ? q.value(6).toLongLong() : 0;
            if (renewal.nextBillingOn.isValid())
                renewals << renewal;
            break;
        }
        case SubscriptionPart: {
            billed = q.value(7).toString() != QLatin1String("cancelled");
            endsOn = dateOf(q.value(8));
            Renewal package;
            package.label = q.value(9).toString();
            package.monthlyMinor = q.value(2).toLongLong();
            package.invoiceDay = account.invoiceDay;
            package.lastOn = endsOn;
            subscriptionCharges << package;
            break;
        }
        case PendingPart:
            // A pending downgrade (SubscriptionService's latest package change, when it is a downgrade):
            // the current package renews until the day before it, the new one from then on.
            if (billed && q.value(7).toString() == QLatin1String("downgrade") && !q.value(9).isNull() && dateOf(q.value(8)).isValid()) {
                Renewal &package = subscriptionCharges.first();
                Renewal next = package;
                next.label = q.value(9).toString();
                next.monthlyMinor = q.value(1).toLongLong();
                next.firstOn = dateOf(q.value(8));
                package.lastOn = endsOn.isValid() ? std::min(endsOn, next.firstOn.addDays(-1)) : next.firstOn.addDays(-1);
                subscriptionCharges << next;
            }
            break;
        case ItemPart: {
            if (!billed)
                break;
            Renewal item;
            item.label = q.value(7).toString();
            item.monthlyMinor = q.value(1).toLongLong();
            item.invoiceDay = account.invoiceDay;
            const QDate itemEnds = dateOf(q.value(9));
            item.lastOn = endsOn.isValid() && (!itemEnds.isValid() || endsOn < itemEnds) ? endsOn : itemEnds;
            subscriptionCharges << item;
            break;
        }
        default:
            break;
        }
    }
    if (billed)
        renewals << subscriptionCharges;
    return renewals;
}

QList<RenewalSchedule::Charge> RenewalSchedule::chargesBetween(const QList<Renewal> &renewals, const QDate &after,
                                                                const QDate &until)
{
    QList<Charge> charges;
    for (const Renewal &renewal : renewals) {
        if (renewal.totalMinor() == 0)
            continue;
        if (renewal.isSubscription()) {
            // Every invoice date in (after, until], within the charge's own dates.
            for (QDate month(after.year(), after.month(), 1); month <= until; month = month.addMonths(1)) {
                const QDate date = Proration::invoiceDateInMonth(month, renewal.invoiceDay);
                if (date <= after || date > until || (renewal.firstOn.isValid() && date < renewal.firstOn)
                    || (renewal.lastOn.isValid() && date > renewal.lastOn))
                    continue;
                charges << Charge{date, 0, QString(), renewal.totalMinor(), renewal.label};
            }
            continue;
        }
        // Counted from the first date each time so that the 31st stays the 31st after February.
        for (int month = 0;; ++month) {
            const QDate date = renewal.nextBillingOn.addMonths(month);
            if (date > until)
                break;
            if (date > after)
                charges << Charge{date, renewal.numberId, renewal.did, renewal.totalMinor(), QString()};
        }
    }
    std::stable_sort(charges.begin(), charges.end(), [](const Charge &a, const Charge &b) { return a.date < b.date; });
    return charges;
}
