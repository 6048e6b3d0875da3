#pragma once

#include "numberrepository.h"

#include <QAbstractTableModel>

#include <optional>

// The account's numbers as a table for the numbers tab: DisplayRole formatted for the locale,
// ItemRoles::RawValueRole the stored value (E.164, minor units, ISO dates, 0/1) for sorting and
// filtering proxies. Text/country/type/plan filters run in SQL. The note is editable in place;
// removing rows releases the numbers. Writes go through NumberRepository (version-checked).
class NumbersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, CountryColumn, TypeColumn, NoteColumn, PlanColumn, FeeColumn, OrderedColumn,
                  NextBillingColumn, VoicemailColumn, CnamColumn, FaxColumn, SmsColumn, E911Column, ColumnCount };

    explicit NumbersModel(QObject *parent = nullptr);

    void setRepository(const NumberRepository &repository);
    void setFilter(const NumberRepository::Filter &filter);
    // Both at once: the list is read once.
    void setRepository(const NumberRepository &repository, const NumberRepository::Filter &filter);
    const NumberRepository::Filter &filter() const { return m_filter; }
    Result<void> reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

    NumberRecord record(int row) const { return m_numbers.value(row); }
    int rowOf(qint64 id) const;
    // Replaces one row with what the database holds now (after an edit elsewhere); removes it when gone.
    void refreshRow(qint64 id);
    QString lastError() const { return m_lastError; }

signals:
    void errorOccurred(const QString &message);

private:
    void fail(const Error &error);
    QVariant display(const NumberRecord &number, int column) const;
    QVariant raw(const NumberRecord &number, int column) const;

    std::optional<NumberRepository> m_repository;
    NumberRepository::Filter m_filter;
    QList<NumberRecord> m_numbers;
    QString m_lastError;
};
