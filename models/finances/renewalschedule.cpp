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
    auto subscription = loadSubscription(db, account);
    if (!subscription)
        return subscription.error();
    renewals << subscription.value();
    return renewals;
}

Result<QList<RenewalSchedule::Renewal>> RenewalSchedule::loadSubscription(const QSqlDatabase &db, const Account &account)
{
    QList<Renewal> renewals;
    auto subscription = Sql::exec(db,
                                  QStringLiteral("SELECT s.status, s.ends_on, p.id, p.name, p.monthly_price_minor FROM subscriptions s "
                                                 "JOIN catalogue_packages p ON p.id = s.package_id WHERE s.account_id = ?"),
                                  {account.id});
    if (!subscription)
        return subscription.error();
    if (!subscription.value().next() || subscription->value(0).toString() == QLatin1String("cancelled"))
        return renewals;
    const QDate endsOn = dateOf(subscription->value(1)); // cancelling: the last day billed
    const qint64 packageId = subscription->value(2).toLongLong();
    Renewal package;
    package.label = subscription->value(3).toString();
    package.monthlyMinor = subscription->value(4).toLongLong();
    package.invoiceDay = account.invoiceDay;
    package.lastOn = endsOn;

    // A pending downgrade (SubscriptionService's latest package change, when it is a downgrade): the
    // current package renews until the day before it, the new one from then on.
    auto pending = Sql::exec(db,
                             QStringLiteral("SELECT c.change_kind, p.name, p.monthly_price_minor, c.effective_on FROM subscription_changes c "
                                            "LEFT JOIN catalogue_packages p ON p.account_id = c.account_id AND p.code = c.item_code "
                                            "WHERE c.account_id = ? AND c.change_kind IN ('upgrade', 'downgrade') "
                                            "ORDER BY c.changed_at DESC, c.id DESC LIMIT 1"),
                             {account.id});
    if (!pending)
        return pending.error();
    if (pending.value().next() && pending->value(0).toString() == QLatin1String("downgrade") && !pending->value(1).isNull()
        && dateOf(pending->value(3)).isValid()) {
        Renewal next = package;
        next.label = pending->value(1).toString();
        next.monthlyMinor = pending->value(2).toLongLong();
        next.firstOn = dateOf(pending->value(3));
        package.lastOn = endsOn.isValid() ? std::min(endsOn, next.firstOn.addDays(-1)) : next.firstOn.addDays(-1);
        renewals << next;
    }
    renewals.prepend(package);

    // Monthly options outside the package (bundled ones cost nothing); number options are in the
    // numbers' fees above.
    auto items = Sql::exec(db,
                           QStringLiteral("SELECT o.name, o.monthly_price_minor * i.quantity, i.started_on, i.ends_on FROM subscription_items i "
                                          "JOIN catalogue_options o ON o.id = i.option_id WHERE i.account_id = ? AND i.number_id IS NULL "
                                          "AND o.monthly_price_minor > 0 AND NOT EXISTS (SELECT 1 FROM catalogue_bundles b "
                                          "WHERE b.package_id = ? AND b.option_id = i.option_id) ORDER BY i.id"),
                           {account.id, packageId});
    if (!items)
        return items.error();
    while (items.value().next()) {
        Renewal item;
        item.label = items->value(0).toString();
        item.monthlyMinor = items->value(1).toLongLong();
        item.invoiceDay = account.invoiceDay;
        const QDate itemEnds = dateOf(items->value(3));
        item.lastOn = endsOn.isValid() && (!itemEnds.isValid() || endsOn < itemEnds) ? endsOn : itemEnds;
        renewals << item;
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
