#include "reportrepository.h"

#include "reportwindow.h"

#include "db/sql.h"
#include "core/zoneoffsets.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace {

const QString kCallColumns = QStringLiteral("id, started_at, did, caller, disposition, duration_s, charge_micro");

} // namespace

ReportRepository::ReportRepository(QSqlDatabase db, Account account)
    : m_db(std::move(db)), m_account(std::move(account)), m_zone(m_account.timeZone())
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

QPair<qint64, qint64> ReportRepository::bounds(const ReportQuery &query) const
{
    // startOfDay() handles zones where midnight does not exist on a DST day.
    return {query.from.startOfDay(m_zone).toSecsSinceEpoch(), query.to.addDays(1).startOfDay(m_zone).toSecsSinceEpoch()};
}

Result<void> ReportRepository::validate(const ReportQuery &query, const QDate &today) const
{
    if (auto window = ReportWindow::validate(query.from, query.to, today); !window)
        return window;
    if (query.dids.isEmpty())
        return {};
    auto known = numbers();
    if (!known)
        return known.error();
    for (const QString &did : query.dids) {
        if (!known->contains(did))
            return invalidInput(tr("The number %1 is not one of this account's numbers.").arg(did));
    }
    return {};
}

Result<QStringList> ReportRepository::numbers() const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT e164 FROM numbers WHERE account_id = ? ORDER BY e164"), {m_account.id});
    if (!query)
        return query.error();
    QStringList result;
    while (query.value().next())
        result << query->value(0).toString();
    return result;
}

ReportRepository::Where ReportRepository::where(const ReportQuery &query) const
{
    const auto [first, last] = bounds(query);
    return where(query, first, last);
}

ReportRepository::Where ReportRepository::where(const ReportQuery &query, qint64 first, qint64 last) const
{
    Where result{QStringLiteral("account_id = ? AND started_at >= ? AND started_at < ?"), {m_account.id, first, last}};
    if (query.type != ReportQuery::CallType::All) {
        result.sql += QStringLiteral(" AND disposition = ?");
        result.bindings << ReportQuery::typeName(query.type);
    }
    if (!query.dids.isEmpty()) {
        QStringList marks;
        for (const QString &did : query.dids) {
            marks << QStringLiteral("?");
            result.bindings << did;
        }
        result.sql += QStringLiteral(" AND did IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    return result;
}

Result<ReportTotals> ReportRepository::totals(const ReportQuery &query) const
{
    const Where filter = where(query);
    auto result = Sql::exec(m_db,
                            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(duration_s), 0), CAST(COALESCE(SUM(charge_micro), 0) AS BIGINT) "
                                           "FROM calls WHERE %1").arg(filter.sql),
                            filter.bindings);
    if (!result)
        return result.error();
    if (!result.value().next())
        return ReportTotals{};
    return ReportTotals{result->value(0).toLongLong(), result->value(1).toLongLong(), result->value(2).toLongLong()};
}

Result<qint64> ReportRepository::count(const ReportQuery &query) const
{
    const Where filter = where(query);
    auto result = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM calls WHERE %1").arg(filter.sql), filter.bindings);
    if (!result)
        return result.error();
    return result->toLongLong();
}

int ReportRepository::bucketSeconds(const ReportQuery &query) const
{
    const auto [first, last] = bounds(query);
    const QDateTime start = QDateTime::fromSecsSinceEpoch(first, Qt::UTC);
    if (m_zone.offsetFromUtc(start) % 3600 != 0)
        return 900;
    const auto transitions = m_zone.transitions(start, QDateTime::fromSecsSinceEpoch(last, Qt::UTC));
    for (const auto &transition : transitions) {
        if (transition.offsetFromUtc % 3600 != 0)
            return 900;
    }
    return 3600;
}

Result<QList<QPair<QPair<qint64, QString>, ReportTotals>>> ReportRepository::buckets(const ReportQuery &query,
                                                                                      bool byDid) const
{
    // Local days and hours are found in C++ from small UTC buckets that never straddle a local hour, so
    // DST days (23 or 25 hours) group correctly on both engines, and the rows are still summed in SQL.
    const int size = bucketSeconds(query);
    const Where filter = where(query);
    const QString sql = byDid ? QStringLiteral("SELECT started_at / %1, did, COUNT(*), SUM(duration_s), CAST(SUM(charge_micro) AS BIGINT) "
                                               "FROM calls WHERE %2 GROUP BY started_at / %1, did")
                              : QStringLiteral("SELECT started_at / %1, '', COUNT(*), SUM(duration_s), CAST(SUM(charge_micro) AS BIGINT) "
                                               "FROM calls WHERE %2 GROUP BY started_at / %1");
    auto result = Sql::exec(m_db, sql.arg(size).arg(filter.sql), filter.bindings);
    if (!result)
        return result.error();
    QList<QPair<QPair<qint64, QString>, ReportTotals>> rows;
    while (result.value().next()) {
        rows.append({{result->value(0).toLongLong() * size, result->value(1).toString()},
                     ReportTotals{result->value(2).toLongLong(), result->value(3).toLongLong(), result->value(4).toLongLong()}});
    }
    return rows;
}

