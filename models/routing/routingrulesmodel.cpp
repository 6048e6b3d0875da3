#include "routingrulesmodel.h"

#include "core/itemroles.h"
#include "core/localization.h"
#include "core/phonenumber.h"

#include <QColor>

RoutingRulesModel::RoutingRulesModel(QObject *parent) : QAbstractTableModel(parent) {}

int RoutingRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RoutingRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutingRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RoutingRule &rule = m_rules.at(index.row());
    const QStringList warnings = m_warnings.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return warnings.isEmpty() ? rule.name : tr("⚠ %1").arg(rule.name);
        case WhenColumn: return rule.whenText(Localization::locale());
        case ActionColumn:
            return rule.strategy && rule.action == RoutingRule::Action::Forward
                       ? tr("%1 (%2)").arg(RoutingRule::actionLabel(rule.action), RoutingRule::strategyLabel(*rule.strategy))
                       : RoutingRule::actionLabel(rule.action);
        case DestinationsColumn: {
            QStringList shown;
            for (const QString &destination : rule.destinations)
                shown << PhoneNumber::displayForm(destination);
            return shown.join(QStringLiteral(", "));
        }
        }
        break;
    case ItemRoles::RawValueRole:
        switch (index.column()) {
        case NameColumn: return rule.name;
        case WhenColumn: return rule.startMinute;
        case ActionColumn: return RoutingRule::actionName(rule.action);
        case DestinationsColumn: return rule.destinations.join(QLatin1Char(','));
        }
        break;
    case Qt::ToolTipRole:
        if (!warnings.isEmpty())
            return warnings.join(QLatin1Char('\n'));
        break;
    case Qt::ForegroundRole:
        if (!warnings.isEmpty() && index.column() == NameColumn)
            return QColor(0xb0, 0x60, 0x00);
        break;
    case WarningCountRole:
        return int(warnings.size());
    }
    return {};
}

QVariant RoutingRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn: return tr("Rule");
    case WhenColumn: return tr("When");
    case ActionColumn: return tr("Action");
    case DestinationsColumn: return tr("Destinations");
    }
    return {};
}

void RoutingRulesModel::setRules(const QList<RoutingRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    m_warnings = QList<QStringList>(rules.size());
    endResetModel();
}

void RoutingRulesModel::setRule(int row, const RoutingRule &rule)
{
    if (row < 0 || row >= m_rules.size())
        return;
    m_rules[row] = rule;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RoutingRulesModel::insertRule(int row, const RoutingRule &rule)
{
    row = qBound(0, row, int(m_rules.size()));
    beginInsertRows({}, row, row);
    m_rules.insert(row, rule);
    m_warnings.insert(row, {});
    endInsertRows();
}

void RoutingRulesModel::removeRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    m_warnings.removeAt(row);
    endRemoveRows();
}

bool RoutingRulesModel::moveRule(int from, int to)
{
    if (from < 0 || from >= m_rules.size() || to < 0 || to >= m_rules.size() || from == to)
        return false;
    // beginMoveRows counts the destination before the move: moving down needs one more.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_rules.move(from, to);
    m_warnings.move(from, to);
    endMoveRows();
    return true;
}

void RoutingRulesModel::setWarnings(const QList<RoutingWarning> &warnings)
{
    m_warnings = QList<QStringList>(m_rules.size());
    for (const RoutingWarning &warning : warnings) {
        if (warning.ruleIndex >= 0 && warning.ruleIndex < m_rules.size())
            m_warnings[warning.ruleIndex] << warning.message;
    }
    if (!m_rules.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rules.size()) - 1, ColumnCount - 1));
}
