#include "basketmodel.h"

#include "core/itemroles.h"
#include "core/localization.h"

BasketModel::BasketModel(QObject *parent) : QAbstractTableModel(parent) {}

void BasketModel::setLines(const QList<Basket::Line> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

qint64 BasketModel::lineId(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).id : 0;
}

int BasketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int BasketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BasketModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Basket::Line &line = m_lines.at(index.row());
    if (role == ItemRoles::IdRole)
        return line.id;
    if (role == ItemRoles::VersionRole)
        return line.version;
    const QLocale locale = Localization::locale();
    switch (index.column()) {
    case ProductColumn:
        if (role == Qt::DisplayRole)
            return line.isPackage ? tr("%1 package").arg(line.name) : line.name;
        if (role == ItemRoles::RawValueRole)
            return line.code;
        break;
    case QuantityColumn:
        if (role == Qt::DisplayRole)
            return locale.toString(line.quantity);
        if (role == ItemRoles::RawValueRole)
            return line.quantity;
        break;
    case UnitPriceColumn:
    case TotalColumn: {
        const Money &money = index.column() == UnitPriceColumn ? line.unitMonthly : line.monthly;
        if (role == Qt::DisplayRole)
            return tr("%1/month").arg(money.format(locale));
        if (role == ItemRoles::RawValueRole)
            return money.minor();
        break;
    }
    default:
        break;
    }
    if (role == Qt::TextAlignmentRole && index.column() != ProductColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BasketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn: return tr("Product");
    case QuantityColumn: return tr("Quantity");
    case UnitPriceColumn: return tr("Unit price");
    case TotalColumn: return tr("Total");
    default: return {};
    }
}
