#pragma once

#include "callrecord.h"
#include "reportquery.h"
#include "reportrepository.h"

#include "accounts/account.h"
#include "core/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

#include <memory>

// The call list of a report, read from SQL a page at a time: pages of 256 rows are loaded on demand
// with keyset pagination (an OFFSET only to jump far), and at most a few pages are kept, so scrolling
// through millions of calls keeps memory flat. Sorts in SQL by the raw values of any column.
// setQuery() shows the first page at once and does not wait for the row count (a COUNT(*) over
// millions of calls takes longer than the page): until the count is given (setTotalRows(), from the
// totals computed elsewhere) or run (countRows()), the rows grow a page at a time through fetchMore().
class CallsReportModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StartedColumn, NumberColumn, CallerColumn, TypeColumn, DurationColumn, ChargeColumn, ColumnCount };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 24;

    explicit CallsReportModel(QObject *parent = nullptr);
    ~CallsReportModel() override;

    // Shows the first page of the query (the row count stays open when the page is full); the previous
    // report stays on failure.
    Result<void> setQuery(QSqlDatabase db, const Account &account, const ReportQuery &query);
    void clear();
    const ReportQuery &query() const { return m_query; }
    // The rows shown so far: every row of the query once isCountKnown().
    qint64 totalRows() const { return m_count; }
    bool isCountKnown() const { return m_countKnown; }
    // The query's row count, from a COUNT(*) computed elsewhere (the report totals): every row appears.
    void setTotalRows(qint64 rows);
    // Runs the COUNT(*) here, for callers that have no totals.
    Result<void> countRows();
    int cachedPages() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    void fetchNextPage();
    const CallRecord *record(int row) const;
    bool loadPage(int page) const;

    std::unique_ptr<ReportRepository> m_repository;
    ReportQuery m_query;
    QString m_currency;
    qint64 m_count = 0;        // rows shown
    bool m_countKnown = true;  // false: more rows may follow m_count
    bool m_fetchPending = false;
    ReportRepository::SortKey m_sortKey = ReportRepository::SortKey::StartedAt;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    mutable QHash<int, QList<CallRecord>> m_pages;
    mutable QList<int> m_recent; // most recently used page last
};
