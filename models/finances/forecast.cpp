#include "forecast.h"

#include "ledger.h"

#include "core/money.h"
#include "db/sql.h"

#include <QStringList>

Forecast::Projection Forecast::compute(const Input &input)
{
    Projection projection;
    projection.startBalanceMinor = input.balanceMinor;
    const AutoBilling::Settings &s = input.autobilling;
    projection.thresholdMinor = input.postpaid ? -s.postpaidThresholdMinor
                                : s.mode == AutoBilling::Mode::TopUp ? s.floorMinor
                                                                     : s.thresholdMinor;
    qint64 with = input.balanceMinor;
    qint64 without = input.balanceMinor;
    qsizetype next = 0;
    for (int i = 1; i <= input.days; ++i) {
        const QDate date = input.today.addDays(i);
        qint64 spend = input.usageMinor[size_t(date.dayOfWeek() - 1)];
        while (next < input.charges.size() && input.charges.at(next).date <= date) {
            if (input.charges.at(next).date == date)
                spend += input.charges.at(next).amountMinor;
            ++next;
        }
        with -= spend;
        without -= spend;
        Day day{date, with, 0, without};
        if (s.enabled) {
            day.topUpMinor = AutoBilling::chargeFor(s, with, input.postpaid);
            with += day.topUpMinor;
            day.balanceMinor = with;
        }
        if (!projection.zeroDate.isValid() && with <= 0)
            projection.zeroDate = date;
        if (!projection.zeroDateWithout.isValid() && without <= 0)
            projection.zeroDateWithout = date;
        if (!projection.thresholdDateWithout.isValid() && AutoBilling::chargeFor(s, without, input.postpaid) > 0)
            projection.thresholdDateWithout = date;
        projection.days << day;
    }
    return projection;
}

Result<std::array<qint64, 7>> Forecast::weekdayUsage(const QSqlDatabase &db, const Account &account, const QDate &today)
{
    // The 30 local days before today as epoch ranges (DST-exact), summed in one pass in SQL.
    const QTimeZone zone = account.timeZone();
    QStringList days;
    for (int i = 30; i >= 1; --i) {
        const QDate day = today.addDays(-i);
        days << QStringLiteral("(%1, %2, %3)")
                    .arg(day.dayOfWeek())
                    .arg(day.startOfDay(zone).toSecsSinceEpoch())
                    .arg(day.addDays(1).startOfDay(zone).toSecsSinceEpoch());
    }
    const QString sql = QStringLiteral(
                            "WITH d(wd, s, e) AS (VALUES %1) "
                            "SELECT d.wd, COALESCE(SUM(l.amount_minor), 0) FROM d JOIN ledger_transactions l "
                            "ON l.account_id = ? AND l.kind IN ('call_incoming', 'call_outgoing', 'cnam') AND l.status <> 'cancelled' "
                            "AND l.occurred_at >= d.s AND l.occurred_at < d.e GROUP BY d.wd")
                            .arg(days.join(QStringLiteral(", ")));
    auto query = Sql::exec(db, sql, {account.id});
    if (!query)
        return query.error();
    std::array<qint64, 7> sums{};
    while (query.value().next()) {
        const int weekday = query->value(0).toInt();
        if (weekday >= 1 && weekday <= 7)
            sums[size_t(weekday - 1)] = -query->value(1).toLongLong();
    }
    // 30 days hold each weekday four or five times; the average is rounded once.
    std::array<int, 7> counts{};
    for (int i = 30; i >= 1; --i)
        ++counts[size_t(today.addDays(-i).dayOfWeek() - 1)];
    std::array<qint64, 7> usage{};
    for (size_t w = 0; w < 7; ++w)
        usage[w] = Money::divideRounded(sums[w], counts[w]);
    return usage;
}

Result<Forecast::Input> Forecast::inputFor(const QSqlDatabase &db, const Account &account, const QDate &today, int days)
{
    Input input;
    input.today = today;
    input.days = days;
    input.postpaid = !account.isPrepaid();
    auto balance = Ledger(db, account).balance();
    if (!balance)
        return balance.error();
    input.balanceMinor = balance->minor();
    auto renewals = RenewalSchedule::load(db, account);
    if (!renewals)
        return renewals.error();
    input.charges = RenewalSchedule::chargesBetween(renewals.value(), today, today.addDays(days));
    auto usage = weekdayUsage(db, account, today);
    if (!usage)
        return usage.error();
    input.usageMinor = usage.value();
    auto settings = AutoBilling(db, account, AccessRole::Employee, nullptr, Clock()).settings();
    if (!settings)
        return settings.error();
    input.autobilling = settings.value();
    return input;
}
