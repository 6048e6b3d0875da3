#include "reportgroupsmodel.h"

#include "core/itemroles.h"
#include "core/localization.h"
#include "core/money.h"
#include "core/phonenumber.h"

#include <QDate>

ReportGroupsModel::ReportGroupsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReportGroupsModel::setGroups(ReportQuery::Grouping grouping, const QList<ReportGroup> &groups, const QString &currency)
{
    beginResetModel();
    m_grouping = grouping;
    m_groups = groups;
    m_currency = currency;
    endResetModel();
}

int ReportGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int ReportGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportGroup &group = m_groups.at(index.row());
    const QLocale locale = Localization::locale();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment((index.column() == KeyColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    if (role == ItemRoles::RawValueRole) {
        switch (index.column()) {
        case KeyColumn: return group.key;
        case CallsColumn: return group.totals.calls;
        case MinutesColumn: return group.totals.durationS;
        case CostColumn: return group.totals.chargeMicro;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        if (m_grouping == ReportQuery::Grouping::Day)
            return locale.toString(QDate::fromString(group.key, Qt::ISODate), QLocale::ShortFormat);
        if (m_grouping == ReportQuery::Grouping::Did)
            return PhoneNumber::displayForm(group.key);
        return tr("%1:00").arg(group.key);
    case CallsColumn: return locale.toString(group.totals.calls);
    case MinutesColumn: return locale.toString(double(group.totals.durationS) / 60.0, 'f', 1);
    case CostColumn: return Money::fromMicro(group.totals.chargeMicro, m_currency).format(locale);
    default: return {};
    }
}

QVariant ReportGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn: return ReportQuery::groupingLabel(m_grouping);
    case CallsColumn: return tr("Calls");
    case MinutesColumn: return tr("Minutes");
    case CostColumn: return tr("Cost");
    default: return {};
    }
}
