#include "serviceoptionsmodel.h"

#include "core/itemroles.h"
#include "core/localization.h"

ServiceOptionsModel::ServiceOptionsModel(QString kind, QObject *parent) : QAbstractTableModel(parent), m_kind(std::move(kind)) {}

void ServiceOptionsModel::setState(const SubscriptionService::State &state)
{
    beginResetModel();
    m_rows.clear();
    for (const Catalogue::Option &option : state.catalogue.options(m_kind)) {
        Row row;
        row.option = option;
        if (state.isIncluded(option.code)) {
            row.status = Included;
        } else {
            for (const SubscriptionService::Item &item : state.items) {
                if (item.option.code != option.code)
                    continue;
                row.quantity += item.quantity;
                if (!item.endsOn.isValid())
                    row.status = Subscribed;
                else if (row.status != Subscribed) {
                    row.status = Ending;
                    row.endsOn = item.endsOn;
                }
            }
        }
        m_rows << row;
    }
    endResetModel();
}

ServiceOptionsModel::Status ServiceOptionsModel::status(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).status : Available;
}

QString ServiceOptionsModel::code(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).option.code : QString();
}

int ServiceOptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceOptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceOptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == CodeRole || role == ItemRoles::IdRole)
        return role == CodeRole ? QVariant(row.option.code) : QVariant(row.option.id);
    if (role == StatusRole)
        return int(row.status);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return row.quantity > 1 ? tr("%1 × %2").arg(row.option.name).arg(row.quantity) : row.option.name;
        if (role == ItemRoles::RawValueRole)
            return row.option.name;
        if (role == Qt::CheckStateRole)
            return row.status == Available && !row.pending ? Qt::Unchecked : Qt::Checked;
        if (role == Qt::ToolTipRole && row.status == Included)
            return tr("Included in your main package");
        break;
    case PriceColumn:
        if (role == Qt::DisplayRole)
            return tr("%1/month").arg(row.option.monthly.format(Localization::locale()));
        if (role == ItemRoles::RawValueRole)
            return row.option.monthly.minor();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            switch (row.status) {
            case Available: return tr("Available");
            case Subscribed: return tr("Subscribed");
            case Ending: return tr("Ends on %1").arg(Localization::locale().toString(row.endsOn, QLocale::ShortFormat));
            case Included: return tr("Included in package");
            }
        }
        if (role == ItemRoles::RawValueRole)
            return int(row.status);
        break;
    default:
        break;
    }
    return {};
}

QVariant ServiceOptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Option");
    case PriceColumn: return tr("Price");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

Qt::ItemFlags ServiceOptionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_rows.at(index.row()).status == Included) // bundled: shown checked and dimmed
        return Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn && m_checkable && m_rows.at(index.row()).status == Available)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool ServiceOptionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::CheckStateRole
        || index.column() != NameColumn || !m_checkable || m_rows.at(index.row()).status != Available)
        return false;
    const bool pending = value.toInt() == Qt::Checked;
    if (m_rows[index.row()].pending == pending)
        return true;
    m_rows[index.row()].pending = pending;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

void ServiceOptionsModel::setCheckable(bool checkable)
{
    if (checkable == m_checkable)
        return;
    m_checkable = checkable;
    if (!checkable)
        clearPending();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NameColumn), index(int(m_rows.size()) - 1, NameColumn));
}

QStringList ServiceOptionsModel::pendingCodes() const
{
    QStringList codes;
    for (const Row &row : m_rows) {
        if (row.pending)
            codes << row.option.code;
    }
    return codes;
}

void ServiceOptionsModel::clearPending()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).pending) {
            m_rows[i].pending = false;
            emit dataChanged(index(i, NameColumn), index(i, NameColumn), {Qt::CheckStateRole});
        }
    }
}
