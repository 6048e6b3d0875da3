#pragma once

#include "numberrepository.h"

#include <QAbstractTableModel>

#include <optional>

// The unreturned missed calls queue: one row per caller whose missed calls of the last days no later
// outbound call has reached, the most recent first. count() is what the tab title shows.
class UnreturnedMissedCallsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CallerColumn, NumberColumn, LastMissedColumn, MissedCountColumn, ColumnCount };
    static constexpr int kDefaultDays = 30;

    explicit UnreturnedMissedCallsModel(QObject *parent = nullptr);

    void setRepository(const NumberRepository &repository, const Clock &clock, int days = kDefaultDays);
    Result<void> reload();
    void clear();
    int count() const { return int(m_calls.size()); }
    UnreturnedMissedCall call(int row) const { return m_calls.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countChanged(int count);

private:
    std::optional<NumberRepository> m_repository;
    Clock m_clock;
    int m_days = kDefaultDays;
    QList<UnreturnedMissedCall> m_calls;
};
