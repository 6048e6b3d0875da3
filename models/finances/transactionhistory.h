#pragma once

#include "accounts/account.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

// Transaction History (PRODUCT.md rules 7 and 11): deposits, monthly DID charges, fax and 911 fees
// between two dates of the account's time zone, with no limit on how far back; never communication
// charges. Read a page at a time, newest first, with keyset pagination.
class TransactionHistory final
{
public:
    struct Row
    {
        qint64 id = 0;
        QDateTime occurredAt;   // UTC
        QString kind;
        qint64 amountMinor = 0;
        QString did;
        QString description;
        QString method;
        QString reference;
        QString status;
    };

    struct Cursor
    {
        qint64 occurredAt = 0;
        qint64 id = 0;
    };

    TransactionHistory(QSqlDatabase db, Account account);

    static QStringList kinds(); // deposit, did_monthly, fax, e911

    // Up to limit rows dated from..to (inclusive, local dates), after the cursor when one is given.
    Result<QList<Row>> page(const QDate &from, const QDate &to, const std::optional<Cursor> &after, int limit) const;
    Result<qint64> count(const QDate &from, const QDate &to) const;
    static Cursor cursorOf(const Row &row) { return {row.occurredAt.toSecsSinceEpoch(), row.id}; }

private:
    QSqlDatabase m_db;
    Account m_account;
};
