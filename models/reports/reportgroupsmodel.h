#pragma once

#include "reportgroup.h"
#include "reportquery.h"

#include <QAbstractTableModel>

// The rows of a grouped report (a day, a number or an hour of day each, at most a few hundred): key,
// calls, minutes and cost, formatted for the locale with the raw values behind them for sorting.
class ReportGroupsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, CallsColumn, MinutesColumn, CostColumn, ColumnCount };

    explicit ReportGroupsModel(QObject *parent = nullptr);

    void setGroups(ReportQuery::Grouping grouping, const QList<ReportGroup> &groups, const QString &currency);
    const QList<ReportGroup> &groups() const { return m_groups; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportQuery::Grouping m_grouping = ReportQuery::Grouping::Day;
    QList<ReportGroup> m_groups;
    QString m_currency;
};
