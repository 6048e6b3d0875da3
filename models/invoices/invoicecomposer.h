#pragma once

#include "invoice.h"

#include "accounts/account.h"
#include "core/clock.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class TaxTable;

// Turns the ledger of one account and a date range into an Invoice (PRODUCT.md rules 11, 12): the
// lines, totals and balances are summed and grouped in SQL, so a year of a busy account composes
// without loading its calls. Dates are the account's local dates, both ends included.
class InvoiceComposer final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceComposer)

public:
    InvoiceComposer(QSqlDatabase db, Account account, Clock clock = Clock());

    // The sections of a standard invoice, in the order they are printed.
    static QStringList sectionOrder();
    // "INV-<account>-<from>-<to>" (standard) or "CAN-…" (Canadian): the same range gives the same number.
    static QString invoiceNumber(const QString &accountNumber, const QDate &from, const QDate &to, Invoice::Kind kind);
    // Refuses a missing date or a range that ends before it starts.
    static Result<void> checkRange(const QDate &from, const QDate &to);

    Result<Invoice> compose(const QDate &from, const QDate &to, Invoice::Kind kind) const;

private:
    Result<void> composeStandard(Invoice &invoice, qint64 start, qint64 end) const;
    Result<void> composeCanadian(Invoice &invoice, qint64 start, qint64 end) const;
    QDate localDate(qint64 epoch) const;

    QSqlDatabase m_db;
    Account m_account;
    Clock m_clock;
};
