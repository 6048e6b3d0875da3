#include "minuteusage.h"

#include "proration.h"

#include "db/sql.h"

#include <QTimeZone>

int MinuteUsage::Period::percentUsed() const
{
    if (included <= 0)
        return used > 0 ? 100 : 0;
    return int(std::min<qint64>(100, Money::mulDivRounded(used, 100, included)));
}

Money MinuteUsage::Period::overageCost(qint64 perMinuteMicro, const QString &currency) const
{
    return Money::fromMicro(overage() * perMinuteMicro, currency);
}

MinuteUsage::Period MinuteUsage::compute(qint64 includedMinutes, qint64 usedMinutes, const QDate &from, const QDate &to)
{
    Period period;
    period.from = from;
    period.to = to;
    period.included = std::max<qint64>(0, includedMinutes);
    period.used = std::max<qint64>(0, usedMinutes);
    return period;
}

Result<qint64> MinuteUsage::usedMinutes(const QSqlDatabase &db, const Account &account, const QDate &from, const QDate &to)
{
    const QTimeZone zone = account.timeZone();
    const qint64 start = QDateTime(from, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 end = QDateTime(to, QTime(0, 0), zone).toSecsSinceEpoch();
    auto sum = Sql::scalar(db, QStringLiteral("SELECT COALESCE(SUM((duration_s + 59) / 60), 0) FROM calls WHERE account_id = ? "
                                              "AND disposition IN ('answered', 'outbound') AND started_at >= ? AND started_at < ?"),
                           {account.id, start, end});
    if (!sum)
        return sum.error();
    return sum->toLongLong();
}

Result<MinuteUsage::Period> MinuteUsage::current(const QSqlDatabase &db, const Account &account, const Clock &clock)
{
    const QDate today = clock.today(account.timeZone());
    const QDate from = Proration::periodStart(today, account.invoiceDay);
    const QDate to = Proration::nextInvoiceDate(today, account.invoiceDay);
    // Packages running on any day of the period: started before its end, not ended before its start.
    auto included = Sql::scalar(db, QStringLiteral("SELECT COALESCE(SUM(o.minutes * i.quantity), 0) FROM subscription_items i "
                                                   "JOIN catalogue_options o ON o.id = i.option_id WHERE i.account_id = ? "
                                                   "AND o.kind = 'minutes' AND i.started_on < ? AND (i.ends_on IS NULL OR i.ends_on >= ?)"),
                                {account.id, to.toString(Qt::ISODate), from.toString(Qt::ISODate)});
    if (!included)
        return included.error();
    auto used = usedMinutes(db, account, from, to);
    if (!used)
        return used.error();
    return compute(included->toLongLong(), used.value(), from, to);
}
