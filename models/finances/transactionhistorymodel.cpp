#include "transactionhistorymodel.h"

#include "ledger.h"

#include "core/itemroles.h"
#include "core/localization.h"
#include "core/money.h"

TransactionHistoryModel::TransactionHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

Result<void> TransactionHistoryModel::setQuery(const QSqlDatabase &db, const Account &account, const QDate &from, const QDate &to)
{
    m_changing = true;
    beginResetModel();
    m_history.emplace(db, account);
    m_account = account;
    m_from = from;
    m_to = to;
    m_rows.clear();
    m_total = 0;
    auto total = m_history->count(from, to);
    auto first = total ? m_history->page(from, to, std::nullopt, kPageSize) : Result<QList<TransactionHistory::Row>>(total.error());
    if (first) {
        m_rows = first.value();
        m_total = total.value();
    }
    endResetModel();
    m_changing = false;
    if (!first)
        return first.error();
    return {};
}

void TransactionHistoryModel::clear()
{
    m_changing = true;
    beginResetModel();
    m_history.reset();
    m_rows.clear();
    m_total = 0;
    endResetModel();
    m_changing = false;
}

int TransactionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TransactionHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_history && m_rows.size() < m_total;
}

void TransactionHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto more = m_history->page(m_from, m_to, TransactionHistory::cursorOf(m_rows.constLast()), kPageSize);
    if (!more || more->isEmpty()) {
        m_total = m_rows.size(); // the table changed under us: stop asking
        return;
    }
    m_changing = true;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more->size() - 1));
    m_rows += more.value();
    endInsertRows();
    m_changing = false;
}

QVariant TransactionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TransactionHistory::Row &row = m_rows.at(index.row());
    const QLocale locale = Localization::locale();
    if (role == ItemRoles::IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ItemRoles::RawValueRole) {
        switch (index.column()) {
        case DateColumn: return row.occurredAt.toSecsSinceEpoch();
        case TypeColumn: return row.kind;
        case AmountColumn: return row.amountMinor;
        case StatusColumn: return row.status;
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != ItemRoles::RawValueRole)
        return {};
    switch (index.column()) {
    case DateColumn: return locale.toString(row.occurredAt.toTimeZone(m_account.timeZone()).date(), QLocale::ShortFormat);
    case TypeColumn: return Ledger::kindLabel(row.kind);
    case DescriptionColumn: return row.description;
    case NumberColumn: return row.did;
    case AmountColumn: return Money(row.amountMinor, m_account.currency).format(locale);
    case StatusColumn:
        if (row.status == QLatin1String("pending"))
            return tr("Pending");
        if (row.status == QLatin1String("cancelled"))
            return tr("Cancelled");
        return tr("Posted");
    case ReferenceColumn: return row.reference;
    default: return {};
    }
}

QVariant TransactionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case TypeColumn: return tr("Type");
    case DescriptionColumn: return tr("Description");
    case NumberColumn: return tr("Number");
    case AmountColumn: return tr("Amount");
    case StatusColumn: return tr("Status");
    case ReferenceColumn: return tr("Reference");
    default: return {};
    }
}
