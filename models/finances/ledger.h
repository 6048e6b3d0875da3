#pragma once

#include "accounts/accessrole.h"
#include "accounts/account.h"
#include "core/money.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

class Transaction;

// The account's ledger: typed money movements in minor units, deposits positive and charges
// negative; the balance is the sum of posted rows. Every area that moves money (add funds,
// automatic billing, subscription charges, invoices) posts through it. A posting may carry a
// client request id, UNIQUE in ledger_transactions, so a retried post is never counted twice.
class Ledger final
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)

public:
    enum class Kind { Deposit, DidMonthly, Fax, E911, CallIncoming, CallOutgoing, Cnam, Tax, Adjustment, Subscription };
    enum class Status { Posted, Pending, Cancelled };

    struct Posting
    {
        Posting() = default;
        Posting(Kind k, qint64 amount, QDateTime at = QDateTime()) : kind(k), amountMinor(amount), occurredAt(std::move(at)) {}

        Kind kind = Kind::Adjustment;
        qint64 amountMinor = 0;          // signed: deposits > 0, charges <= 0, adjustments either way
        QDateTime occurredAt;            // invalid: the clock's now given to post()
        qint64 numberId = 0;             // 0: no number
        QString did;
        qint64 quantity = 0;
        QString description;
        QString method;                  // card | paypal | wire | auto | account, or empty
        QString reference;
        Status status = Status::Posted;
        QString taxCode;
        qint64 parentId = 0;
        QString requestId;               // empty: none; otherwise a retry with the same id posts nothing
    };

    struct Posted
    {
        qint64 id = 0;
        bool duplicate = false;          // the request id was already posted: nothing new was written
    };

    Ledger(QSqlDatabase db, Account account, AccessRole role = AccessRole::Owner);

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QString statusName(Status status);
    // The kind as people read it ("Deposit", "DID monthly fee"…), translated.
    static QString kindLabel(Kind kind);
    static QString kindLabel(const QString &name);

    // Posts one row. With outer, the row joins the caller's open transaction (the caller commits);
    // without, the post runs in a transaction of its own.
    Result<Posted> post(const Posting &posting, Transaction *outer = nullptr, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Posted rows summed: what the account holds now (pending wires do not count).
    Result<Money> balance() const;

    // A pending row (a bank wire) becomes posted at the given instant; anything else is a conflict.
    Result<void> markReceived(qint64 id, const QDateTime &at);

private:
    Result<Posted> insert(const Posting &posting, const QDateTime &now);

    QSqlDatabase m_db;
    Account m_account;
    AccessRole m_role;
};
