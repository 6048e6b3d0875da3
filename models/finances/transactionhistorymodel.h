#pragma once

#include "transactionhistory.h"

#include <QAbstractTableModel>

// The Transaction History table: a page of rows at a time (fetchMore), the total counted in SQL.
// DisplayRole is formatted for the locale; RawValueRole holds epoch seconds and minor units.
class TransactionHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TypeColumn, DescriptionColumn, NumberColumn, AmountColumn, StatusColumn, ReferenceColumn, ColumnCount };

    explicit TransactionHistoryModel(QObject *parent = nullptr);

    // Shows the rows of the range; the first page is read at once. Returns the error, if any.
    Result<void> setQuery(const QSqlDatabase &db, const Account &account, const QDate &from, const QDate &to);
    void clear();
    qint64 totalCount() const { return m_total; }
    static constexpr int kPageSize = 200;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    std::optional<TransactionHistory> m_history;
    Account m_account;
    QDate m_from;
    QDate m_to;
    QList<TransactionHistory::Row> m_rows;
    qint64 m_total = 0;
    bool m_changing = false; // views and testers ask for more while a change is announced: not then
};
