#pragma once

#include "callrecord.h"
#include "reportgroup.h"
#include "reportquery.h"
#include "reporttotals.h"

#include "accounts/account.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>
#include <optional>

// Reads call reports in SQL: filters (inclusive dates in the account's time zone, numbers, type),
// totals and groups over the whole result, pages for the call list with keyset pagination, and the
// missed-call series behind the charts. Never loads the calls table whole.
class ReportRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ReportRepository)

public:
    // The sortable columns of the call list, by their raw values.
    enum class SortKey { StartedAt, Did, Caller, Disposition, Duration, Charge };
    using WeekHourGrid = std::array<std::array<qint64, 24>, 7>; // [weekday 0 = Monday][local hour]

    ReportRepository(QSqlDatabase db, Account account);

    const Account &account() const { return m_account; }

    // [first, last) UTC epoch seconds covering the inclusive local dates of the query.
    QPair<qint64, qint64> bounds(const ReportQuery &query) const;
    // Rule 7 plus the numbers: every number must belong to the account.
    Result<void> validate(const ReportQuery &query, const QDate &today) const;
    // The account's numbers (E.164), sorted.
    Result<QStringList> numbers() const;

    Result<ReportTotals> totals(const ReportQuery &query) const;
    Result<qint64> count(const ReportQuery &query) const;
    // One row per non-empty group, ordered by key; an empty list for Grouping::None.
    Result<QList<ReportGroup>> groups(const ReportQuery &query) const;

    // Up to limit calls in the given order, after the keyset row when given (keyset pagination), or
    // skipping offset rows (used only to jump far into the list).
    Result<QList<CallRecord>> page(const ReportQuery &query, SortKey key, Qt::SortOrder order,
                                   const std::optional<CallRecord> &after, int limit, qint64 offset = 0) const;
    // A forward-only cursor over every call in time order, for exports. Columns: id, started_at, did,
    // caller, disposition, duration_s, charge_micro.
    Result<QSqlQuery> cursor(const ReportQuery &query) const;
    static CallRecord recordFrom(const QSqlQuery &query);

    // Calls per local day and number (for the stacked chart), and per local weekday and hour (heatmap).
    Result<QMap<QDate, QMap<QString, qint64>>> perDayAndNumber(const ReportQuery &query) const;
    Result<WeekHourGrid> perWeekdayAndHour(const ReportQuery &query) const;

    static QString sortColumn(SortKey key);

private:
    struct Where
    {
        QString sql;
        QVariantList bindings;
    };
    Where where(const ReportQuery &query) const;
    // The same filter with explicit [first, last) epoch bounds (a keyset page narrows them).
    Where where(const ReportQuery &query, qint64 first, qint64 last) const;
    // Seconds per time bucket that local days and hours never split: 3600 when every offset in the
    // range is whole hours, else 900 (zones at :30 and :45).
    int bucketSeconds(const ReportQuery &query) const;
    // Rows (bucket start epoch, did or empty, totals) grouped in SQL.
    Result<QList<QPair<QPair<qint64, QString>, ReportTotals>>> buckets(const ReportQuery &query, bool byDid) const;

    QSqlDatabase m_db;
    Account m_account;
    QTimeZone m_zone;
};