Result<QList<ReportGroup>> ReportRepository::groups(const ReportQuery &query) const
{
    QList<ReportGroup> groups;
    switch (query.grouping) {
    case ReportQuery::Grouping::None:
        return groups;
    case ReportQuery::Grouping::Did: {
        const Where filter = where(query);
        auto result = Sql::exec(m_db,
                                QStringLiteral("SELECT did, COUNT(*), SUM(duration_s), SUM(charge_micro) FROM calls "
                                               "WHERE %1 GROUP BY did ORDER BY did").arg(filter.sql),
                                filter.bindings);
        if (!result)
            return result.error();
        while (result.value().next()) {
            groups.append({result->value(0).toString(), ReportTotals{result->value(1).toLongLong(), result->value(2).toLongLong(),
                                                                     result->value(3).toLongLong()}});
        }
        return groups;
    }
    case ReportQuery::Grouping::Day:
    case ReportQuery::Grouping::Hour: {
        auto rows = buckets(query, false);
        if (!rows)
            return rows.error();
        const bool byDay = query.grouping == ReportQuery::Grouping::Day;
        QMap<QString, ReportTotals> merged;
        ZoneOffsets offsets(m_zone); // thousands of buckets: the zone's transitions, read once
        for (const auto &row : rows.value()) {
            const ZoneOffsets::Local local = offsets.localAt(row.first.first);
            const QString key = byDay ? local.date.toString(Qt::ISODate)
                                      : QStringLiteral("%1").arg(local.secondOfDay / 3600, 2, 10, QLatin1Char('0'));
            merged[key] += row.second;
        }
        for (auto it = merged.cbegin(); it != merged.cend(); ++it)
            groups.append({it.key(), it.value()});
        return groups;
    }
    }
    return groups;
}

QString ReportRepository::sortColumn(SortKey key)
{
    switch (key) {
    case SortKey::StartedAt: return QStringLiteral("started_at");
    case SortKey::Did: return QStringLiteral("did");
    case SortKey::Caller: return QStringLiteral("caller");
    case SortKey::Disposition: return QStringLiteral("disposition");
    case SortKey::Duration: return QStringLiteral("duration_s");
    case SortKey::Charge: return QStringLiteral("charge_micro");
    }
    return QStringLiteral("started_at");
}

namespace {

QVariant keyValue(const CallRecord &record, ReportRepository::SortKey key)
{
    switch (key) {
    case ReportRepository::SortKey::StartedAt: return record.startedAt;
    case ReportRepository::SortKey::Did: return record.did;
    case ReportRepository::SortKey::Caller: return record.caller;
    case ReportRepository::SortKey::Disposition: return record.disposition;
    case ReportRepository::SortKey::Duration: return record.durationS;
    case ReportRepository::SortKey::Charge: return record.chargeMicro;
    }
    return {};
}

} // namespace

Result<QList<CallRecord>> ReportRepository::page(const ReportQuery &query, SortKey key, Qt::SortOrder order,
                                                 const std::optional<CallRecord> &after, int limit, qint64 offset) const
{
    const bool ascending = order == Qt::AscendingOrder;
    auto [first, last] = bounds(query);
    if (after && key == SortKey::StartedAt) {
        // The keyset row's time is also the range's new edge: without it both engines walk the index
        // from the start of the range on every page (a row-value comparison does not bound the index
        // scan), which made scrolling a 5-million-call list quadratic.
        if (ascending)
            first = std::max(first, after->startedAt);
        else
            last = std::min(last, after->startedAt + 1);
    }
    Where filter = where(query, first, last);
    const QString column = sortColumn(key);
    if (after) {
        // Row values work the same on SQLite (3.15+) and PostgreSQL; id breaks ties.
        filter.sql += QStringLiteral(" AND (%1, id) %2 (?, ?)").arg(column, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        filter.bindings << keyValue(*after, key) << after->id;
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString sql = QStringLiteral("SELECT %1 FROM calls WHERE %2 ORDER BY %3 %4, id %4 LIMIT %5")
                      .arg(kCallColumns, filter.sql, column, direction)
                      .arg(limit);
    if (offset > 0)
        sql += QStringLiteral(" OFFSET %1").arg(offset);
    auto result = Sql::exec(m_db, sql, filter.bindings);
    if (!result)
        return result.error();
    QList<CallRecord> records;
    records.reserve(limit);
    while (result.value().next())
        records.append(recordFrom(result.value()));
    return records;
}

Result<QSqlQuery> ReportRepository::cursor(const ReportQuery &query) const
{
    const Where filter = where(query);
    return Sql::exec(m_db, QStringLiteral("SELECT %1 FROM calls WHERE %2 ORDER BY started_at, id").arg(kCallColumns, filter.sql),
                     filter.bindings);
}

CallRecord ReportRepository::recordFrom(const QSqlQuery &query)
{
    return CallRecord{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                      query.value(3).toString(),   query.value(4).toString(),   query.value(5).toLongLong(),
                      query.value(6).toLongLong()};
}

Result<QMap<QDate, QMap<QString, qint64>>> ReportRepository::perDayAndNumber(const ReportQuery &query) const
{
    auto rows = buckets(query, true);
    if (!rows)
        return rows.error();
    ZoneOffsets offsets(m_zone);
    QMap<QDate, QMap<QString, qint64>> result;
    for (const auto &row : rows.value())
        result[offsets.localAt(row.first.first).date][row.first.second] += row.second.calls;
    return result;
}

Result<ReportRepository::WeekHourGrid> ReportRepository::perWeekdayAndHour(const ReportQuery &query) const
{
    auto rows = buckets(query, false);
    if (!rows)
        return rows.error();
    WeekHourGrid grid{};
    ZoneOffsets offsets(m_zone);
    for (const auto &row : rows.value()) {
        const ZoneOffsets::Local local = offsets.localAt(row.first.first);
        grid[size_t(local.date.dayOfWeek() - 1)][size_t(local.secondOfDay / 3600)] += row.second.calls;
    }
    return grid;
}
