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

namespace {

// Calls answered or made in [start, end), each rounded up to the started minute; binds account, start, end.
const char *const kUsedMinutesSql = "SELECT COALESCE(SUM((duration_s + 59) / 60), 0) FROM calls WHERE account_id = ? "
                                    "AND disposition IN ('answered', 'outbound') AND started_at >= ? AND started_at < ?";

qint64 epochOf(const QDate &day, const QTimeZone &zone)
{
    return QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
}

} // namespace

Result<qint64> MinuteUsage::usedMinutes(const QSqlDatabase &db, const Account &account, const QDate &from, const QDate &to)
{
    const QTimeZone zone = account.timeZone();
    auto sum = Sql::scalar(db, QString::fromLatin1(kUsedMinutesSql), {account.id, epochOf(from, zone), epochOf(to, zone)});
    if (!sum)
        return sum.error();
    return sum->toLongLong();
}

Result<MinuteUsage::Period> MinuteUsage::current(const QSqlDatabase &db, const Account &account, const Clock &clock)
{
    const QTimeZone zone = account.timeZone();
    const QDate today = clock.today(zone);
    const QDate from = Proration::periodStart(today, account.invoiceDay);
    const QDate to = Proration::nextInvoiceDate(today, account.invoiceDay);
    // Both sums in one statement (one round trip to a team server). Packages running on any day of
    // the period: started before its end, not ended before its start.
    auto sums = Sql::exec(db, QStringLiteral("SELECT (SELECT COALESCE(SUM(o.minutes * i.quantity), 0) FROM subscription_items i "
                                             "JOIN catalogue_options o ON o.id = i.option_id WHERE i.account_id = ? "
                                             "AND o.kind = 'minutes' AND i.started_on < ? AND (i.ends_on IS NULL OR i.ends_on >= ?)), (%1)")
                                  .arg(QString::fromLatin1(kUsedMinutesSql)),
                          {account.id, to.toString(Qt::ISODate), from.toString(Qt::ISODate), account.id, epochOf(from, zone), epochOf(to, zone)});
    if (!sums)
        return sums.error();
    if (!sums.value().next())
        return databaseError(tr("The minutes used this month could not be read."));
    return compute(sums->value(0).toLongLong(), sums->value(1).toLongLong(), from, to);
}
