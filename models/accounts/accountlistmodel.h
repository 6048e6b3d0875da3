#pragma once

#include "account.h"

#include <QAbstractListModel>
#include <QList>

// The accounts of the open database, for the account switcher (a database may hold several).
class AccountListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { AccountIdRole = Qt::UserRole + 1, AccountNumberRole, CurrencyRole };

    explicit AccountListModel(QObject *parent = nullptr);

    void setAccounts(const QList<Account> &accounts);
    const QList<Account> &accounts() const { return m_accounts; }
    int rowOf(qint64 accountId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Account> m_accounts;
};
