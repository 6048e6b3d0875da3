#include "accountlistmodel.h"

AccountListModel::AccountListModel(QObject *parent) : QAbstractListModel(parent) {}

void AccountListModel::setAccounts(const QList<Account> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

int AccountListModel::rowOf(qint64 accountId) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).id == accountId)
            return row;
    }
    return -1;
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(account.name, account.accountNumber);
    case Qt::ToolTipRole:
        return tr("Account %1, billed in %2").arg(account.accountNumber, account.currency);
    case AccountIdRole:
        return account.id;
    case AccountNumberRole:
        return account.accountNumber;
    case CurrencyRole:
        return account.currency;
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(AccountIdRole, "accountId");
    names.insert(AccountNumberRole, "accountNumber");
    names.insert(CurrencyRole, "currency");
    return names;
}
