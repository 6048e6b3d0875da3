#pragma once

#include "routingrule.h"
#include "routingwarning.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

// The ordered rules of the routing draft being edited in the Advanced Routing tab: one row per rule
// (name, when, action, destinations), with the linter's warnings for that rule in its tooltip and a
// warning mark. Editing happens through setRule / insert / remove / move so the order is the list order.
class RoutingRulesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, WhenColumn, ActionColumn, DestinationsColumn, ColumnCount };
    enum Role { WarningCountRole = Qt::UserRole + 200 };

    explicit RoutingRulesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<RoutingRule> &rules() const { return m_rules; }
    void setRules(const QList<RoutingRule> &rules);
    const RoutingRule &rule(int row) const { return m_rules.at(row); }
    void setRule(int row, const RoutingRule &rule);
    void insertRule(int row, const RoutingRule &rule);
    void removeRule(int row);
    bool moveRule(int from, int to);
    void setWarnings(const QList<RoutingWarning> &warnings);

private:
    QList<RoutingRule> m_rules;
    QList<QStringList> m_warnings; // per row
};
